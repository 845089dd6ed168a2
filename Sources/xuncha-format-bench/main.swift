import Foundation
import NoticeFormats
import NoticeParsing

// Parse throughput per format, for the benchmark: reads the files given (already in memory), turns each into
// notices `rounds` times, and prints one JSON line per format with bytes, notices, paragraphs and seconds.
let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2, let rounds = Int(arguments[0]), rounds > 0 else {
    FileHandle.standardError.write(Data("usage: xuncha-format-bench ROUNDS FILE…\n".utf8))
    exit(2)
}
var files: [(source: String, data: Data)] = []
for path in arguments.dropFirst() {
    guard let data = FileManager.default.contents(atPath: path) else {
        FileHandle.standardError.write(Data("xuncha-format-bench: cannot read \(path)\n".utf8))
        exit(2)
    }
    files.append(((path as NSString).lastPathComponent, data))
}
var totals: [String: (bytes: Int, notices: Int, paragraphs: Int, seconds: Double)] = [:]
for file in files {
    let started = Date()
    var notices: [Notice] = []
    var format = ""
    for _ in 0..<rounds {
        guard let (name, document) = try? DocumentFormats.read(file.data, source: file.source) else { break }
        format = name
        notices = NoticeParser.parse(document: document, source: file.source)
    }
    let seconds = Date().timeIntervalSince(started)
    var total = totals[format] ?? (0, 0, 0, 0)
    total.bytes += file.data.count * rounds
    total.notices += notices.count * rounds
    total.paragraphs += notices.reduce(0) { $0 + $1.paragraphs.count } * rounds
    total.seconds += seconds
    totals[format] = total
}
for (format, total) in totals.sorted(by: { $0.key < $1.key }) {
    print("{\"format\":\"\(format)\",\"bytes\":\(total.bytes),\"notices\":\(total.notices),\"paragraphs\":\(total.paragraphs),\"seconds\":\(total.seconds)}")
}
