import CoreFoundation
import Foundation

/// Feedback given as a file's bytes: UTF-8 (with or without a byte-order mark), UTF-16 with one, or GB18030.
public enum FeedbackText {
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
