import Foundation
import NoticeFormats
import NoticeParsing
import TestSupport
import XCTest

/// Randomly mutated files of every format: each reader either reads them or fails with a reason, never crashes
/// or hangs. `XUNCHA_FUZZ_ITERATIONS` runs more, as for the text reader.
final class FormatFuzzTests: XCTestCase {
    static let iterations = Int(ProcessInfo.processInfo.environment["XUNCHA_FUZZ_ITERATIONS"] ?? "") ?? 400

    static let htmlPieces = ["<", ">", "</", "<p>", "</p>", "<div class=\"nav\">", "</div>", "<br>", "&", "&#", ";", "&nbsp;",
                             "<script>", "</script>", "<!--", "-->", "<![CDATA[", "]]>", "\"", "'", "=", "\u{0}", "一、", "版权所有",
                             "相关阅读", "<table><tr><td>", "<meta charset=gbk>", "\u{FFFD}"]

    /// Mutates bytes of `sample`: flips, inserts, deletes, and for text formats splices in pieces of markup.
    static func mutate(_ sample: Data, pieces: [String], using random: inout SeededGenerator) -> Data {
        var bytes = [UInt8](sample)
        for _ in 0..<Int.random(in: 0...40, using: &random) where !bytes.isEmpty {
            let position = Int.random(in: 0..<bytes.count, using: &random)
            switch Int.random(in: 0...3, using: &random) {
            case 0: bytes[position] = UInt8.random(in: 0...255, using: &random)
            case 1: bytes.insert(UInt8.random(in: 0...255, using: &random), at: position)
            case 2 where !pieces.isEmpty: bytes.insert(contentsOf: Array(pieces.randomElement(using: &random)!.utf8), at: position)
            default: bytes.remove(at: position)
            }
        }
        if Bool.random(using: &random) { bytes = Array(bytes.prefix(Int.random(in: 0...bytes.count, using: &random))) }
        return Data(bytes)
    }

    func fuzz(_ fixture: String, pieces: [String], seed: UInt64) throws {
        var random = SeededGenerator(state: seed)
        let sample = try Parity.data(fixture)
        let source = "fuzzed." + (fixture as NSString).pathExtension
        for round in 0..<max(20, Self.iterations / 4) {
            let data = Self.mutate(sample, pieces: pieces, using: &random)
            do {
                let (_, document) = try DocumentFormats.read(data, source: source)
                _ = NoticeParser.parse(document: document, source: source)
            } catch let error as CorpusFileError {
                XCTAssertFalse(error.reason.isEmpty, "round \(round)")
            }
        }
    }

    func testMutatedPagesNeverCrashTheReader() throws {
        try fuzz("jishui.utf8.html", pieces: Self.htmlPieces, seed: 11)
        try fuzz("heping.gbk.html", pieces: Self.htmlPieces, seed: 12)
    }

    func testMutatedWordFilesNeverCrashTheReader() throws {
        try fuzz("jishui.docx", pieces: [], seed: 21)
    }

    func testMutatedPDFsNeverCrashTheReader() throws {
        try fuzz("dongguan.pdf", pieces: ["obj", "endobj", "stream", "endstream", "<<", ">>", "/Length 99999999"], seed: 31)
    }
}
