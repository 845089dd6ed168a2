/// Text from the corpus or the file system made safe for a terminal, as `ls` and ripgrep do: a control
/// character would otherwise act (ESC sequences retitle or clear the terminal, BEL rings, a newline in a file
/// name splits a `source:line` line, a bidi override reorders what follows), so each is shown as an escape
/// instead: `\n`, `\t`, `\e`, `\x07`, `\u{202E}`. `--json` needs none of this: JSON escapes them itself.
enum TerminalText {
    static func escaped(_ text: String, keepingNewlines: Bool = false) -> String {
        guard text.unicodeScalars.contains(where: { isControl($0) && !(keepingNewlines && $0 == "\n") }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            guard isControl(scalar), !(keepingNewlines && scalar == "\n") else {
                result.unicodeScalars.append(scalar)
                continue
            }
            result += escape(for: scalar)
        }
        return result
    }

    /// C0 and C1 controls, DEL, and the invisible characters that reorder or break lines on a terminal.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true   // bidi marks and overrides
        case 0x2028, 0x2029: return true                                             // line and paragraph separators
        default: return false
        }
    }

    private static func escape(for scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\n": return "\\n"
        case "\r": return "\\r"
        case "\t": return "\\t"
        case "\u{1B}": return "\\e"
        default:
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return scalar.value <= 0xFF
                ? "\\x" + String(repeating: "0", count: 2 - hex.count) + hex
                : "\\u{" + hex + "}"
        }
    }
}
