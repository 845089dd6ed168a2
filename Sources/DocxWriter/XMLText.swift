/// Text made safe for XML: markup characters escaped, and characters XML 1.0 forbids (most control
/// characters) dropped, since a single one makes Word refuse the whole document.
enum XMLText {
    static func escaped(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "\t", "\n", "\r": result.unicodeScalars.append(" ")
            default:
                if isAllowed(scalar.value) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    private static func isAllowed(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
