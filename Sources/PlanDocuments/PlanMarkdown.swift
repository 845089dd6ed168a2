import XunchaIndex

/// A plan in Markdown: the same tables as the Word document, then the precedents.
public enum PlanMarkdown {
    public static func text(_ plan: Plan) -> String {
        var out = "# \(PlanCells.title)\n\n\(PlanCells.preface(plan))\n"
        for section in plan.sections {
            if let category = section.category { out += "\n## \(cell(category))\n" }
            out += "\n| " + PlanCells.columns.joined(separator: " | ") + " |\n"
            out += "|" + String(repeating: "---|", count: PlanCells.columns.count) + "\n"
            for entry in section.entries {
                let cells = ["\(entry.number)", cell(entry.problem.text), PlanCells.measures(entry).map(cell).joined(separator: "<br>"),
                             PlanCells.sources(entry).map(cell).joined(separator: "<br>"), "", ""]
                out += "| " + cells.joined(separator: " | ") + " |\n"
            }
        }
        out += "\n## 附：参考先例\n"
        for entry in plan.entries {
            out += "\n### \(entry.number). \(cell(entry.problem.text))\n\n"
            if entry.precedents.isEmpty { out += PlanCells.noPrecedent + "\n" }
            for (number, precedent) in entry.precedents.enumerated() {
                let lines = PlanCells.precedentLines(precedent)
                out += "**〔\(number + 1)〕\(cell(lines.heading))**\n\n- \(cell(lines.problem))\n"
                for measure in lines.measures { out += (measure.hasPrefix("措施") ? "- " : "  ") + cell(measure) + "\n" }
                if let rules = lines.rules { out += "- \(cell(rules))\n" }
                out += "\n"
            }
        }
        return out
    }

    /// Text safe inside a table cell: pipes escaped, no line breaks, no markup characters.
    static func cell(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\n", with: " ")
            .replacingOccurrences(of: "\r", with: " ")
    }
}
