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
        /// A text file too large to hold whole, scanned once; the writer reads it again in pieces.
        case inPieces(TextInPieces)
        case failed(source: String, reason: String)
    }

    static func prepare(_ file: CorpusFile, extractor: TermExtractor, limits: FileSizeLimits = FileSizeLimits()) -> Outcome {
        let data: Data
        do {
            if file.size > limits.textInPiecesAbove {
                let ext = (file.source as NSString).pathExtension
                guard let format = DocumentFormats.format(for: try FileSystemName.head(file.path, count: 4096), extension: ext) else {
                    return .failed(source: file.source, reason: "not a format xuncha reads")
                }
                if DocumentFormats.isPlainText(format) {
                    do { return .inPieces(try TextInPieces.scan(file, limits: limits)) } catch let error as CorpusFileError {
                        return .failed(source: file.source, reason: error.reason)
                    }
                }
                if file.size > limits.wholeFileBytes {
                    return .failed(source: file.source, reason: "\(FileSizeLimits.size(file.size)), more than the "
                                   + "\(FileSizeLimits.size(limits.wholeFileBytes)) xuncha reads of a \(format.name) file "
                                   + "(text files may be of any size)")
                }
            }
            data = try FileSystemName.contents(file.path)
        } catch {
            return .failed(source: file.source, reason: "cannot read: \(Self.readFailure(error))")
        }
        do {
            let (format, document) = try DocumentFormats.read(data, source: file.source)
            let notices = NoticeParser.parse(document: document, source: file.source).map(NoticeRecord.Parsed.init)
            var documents: [PreparedDocument] = []
            for notice in notices { documents += try notice.documents(extractor: extractor) }
            var measured = file
            measured.size = Int64(data.count)
            return .ready(FileIndexing(file: measured, format: format, hash: Manifest.hash(of: data), notices: notices.map(\.record),
                                       documents: documents))
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
