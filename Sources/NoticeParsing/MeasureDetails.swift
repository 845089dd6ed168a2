/// What a measure paragraph enumerates and adopts, derived from its text alone: an index can store the text
/// and derive these again when it shows the measure.
public enum MeasureDetails {
    /// The items of 一是…二是… / ①② / （1）（2） enumerations.
    public static func items(in text: String) -> [String] { MeasureItems.split(text) }

    /// The titles in 《…》, de-duplicated, without the brackets.
    public static func institutions(in text: String) -> [String] { Institutions.extract(text) }
}
