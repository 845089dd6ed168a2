import Foundation
import NoticeParsing

/// Paragraphs rebuilt from the lines a PDF was wrapped into. A line that runs to the right margin continues
/// into the next; a new paragraph starts at an indent, after a short line, after a blank gap, or at a numbering
/// marker after a line that ends a sentence. Running headers, footers and page numbers are dropped, and the
/// spaces extraction puts between Chinese and digits or Latin letters ("2023 年 7 月") removed.
enum WrappedLines {
    static func paragraphs(of pages: [PDFPage]) -> SourceDocument {
        let running = runningLines(pages)
        var lines: [(page: Int, line: PDFLine)] = []
        for page in pages {
            for line in page.lines {
                var line = line
                line.text = squeezeSpaces(line.text)
                guard !line.text.isEmpty, !isPageNumber(line.text),
                      !(inMargin(line, page) && running.contains(runningKey(line.text))) else { continue }
                lines.append((page.number, line))
            }
        }
        guard !lines.isEmpty else { return SourceDocument(paragraphs: []) }
        let metrics = Metrics(lines.map(\.line))

        var paragraphs: [SourceParagraph] = []
        var previous: (page: Int, line: PDFLine)?
        for entry in lines {
            if let prev = previous, !metrics.startsParagraph(entry.line, after: prev.line, newPage: entry.page != prev.page) {
                paragraphs[paragraphs.count - 1].text = join(paragraphs[paragraphs.count - 1].text, entry.line.text)
            } else {
                paragraphs.append(SourceParagraph(number: paragraphs.count + 1, text: entry.line.text, page: entry.page))
            }
            previous = entry
        }
        return SourceDocument(paragraphs: paragraphs)
    }

    /// The body's measures: where full lines start and end, and the size of a character.
    struct Metrics {
        var left: Double
        var right: Double
        var character: Double

        init(_ lines: [PDFLine]) {
            let heights = lines.map(\.height).sorted()
            character = max(heights[heights.count / 2], 1)
            // The most common start (to a point) is the left margin; the line ends reached by the longest tenth
            // of lines, the right.
            var starts: [Int: Int] = [:]
            for line in lines { starts[Int(line.left.rounded()), default: 0] += 1 }
            left = Double(starts.max { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }!.key)
            let ends = lines.map(\.right).sorted()
            right = ends[min(ends.count - 1, ends.count * 9 / 10)]
        }

        func isShort(_ line: PDFLine) -> Bool { line.right < right - 1.5 * character }
        func isIndented(_ line: PDFLine) -> Bool { line.left > left + 0.8 * character }
        func isCentered(_ line: PDFLine) -> Bool {
            let leftGap = line.left - left, rightGap = right - line.right
            return leftGap > 2 * character && rightGap > 2 * character && abs(leftGap - rightGap) < 2 * character
        }

        /// Both ends of the line about as far from the margins: a centered line, or a full one.
        func isBalanced(_ line: PDFLine) -> Bool {
            let leftGap = line.left - left, rightGap = right - line.right
            return abs(leftGap - rightGap) < 2 * character
        }

        func startsParagraph(_ line: PDFLine, after previous: PDFLine, newPage: Bool) -> Bool {
            let previousEnds = endsSentence(previous.text)
            // A centered title broken over two lines stays one.
            if isCentered(line), isBalanced(previous), !previousEnds, !newPage,
               line.top - previous.bottom < character { return false }
            if isIndented(line) { return true }
            if !newPage, line.top - previous.bottom > 1.2 * character { return true }
            // A line that runs to the right margin continues into the next.
            guard isShort(previous) else { return false }
            if startsWithMarker(line.text) { return true }
            // A number or Latin word too long for the end of the line was moved down whole.
            if let first = line.text.unicodeScalars.first, first.isASCII, CharacterSet.alphanumerics.contains(first) {
                return false
            }
            return true
        }
    }

    static func endsSentence(_ text: String) -> Bool {
        guard let last = text.last else { return true }
        return "。；：！？;:!?”」）)".contains(last)
    }

    private static let marker = try! NSRegularExpression(
        pattern: #"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[）)]|\d{1,2}[.．、](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[章节条部分])"#)

    static func startsWithMarker(_ text: String) -> Bool {
        marker.firstMatch(in: text, range: NSRange(location: 0, length: min(text.utf16.count, 12))) != nil
    }

    /// Two pieces of one paragraph: Latin words keep a space between them, Chinese does not.
    static func join(_ a: String, _ b: String) -> String {
        guard let x = a.unicodeScalars.last, let y = b.unicodeScalars.first else { return a + b }
        return isLatin(x) && isLatin(y) ? a + " " + b : a + b
    }

    private static func isLatin(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (CharacterSet.alphanumerics.contains(s))
    }

    // MARK: Spaces, headers and footers

    /// Removes spaces between a Chinese character and a digit or Latin letter; collapses the rest.
    static func squeezeSpaces(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var i = 0
        while i < scalars.count {
            guard scalars[i] == " " || scalars[i] == "\u{A0}" else { out.append(scalars[i]); i += 1; continue }
            var j = i
            while j < scalars.count, scalars[j] == " " || scalars[j] == "\u{A0}" { j += 1 }
            if let before = out.last, j < scalars.count, !(isWide(before) && scalars[j].isASCII || before.isASCII && isWide(scalars[j])) {
                out.append(" ")
            }
            i = j
        }
        return String(out)
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        (0x2E80...0x9FFF).contains(s.value) || (0xF900...0xFAFF).contains(s.value) || (0xFF00...0xFFEF).contains(s.value)
            || (0x3000...0x303F).contains(s.value) || (0x2010...0x2027).contains(s.value)
    }

    private static let pageNumber = try! NSRegularExpression(
        pattern: #"^(?:[-－—–\s]*\d{1,4}[-－—–\s]*|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*/\s*\d{1,4}|Page\s*\d+(?:\s*of\s*\d+)?)$"#,
        options: .caseInsensitive)

    /// "- 3 -", "— 3 —", "第3页", "第 3 页 共 5 页", "3/5", "3".
    static func isPageNumber(_ text: String) -> Bool {
        text.utf16.count <= 24 && pageNumber.firstMatch(in: text, range: NSRange(location: 0, length: text.utf16.count)) != nil
    }

    private static func inMargin(_ line: PDFLine, _ page: PDFPage) -> Bool {
        page.height > 0 && (line.bottom < page.height * 0.1 || line.top > page.height * 0.9)
    }

    private static func runningKey(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.decimalDigits.contains($0) && $0 != " " })
    }

    /// Lines in the top or bottom tenth of a page that recur, digits aside, on at least half the pages (and two).
    private static func runningLines(_ pages: [PDFPage]) -> Set<String> {
        guard pages.count >= 2 else { return [] }
        var seen: [String: Int] = [:]
        for page in pages {
            let keys = Set(page.lines.filter { inMargin($0, page) }.map { runningKey(squeezeSpaces($0.text)) })
            for key in keys where !key.isEmpty { seen[key, default: 0] += 1 }
        }
        return Set(seen.filter { $0.value >= max(2, pages.count / 2) }.map(\.key))
    }
}
