import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `word/numbering.xml`: how each list level writes its number (一、 （一） 1. （1）), so that automatic numbers
/// come out as the markers a reader sees and the parser's roles and section paths depend on.
struct WordNumbering {
    struct Level {
        var start = 1
        var format = "decimal"
        var text = ""
        var suffix = "tab"
        var legal = false
    }

    /// Levels of each abstract list, and for each list instance its abstract list and restarts.
    private(set) var abstracts: [String: [Int: Level]] = [:]
    private(set) var instances: [String: (abstract: String, starts: [Int: Int])] = [:]

    init() {}

    init(xml: Data) {
        let reader = Reader()
        let parser = XMLParser(data: xml)
        parser.delegate = reader
        if parser.parse() {
            abstracts = reader.abstracts
            instances = reader.instances
        }
    }

    func counters() -> Counters { Counters(numbering: self) }

    /// The numbers reached so far in each list, as Word counts them: a level goes on from its last number, and
    /// every level below it starts again.
    struct Counters {
        let numbering: WordNumbering
        private var values: [String: [Int?]] = [:]

        init(numbering: WordNumbering) { self.numbering = numbering }

        /// The marker of the next paragraph at `list`, or nil when the list is not defined.
        mutating func next(_ list: WordListLevel) -> String? {
            guard let instance = numbering.instances[list.numID], let levels = numbering.abstracts[instance.abstract] else {
                return nil
            }
            // Instances that restart their numbers count on their own; others continue their abstract list.
            let key = instance.starts.isEmpty ? "a" + instance.abstract : "n" + list.numID
            var state = values[key] ?? Array(repeating: nil, count: 9)
            func start(_ level: Int) -> Int { instance.starts[level] ?? levels[level]?.start ?? 1 }
            let level = list.level
            state[level] = state[level].map { $0 + 1 } ?? start(level)
            for deeper in (level + 1)..<9 { state[deeper] = nil }
            values[key] = state
            guard let definition = levels[level] else { return nil }
            var marker = ""
            var scalars = Array(definition.text)
            var i = 0
            while i < scalars.count {
                if scalars[i] == "%", i + 1 < scalars.count, let n = scalars[i + 1].wholeNumberValue, (1...9).contains(n) {
                    let referenced = n - 1
                    let value = state[referenced] ?? start(referenced)
                    let format = definition.legal ? "decimal" : (levels[referenced]?.format ?? "decimal")
                    marker += NumberFormats.write(value, format: format)
                    i += 2
                } else {
                    marker.append(scalars[i])
                    i += 1
                }
            }
            scalars = []
            if definition.format == "none" { marker = "" }
            guard !marker.isEmpty else { return "" }
            switch definition.suffix {
            case "space": return marker + " "
            default:
                // A tab or nothing after 一、 or 1. reads as nothing; after a bare word, as a space.
                return marker.last.map { "、，．.):）】〕”：:".contains($0) } == true ? marker : marker + " "
            }
        }
    }

    private final class Reader: NSObject, XMLParserDelegate {
        var abstracts: [String: [Int: Level]] = [:]
        var instances: [String: (abstract: String, starts: [Int: Int])] = [:]
        private var abstract: String?
        private var level: Int?
        private var current = Level()
        private var instance: String?
        private var overrideLevel: Int?

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            let value = WordXML.value(attributes)
            switch WordXML.local(name) {
            case "abstractNum": abstract = WordXML.value(attributes, "abstractNumId"); abstracts[abstract ?? ""] = [:]
            case "lvl" where instance == nil:
                level = WordXML.value(attributes, "ilvl").flatMap { Int($0) }
                current = Level()
            case "start" where level != nil: current.start = value.flatMap { Int($0) } ?? 1
            case "numFmt" where level != nil: current.format = value ?? "decimal"
            case "lvlText" where level != nil: current.text = value ?? ""
            case "suff" where level != nil: current.suffix = value ?? "tab"
            case "isLgl" where level != nil: current.legal = value != "0" && value != "false"
            case "num":
                instance = WordXML.value(attributes, "numId")
            case "abstractNumId" where instance != nil:
                if let instance, let value { instances[instance] = (value, [:]) }
            case "lvlOverride" where instance != nil:
                overrideLevel = WordXML.value(attributes, "ilvl").flatMap { Int($0) }
            case "startOverride":
                if let instance, let overrideLevel, let start = value.flatMap({ Int($0) }) {
                    instances[instance]?.starts[overrideLevel] = start
                }
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch WordXML.local(name) {
            case "lvl":
                if let abstract, let level, instance == nil, (0..<9).contains(level) { abstracts[abstract]?[level] = current }
                level = nil
            case "abstractNum": abstract = nil
            case "num": instance = nil
            case "lvlOverride": overrideLevel = nil
            default: break
            }
        }
    }
}

