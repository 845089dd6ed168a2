/// Splits text into physical lines, 1-based, with `\n`, `\r\n` and a lone `\r` all ending a line.
/// Linear in the text's length: one pass over its Unicode scalars.
enum PhysicalLines {
    static func split(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if previousWasCR { previousWasCR = false; continue }
                lines.append(String(current)); current = String.UnicodeScalarView()
            } else if scalar == "\r" {
                lines.append(String(current)); current = String.UnicodeScalarView()
                previousWasCR = true
                continue
            } else {
                current.append(scalar)
            }
            previousWasCR = false
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }
}
