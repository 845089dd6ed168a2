import XunchaIndex

/// A plan as CSV for Excel and WPS: UTF-8 with a byte-order mark, one row per problem, CRLF line ends.
public enum PlanCSV {
    public static func text(_ plan: Plan) -> String {
        let header = ["序号", "类别", "问题", "整改措施（参考）", "参考来源", "责任单位", "完成时限"]
        var rows = [header]
        for entry in plan.entries {
            rows.append(["\(entry.number)", entry.problem.category ?? "", entry.problem.text,
                         PlanCells.measures(entry).joined(separator: "\n"), PlanCells.sources(entry).joined(separator: "\n"), "", ""])
        }
        return "\u{FEFF}" + rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// Quoted when it holds a comma, quote or line break; a leading = + - @ is neutralised, since a
    /// spreadsheet would run it as a formula.
    static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
