import DocxWriter
import XunchaIndex

/// A plan as a Word document: a table per category, then the precedents in full as an appendix.
public enum PlanDocument {
    public static func document(_ plan: Plan) -> Document {
        var blocks: [Document.Block] = [.paragraph(Paragraph(PlanCells.preface(plan), size: .small))]
        let shares = [0.9, 2.8, 5.4, 3.2, 1.5, 1.5]
        let columns = zip(PlanCells.columns, shares).map { Table.Column($0, share: $1) }
        for section in plan.sections {
            if let category = section.category { blocks.append(.heading(category, level: 1)) }
            let rows = section.entries.map { entry -> [Table.Cell] in
                [Table.Cell([Paragraph("\(entry.number)", alignment: .center, size: .small)]),
                 Table.Cell(entry.problem.text),
                 Table.Cell(PlanCells.measures(entry).map { Paragraph($0, size: .small) }),
                 Table.Cell(PlanCells.sourceParts(entry).flatMap { [Paragraph($0.who, size: .small), Paragraph($0.location, size: .small)] }),
                 .empty, .empty]
            }
            blocks.append(.table(Table(columns: columns, rows: rows)))
        }
        blocks.append(.pageBreak)
        blocks.append(.heading("附：参考先例", level: 1))
        for entry in plan.entries {
            blocks.append(.heading("\(entry.number). \(entry.problem.text)", level: 2))
            if entry.precedents.isEmpty { blocks.append(.paragraph(Paragraph(PlanCells.noPrecedent, size: .small))) }
            for (number, precedent) in entry.precedents.enumerated() {
                let lines = PlanCells.precedentLines(precedent)
                blocks.append(.paragraph(Paragraph("〔\(number + 1)〕\(lines.heading)", bold: true, size: .small)))
                blocks.append(.paragraph(Paragraph(lines.problem, size: .small)))
                blocks += lines.measures.map { .paragraph(Paragraph($0, size: .small)) }
                if let rules = lines.rules { blocks.append(.paragraph(Paragraph(rules, size: .small))) }
            }
        }
        return Document(title: PlanCells.title, blocks: blocks, orientation: .landscape)
    }
}
