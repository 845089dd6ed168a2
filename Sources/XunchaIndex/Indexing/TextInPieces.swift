import Dispatch
import Foundation
import NoticeParsing

/// A text file too large to hold whole, indexed in pieces. It is read twice: the first pass, on a worker
/// thread, takes its hash (an unchanged file ends there) and decides its encoding; the second, by the writer,
/// parses it notice by notice and hands their paragraphs over in batches, each analysed on every core. Memory
/// stays bounded by the batch, whatever the size of the file or of its lines.
struct TextInPieces: Sendable {
    var file: CorpusFile
    var hash: String
    var encoding: TextEncodingScan.Encoding?
    var limits: FileSizeLimits

    /// The first pass. Throws `CorpusFileError` when the file is not text.
    static func scan(_ file: CorpusFile, limits: FileSizeLimits) throws -> TextInPieces {
        var hash = StableHash()
        var encoding = TextEncodingScan()
        var size: Int64 = 0
        try FileSystemName.forEachPiece(of: file.path, pieceBytes: limits.pieceBytes) { piece in
            hash.combine(piece)
            encoding.add(piece)
            size += Int64(piece.count)
        }
        var measured = file
        measured.size = size
        return TextInPieces(file: measured, hash: StableHash.hex(hash.value),
                            encoding: try encoding.encoding(source: file.source), limits: limits)
    }

    /// What the second pass made of the file.
    struct Stored {
        var result: WriteTarget.StoreResult
        /// Lines longer than `FileSizeLimits.longestLine`, indexed as far as that.
        var shortenedLines: [Int]
    }

    /// The second pass: parses the file and stores its paragraphs in `target`. When the file turns out to have
    /// changed since the first pass, or cannot be decoded after all, it is taken out of the index (the next run
    /// reads it again) and a `CorpusFileError` says why.
    func store(into target: inout WriteTarget, extractor: TermExtractor) throws -> Stored {
        if let previous = target.manifest.files[file.source], previous.hash == hash {
            target.keepUnchanged(file)
            return Stored(result: .unchanged, shortenedLines: [])
        }
        let result: WriteTarget.StoreResult = target.manifest.files[file.source] == nil ? .added : .updated
        target.beginPieces(of: file.source)
        var written = target.noPiecesWritten
        do {
            let (hashAgain, shortened) = try parse { notices in
                written.add(try target.addPiece(documents(for: notices, extractor: extractor), notices: notices))
            }
            guard hashAgain == hash else {
                throw CorpusFileError(source: file.source, reason: "changed while it was read; the next run reads it again")
            }
            target.finishPieces(of: file, hash: hash, written: written)
            return Stored(result: result, shortenedLines: shortened)
        } catch let error as POSIXError {
            target.abandonPieces(of: file.source, written: written)
            throw CorpusFileError(source: file.source, reason: "cannot read: \(error.sentence)")
        } catch {
            target.abandonPieces(of: file.source, written: written)
            throw error
        }
    }

    /// Reads and parses the file, handing over its notices a batch at a time; returns the hash of the bytes
    /// read and the lines that were too long to keep whole.
    private func parse(_ batch: ([NoticeRecord.Parsed]) throws -> Void) throws -> (String, [Int]) {
        var hash = StableHash()
        var lines = TextLines(encoding: encoding ?? .utf8, source: file.source, maximumLineBytes: limits.longestLine)
        var stream = NoticeStream(source: file.source)
        var pending: [Notice] = []
        var pendingBytes = 0
        func take(_ notice: Notice?) throws {
            guard let notice else { return }
            pending.append(notice)
            pendingBytes += notice.paragraphs.reduce(0) { $0 + $1.text.utf8.count }
            if pendingBytes >= limits.batchBytes {
                try batch(pending.map(NoticeRecord.Parsed.init))
                pending = []
                pendingBytes = 0
            }
        }
        try FileSystemName.forEachPiece(of: file.path, pieceBytes: limits.pieceBytes) { piece in
            hash.combine(piece)
            for paragraph in try lines.add(piece) { try take(stream.add(paragraph)) }
        }
        for paragraph in try lines.finish() { try take(stream.add(paragraph)) }
        try take(stream.finish())
        if !pending.isEmpty { try batch(pending.map(NoticeRecord.Parsed.init)) }
        return (StableHash.hex(hash.value), lines.shortenedLines)
    }

    /// The documents of a batch of notices, analysed in parallel, in order.
    private func documents(for notices: [NoticeRecord.Parsed], extractor: TermExtractor) throws -> [PreparedDocument] {
        let results = ResultSlots<Result<[PreparedDocument], Error>>(count: notices.count)
        DispatchQueue.concurrentPerform(iterations: notices.count) { index in
            results[index] = Result { try notices[index].documents(extractor: extractor) }
        }
        return try results.values.flatMap { try $0!.get() }
    }
}

extension NoticeRecord {
    /// A notice as the parser made it, with the record the index keeps of it.
    struct Parsed: Sendable {
        var notice: Notice
        var record: NoticeRecord

        init(_ notice: Notice) {
            self.notice = notice
            record = NoticeRecord(notice: notice)
        }

        /// Its paragraphs as the index stores them.
        func documents(extractor: TermExtractor) throws -> [PreparedDocument] {
            let texts = Dictionary(notice.paragraphs.map { ($0.location, $0.text) }, uniquingKeysWith: { first, _ in first })
            return try notice.paragraphs.map { paragraph in
                try PreparedDocument(paragraph: paragraph, notice: record,
                                     context: ParagraphContext.text(of: paragraph, texts: texts), extractor: extractor)
            }
        }
    }
}

/// Slots filled from several threads, each slot by one.
final class ResultSlots<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Value?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value? {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var values: [Value?] { lock.withLock { slots } }
}
