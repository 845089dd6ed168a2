import ChineseText

/// The form a paragraph's text is compared in, and its character pairs and duplicate key are taken from: folded
/// (full-width and half-width, capitals and small letters alike), every run of spaces made one. Phrases are put
/// in the same form before they are looked for.
enum SearchForm {
    static func of(_ text: String) -> String {
        TextFolding.fold(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
