/// word/document.xml: the blocks in order, on A4 pages.
struct BodyXML {
    let document: Document

    /// A4 in twentieths of a point, and margins of about 2.5 cm top and bottom, 2.2 cm at the sides.
    private static let a4 = (short: 11906, long: 16838)
    private static let margins = (vertical: 1418, horizontal: 1247)

    private var pageWidth: Int { document.orientation == .portrait ? Self.a4.short : Self.a4.long }
    private var pageHeight: Int { document.orientation == .portrait ? Self.a4.long : Self.a4.short }
    private var textWidth: Int { pageWidth - 2 * Self.margins.horizontal }

    var xml: String {
        var body = paragraph(Paragraph(document.title), style: "Title")
        for block in document.blocks {
            switch block {
            case .heading(let text, let level):
                body += paragraph(Paragraph(text), style: level <= 1 ? "Heading1" : "Heading2")
            case .paragraph(let content):
                body += paragraph(content, style: content.size == .small ? "TableText" : nil)
            case .table(let table):
                body += self.table(table)
                // Word needs a paragraph between two tables, or it joins them.
                body += "<w:p/>"
            case .pageBreak:
                body += "<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>"
            }
        }
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" \
        xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>\(body)\(sectionProperties)</w:body></w:document>
        """
    }

    private var sectionProperties: String {
        let orient = document.orientation == .landscape ? " w:orient=\"landscape\"" : ""
        return "<w:sectPr><w:pgSz w:w=\"\(pageWidth)\" w:h=\"\(pageHeight)\"\(orient)/>"
            + "<w:pgMar w:top=\"\(Self.margins.vertical)\" w:right=\"\(Self.margins.horizontal)\" w:bottom=\"\(Self.margins.vertical)\" "
            + "w:left=\"\(Self.margins.horizontal)\" w:header=\"851\" w:footer=\"992\" w:gutter=\"0\"/></w:sectPr>"
    }

    private func paragraph(_ paragraph: Paragraph, style: String?) -> String {
        var properties = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
        if paragraph.alignment == .center { properties += "<w:jc w:val=\"center\"/>" }
        let runs = paragraph.runs.filter { !$0.text.isEmpty }.map(run).joined()
        return "<w:p>" + (properties.isEmpty ? "" : "<w:pPr>\(properties)</w:pPr>") + runs + "</w:p>"
    }

    private func run(_ run: Run) -> String {
        let properties = run.bold ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : ""
        return "<w:r>\(properties)<w:t xml:space=\"preserve\">\(XMLText.escaped(run.text))</w:t></w:r>"
    }

    private func table(_ table: Table) -> String {
        let widths = columnWidths(table.columns)
        let border = { (side: String) in "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>" }
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map(border).joined()
        var xml = "<w:tbl><w:tblPr><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
            + "<w:tblBorders>\(borders)</w:tblBorders><w:tblLayout w:type=\"fixed\"/>"
            + "<w:tblLook w:val=\"0420\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        // The header row repeats on every page the table runs onto, and is never split across two.
        xml += "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>"
        for (column, width) in zip(table.columns, widths) {
            xml += cell([Paragraph(column.title)], width: width, style: "TableHeading", shaded: true)
        }
        xml += "</w:tr>"
        for row in table.rows {
            xml += "<w:tr>"
            for (index, width) in widths.enumerated() {
                xml += cell(index < row.count ? row[index].paragraphs : [], width: width, style: "TableText", shaded: false)
            }
            xml += "</w:tr>"
        }
        return xml + "</w:tbl>"
    }

    private func cell(_ paragraphs: [Paragraph], width: Int, style: String, shaded: Bool) -> String {
        let shading = shaded ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" : ""
        // A cell must hold at least one paragraph, even when left empty for the reader.
        let content = paragraphs.isEmpty ? "<w:p><w:pPr><w:pStyle w:val=\"\(style)\"/></w:pPr></w:p>"
            : paragraphs.map { paragraph($0, style: style) }.joined()
        return "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>\(shading)<w:vAlign w:val=\"center\"/></w:tcPr>\(content)</w:tc>"
    }

    /// Column widths in twips, by share of the text width.
    private func columnWidths(_ columns: [Table.Column]) -> [Int] {
        let total = columns.map { max($0.share, 0.01) }.reduce(0, +)
        return columns.map { Int((Double(textWidth) * max($0.share, 0.01) / total).rounded(.down)) }
    }
}
