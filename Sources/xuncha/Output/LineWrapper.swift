/// Breaks a line that is wider than the terminal so that its continuation lines keep its indent (a hanging
/// indent), rather than letting the terminal wrap it to the first column. Widths are terminal columns: a
/// Chinese character takes two, a combining mark none, a colour sequence none. A colour that is on at a
/// break is turned off at the end of the line and on again after the indent.
struct LineWrapper {
    let columns: Int

    func wrap(_ line: String) -> [String] {
        let indent = String(line.prefix { $0 == " " })
        // Too narrow a terminal to keep the indent and still show text: break without it.
        let hanging = indent.count * 2 < columns ? indent : ""
        guard Self.width(of: line) > columns else { return [line] }
        var lines: [String] = []
        var current = ""
        var width = 0
        var activeStyle = ""
        var index = line.startIndex
        while index < line.endIndex {
            if let sequence = Self.styleSequence(in: line, at: index) {
                current += sequence
                activeStyle = sequence == "\u{1B}[0m" ? "" : activeStyle + sequence
                index = line.index(index, offsetBy: sequence.count)
                continue
            }
            let character = line[index]
            let characterWidth = Self.width(of: character)
            if width + characterWidth > columns && width > hanging.count {
                lines.append(current + (activeStyle.isEmpty ? "" : "\u{1B}[0m"))
                current = hanging + activeStyle
                width = hanging.count
            }
            current.append(character)
            width += characterWidth
            index = line.index(after: index)
        }
        lines.append(current)
        return lines
    }

    /// The SGR sequence (`ESC [ … m`) starting at `index`, if one does. Text from the corpus holds none: it is
    /// escaped before it is styled (see `TerminalText`).
    private static func styleSequence(in line: String, at index: String.Index) -> String? {
        guard line[index] == "\u{1B}" else { return nil }
        var end = line.index(after: index)
        guard end < line.endIndex, line[end] == "[" else { return nil }
        end = line.index(after: end)
        while end < line.endIndex, line[end].isASCII, line[end].isNumber || line[end] == ";" { end = line.index(after: end) }
        guard end < line.endIndex, line[end] == "m" else { return nil }
        return String(line[index...end])
    }

    static func width(of text: String) -> Int {
        var total = 0
        var index = text.startIndex
        while index < text.endIndex {
            if let sequence = styleSequence(in: text, at: index) {
                index = text.index(index, offsetBy: sequence.count)
                continue
            }
            total += width(of: text[index])
            index = text.index(after: index)
        }
        return total
    }

    /// Two columns for East Asian wide and full-width characters, none for marks that combine, else one.
    static func width(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
