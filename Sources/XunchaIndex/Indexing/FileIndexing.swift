import Foundation
import NoticeFormats
import NoticeParsing

/// One corpus file read, parsed and analysed, ready for the writer. Made on worker threads.
struct FileIndexing: Sendable {
    var file: CorpusFile
    /// The format the file was read as (`text`, `html`, …).
    var format: String
    var hash: String
    var notices: [NoticeRecord]
    var documents: [PreparedDocument]

    enum Outcome: Sendable {
        case ready(FileIndexing)
        case failed(source: String, reason: String)
    }

    static func prepare(_ file: CorpusFile, extractor: TermExtractor) -> Outcome {
        let data: Data
        do {
            data = try FileSystemName.contents(file.path)
        } catch {
            return .failed(source: file.source, reason: "cannot read: \(Self.readFailure(error))")
        }
        do {
            let (format, document) = try DocumentFormats.read(data, source: file.source)
            let notices = NoticeParser.parse(document: document, source: file.source)
            var records: [NoticeRecord] = []
            var documents: [PreparedDocument] = []
            for notice in notices {
                let record = NoticeRecord(notice: notice)
                records.append(record)
                let texts = Dictionary(notice.paragraphs.map { ($0.location, $0.text) }, uniquingKeysWith: { first, _ in first })
                for paragraph in notice.paragraphs {
                    documents.append(try PreparedDocument(paragraph: paragraph, notice: record,
                                                          context: ParagraphContext.text(of: paragraph, texts: texts),
                                                          extractor: extractor))
                }
            }
            var measured = file
            measured.size = Int64(data.count)
            return .ready(FileIndexing(file: measured, format: format, hash: Manifest.hash(of: data), notices: records, documents: documents))
        } catch let error as CorpusFileError {
            return .failed(source: file.source, reason: error.reason)
        } catch {
            return .failed(source: file.source, reason: "\(error)")
        }
    }

    private static func readFailure(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message)
        }
        return nsError.localizedDescription
    }
}
