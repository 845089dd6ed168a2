import DocxWriter
import Foundation
import XunchaIndex

/// The formats a plan is written in, by `xuncha plan` and by the web server alike, byte for byte the same.
public enum PlanFormat: String, CaseIterable, Sendable {
    case docx, md, csv, json

    /// The plan as a file's bytes.
    public func data(_ plan: Plan) throws -> Data {
        switch self {
        case .docx: return try DocxWriter.data(for: PlanDocument.document(plan))
        case .md: return Data(PlanMarkdown.text(plan).utf8)
        case .csv: return Data(PlanCSV.text(plan).utf8)
        case .json: return Data(plan.jsonLines.utf8)
        }
    }

    /// The media type a download is sent with.
    public var mediaType: String {
        switch self {
        case .docx: return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case .md: return "text/markdown; charset=utf-8"
        case .csv: return "text/csv; charset=utf-8"
        case .json: return "application/x-ndjson; charset=utf-8"
        }
    }

    /// The file name extension.
    public var fileExtension: String { self == .json ? "jsonl" : rawValue }
}
