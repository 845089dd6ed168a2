import CoreFoundation
import Foundation
import NoticeFormats
import NoticeParsing

/// Feedback given as a file's bytes: any format the index reads (a web page, …), one paragraph per line, else
/// text in UTF-8 (with or without a byte-order mark), UTF-16 with one, or GB18030.
public enum FeedbackText {
    /// The text of a feedback file named `source` (its extension and first bytes tell its format).
    public static func read(_ data: Data, source: String) throws -> String {
        guard data.count <= FeedbackProblems.maximumBytes * 4 else {
            throw PlanError.feedbackTooLarge(bytes: data.count, limit: FeedbackProblems.maximumBytes)
        }
        let ext = (source as NSString).pathExtension
        guard let format = DocumentFormats.format(for: data, extension: ext), format.name != "text" else { return try decode(data) }
        do {
            return try format.read(data, source: source).paragraphs.map(\.text).joined(separator: "\n")
        } catch let error as CorpusFileError {
            throw PlanError.unreadableFile(source: source, reason: error.reason)
        }
    }

    public static func decode(_ data: Data) throws -> String {
        guard data.count <= FeedbackProblems.maximumBytes * 4 else {
            throw PlanError.feedbackTooLarge(bytes: data.count, limit: FeedbackProblems.maximumBytes)
        }
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]), let text = String(data: data.dropFirst(2), encoding: .utf16LittleEndian) { return text }
        if bytes.starts(with: [0xFE, 0xFF]), let text = String(data: data.dropFirst(2), encoding: .utf16BigEndian) { return text }
        guard !bytes.contains(0) else { throw PlanError.notText }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        if let text = String(validating: body, as: UTF8.self) { return text }
        if let text = String(data: Data(body), encoding: gb18030) { return text }
        throw PlanError.notText
    }

    private static let gb18030 = String.Encoding(rawValue: CFStringConvertEncodingToNSStringEncoding(
        CFStringEncoding(CFStringEncodings.GB_18030_2000.rawValue)))
}
