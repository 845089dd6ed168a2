/// What a measure paragraph enumerates and adopts, derived from its text alone: an index can store the text
/// and derive these again when it shows the measure.
public enum MeasureDetails {
    /// The items of 一是…二是… / ①② / （1）（2） enumerations.
    public static func items(in text: String) -> [String] { MeasureItems.split(text) }

    /// The titles in 《…》, de-duplicated, without the brackets.
    public static func institutions(in text: String) -> [String] { Institutions.extract(text) }

    /// A measure label alone on its line (`整改情况：`, `（1）整改措施：`): it says nothing itself and only announces
    /// the measures on the lines below it. A chapter or section heading (`二、整改落实情况`) is no label.
    public static func isBareLabel(_ text: String) -> Bool {
        var body = text
        if let numbering = Numbering.parse(text) {
            guard numbering.level >= .item else { return false }
            body = numbering.body
        }
        return PlainText.count(body) <= 16 && ParagraphSignals.bareMeasureLabel.test(body)
    }
}
