import Foundation
import NoticeFormats

extension IndexSummary {
    /// The files of the corpus per format, and the files skipped per reason.
    mutating func countFormats(of scan: CorpusScanner.Result) {
        formats = [:]
        for file in scan.files {
            let name = DocumentFormats.format(forExtension: (file.source as NSString).pathExtension)?.name ?? "other"
            formats[name, default: 0] += 1
        }
        skippedByReason = [:]
        if !scan.notNotices.isEmpty { skippedByReason[Self.notANoticeFile] = scan.notNotices.count }
        for failure in failed { skippedByReason[failure.reason, default: 0] += 1 }
    }

    static let notANoticeFile = "not a notice file"
}