/// Numbers written in the formats of `w:numFmt`.
enum NumberFormats {
    static func write(_ n: Int, format: String) -> String {
        switch format {
        case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting", "taiwaneseCountingThousand",
             "koreanCounting", "japaneseLegal":
            return chinese(n)
        case "chineseLegalSimplified": return chinese(n, digits: Array("零壹贰叁肆伍陆柒捌玖"), ten: "拾")
        case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
            return String(String(n).compactMap { $0.wholeNumberValue.map { Array("〇一二三四五六七八九")[$0] } })
        case "decimalFullWidth", "decimalFullWidth2":
            return String(String(n).unicodeScalars.map { Character(Unicode.Scalar($0.value - 0x30 + 0xFF10)!) })
        case "decimalZero": return n < 10 ? "0\(n)" : "\(n)"
        case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
            return (1...20).contains(n) ? String(Unicode.Scalar(0x2460 + n - 1)!) : "\(n)"
        case "decimalEnclosedParen": return (1...20).contains(n) ? String(Unicode.Scalar(0x2474 + n - 1)!) : "(\(n))"
        case "decimalEnclosedFullstop": return (1...20).contains(n) ? String(Unicode.Scalar(0x2488 + n - 1)!) : "\(n)."
        case "ideographTraditional": return (1...10).contains(n) ? String(Array("甲乙丙丁戊己庚辛壬癸")[n - 1]) : "\(n)"
        case "ideographZodiac": return (1...12).contains(n) ? String(Array("子丑寅卯辰巳午未申酉戌亥")[n - 1]) : "\(n)"
        case "upperLetter", "lowerLetter":
            guard n >= 1 else { return "\(n)" }
            let letter = Character(Unicode.Scalar(UInt8(65 + (n - 1) % 26)))
            let text = String(repeating: letter, count: (n - 1) / 26 + 1)
            return format == "upperLetter" ? text : text.lowercased()
        case "upperRoman", "lowerRoman":
            let text = roman(n)
            return format == "upperRoman" ? text : text.lowercased()
        case "bullet", "none": return ""
        default: return "\(n)"
        }
    }

    /// 1 一, 10 十, 11 十一, 20 二十, 105 一百零五.
    static func chinese(_ n: Int, digits: [Character] = Array("零一二三四五六七八九"), ten: Character = "十") -> String {
        guard n > 0, n < 10_000 else { return "\(n)" }
        if n < 10 { return String(digits[n]) }
        if n < 20 && ten == "十" { return String(ten) + (n % 10 == 0 ? "" : String(digits[n % 10])) }
        if n < 100 { return String(digits[n / 10]) + String(ten) + (n % 10 == 0 ? "" : String(digits[n % 10])) }
        let units: [(Int, Character)] = [(1000, "千"), (100, "百")]
        var out = "", rest = n, zero = false
        for (value, name) in units where rest >= value || !out.isEmpty {
            let digit = rest / value
            if digit == 0 { zero = true } else {
                if zero { out.append(digits[0]); zero = false }
                out += String(digits[digit]) + String(name)
            }
            rest %= value
        }
        if rest == 0 { return out }
        if zero || rest < 10 { out.append(digits[0]) }
        return out + (rest < 10 ? String(digits[rest]) : chinese(rest, digits: digits, ten: ten).replacingOccurrences(of: "^十", with: "一十", options: .regularExpression))
    }

    static func roman(_ n: Int) -> String {
        guard n > 0, n < 4000 else { return "\(n)" }
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                                      (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var out = "", rest = n
        for (value, letters) in table { while rest >= value { out += letters; rest -= value } }
        return out
    }
}
