/// The lines that sign a notice at its end: the organization alone, the date alone, or both on one line
/// (`中共某某局党组`, `2021年6月30日`, `中共某某局党组 2021年6月30日`).
enum SignatureLines {
    /// The signature lines at the end of a notice, from `first` on at the earliest: the run of signature-like
    /// lines that ends it.
    static func trailing(_ texts: [String], after first: Int) -> Range<Int> {
        var start = texts.count
        while start > max(first, 0), texts.count - start < maximumLines, isSignature(texts[start - 1]) { start -= 1 }
        return start..<texts.count
    }

    /// A short line of nothing but an organization's name and a date.
    static func isSignature(_ text: String) -> Bool {
        guard PlainText.count(text) <= 60 else { return false }
        let parts = text.split(whereSeparator: { $0 == " " })
        return !parts.isEmpty && parts.allSatisfy { part in
            let part = String(part)
            return DateMentions.dateLine(part) != nil || maskedDate.test(part) || organization.test(part)
        }
    }

    /// A notice is signed by one or two organizations and a date.
    private static let maximumLines = 4

    /// `****年*月*日`, `20XX年X月X日`: a date the publisher masked.
    static let maskedDate = Pattern(#"^[（(]?[\d*＊XxＸ×]{4}\s*年\s*[\d*＊XxＸ×]{1,2}\s*月\s*[\d*＊XxＸ×]{1,2}\s*日[）)]?$"#,
        quickTest: Quick.contains("年"))
    /// A unit's or party body's name: no sentence punctuation, ending as such names end.
    private static let organization = Pattern(
        #"^(?:中共|中国共产党)?[^，。、；：:！？“”《》\s]{2,40}(?:党组|党委|委员会|党支部|党总支|工委|机关|局|厅|委|办|办公室|院|中心|政府|学校|中学|小学|医院|公司|集团|协会|联合会|台联|科协|社|所|站|馆|队)$"#)
}
