import Foundation

/// The rules a measure adopted or revised: the titles in 《…》, outermost brackets only (a nested 《》 or 〈〉
/// stays inside the title), de-duplicated in order of appearance.
enum Institutions {
    static func extract(_ text: String) -> [String] {
        // A Character equal to 《 is that very scalar: without it there is no title.
        guard PlainText.holdsScalars(text, "《") else { return [] }
        return PlainText.isPlain(text) ? extractPlain(text) : extractCharacters(text)
    }

    /// On plain text each scalar is a Character: the title is the slice between the brackets, its length a count.
    private static func extractPlain(_ text: String) -> [String] {
        var titles: [String] = []
        var seen: Set<String> = []
        var depth = 0
        var start = text.startIndex
        var length = 0
        let scalars = text.unicodeScalars
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let c = scalars[i]
            let next = scalars.index(after: i)
            if c == "《" {
                if depth == 0 { start = next; length = 0 } else { length += 1 }
                depth += 1
            } else if c == "》", depth > 0 {
                depth -= 1
                if depth == 0 {
                    let title = PlainText.trimmingWhitespaces(String(scalars[start..<i]))
                    if !title.isEmpty, seen.insert(title).inserted { titles.append(title) }
                } else {
                    length += 1
                }
            } else if depth > 0 {
                length += 1
                // An unclosed bracket must not swallow the rest of a long line.
                if length > 200 { depth = 0 }
            }
            i = next
        }
        return titles
    }

    private static func extractCharacters(_ text: String) -> [String] {
        var titles: [String] = []
        var seen: Set<String> = []
        var depth = 0
        var current = ""
        for c in text {
            if c == "《" {
                if depth > 0 { current.append(c) }
                depth += 1
            } else if c == "》", depth > 0 {
                depth -= 1
                if depth == 0 {
                    let title = current.trimmingCharacters(in: .whitespaces)
                    if !title.isEmpty, seen.insert(title).inserted { titles.append(title) }
                    current = ""
                } else {
                    current.append(c)
                }
            } else if depth > 0 {
                current.append(c)
                // An unclosed bracket must not swallow the rest of a long line.
                if current.count > 200 { depth = 0; current = "" }
            }
        }
        return titles
    }
}
