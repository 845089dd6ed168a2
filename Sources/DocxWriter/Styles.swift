/// styles.xml: the body in 仿宋 三号, a centred 小标宋 二号 title, 黑体 headings, tables in 小四 under a 四号
/// header row, as the ledgers (台账) of official documents set them.
enum Styles {
    static func fonts(_ eastAsia: Typography.Font) -> String {
        let latin = XMLText.escaped(Typography.latin.name)
        return "<w:rFonts w:ascii=\"\(latin)\" w:hAnsi=\"\(latin)\" w:cs=\"\(latin)\" w:eastAsia=\"\(XMLText.escaped(eastAsia.name))\"/>"
    }

    private static func size(_ halfPoints: Int) -> String { "<w:sz w:val=\"\(halfPoints)\"/><w:szCs w:val=\"\(halfPoints)\"/>" }

    private static func paragraphStyle(id: String, name: String, paragraph: String, run: String, outline: Int? = nil) -> String {
        let outlineLevel = outline.map { "<w:outlineLvl w:val=\"\($0)\"/>" } ?? ""
        return "<w:style w:type=\"paragraph\" w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/><w:basedOn w:val=\"Normal\"/>"
            + "<w:next w:val=\"Normal\"/><w:qFormat/><w:pPr>\(paragraph)\(outlineLevel)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
    }

    static var xml: String {
        let styles = [
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>",
            paragraphStyle(id: "Title", name: "Title", paragraph: "<w:jc w:val=\"center\"/><w:spacing w:before=\"240\" w:after=\"360\"/>",
                           run: fonts(Typography.title) + size(Typography.Size.erhao), outline: 0),
            paragraphStyle(id: "Heading1", name: "heading 1", paragraph: "<w:keepNext/><w:spacing w:before=\"240\" w:after=\"120\"/>",
                           run: fonts(Typography.heading) + size(Typography.Size.sanhao), outline: 0),
            paragraphStyle(id: "Heading2", name: "heading 2", paragraph: "<w:keepNext/><w:spacing w:before=\"180\" w:after=\"60\"/>",
                           run: fonts(Typography.heading) + size(Typography.Size.sihao), outline: 1),
            paragraphStyle(id: "TableText", name: "Table Text", paragraph: "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"264\" w:lineRule=\"auto\"/>",
                           run: size(Typography.Size.xiaosi)),
            paragraphStyle(id: "TableHeading", name: "Table Heading",
                           paragraph: "<w:jc w:val=\"center\"/><w:spacing w:before=\"0\" w:after=\"0\"/>",
                           run: fonts(Typography.heading) + size(Typography.Size.sihao)),
            "<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:tblPr><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>"
                + "<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>",
        ].joined()
        return """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\
        <w:docDefaults><w:rPrDefault><w:rPr>\(fonts(Typography.body))\(size(Typography.Size.sanhao))\
        <w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>\
        <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
        \(styles)</w:styles>
        """
    }
}
