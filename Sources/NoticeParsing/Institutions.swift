import Foundation

/// The rules a measure adopted or revised: the titles in 《…》, outermost brackets only (a nested 《》 or 〈〉
/// stays inside the title), de-duplicated in order of appearance.
enum Institutions {
    static func extract(_ text: String) -> [String] {
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
