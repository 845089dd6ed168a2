import Foundation
import NoticeParsing

/// Older and other word-processor files (.doc, .wps, .rtf, .odt): converted to .docx by LibreOffice when it is
/// installed, in a private temporary profile and with a time limit, then read as Word files.
struct OfficeFormat: DocumentFormat {
    let name = "office"
    let extensions: Set<String> = ["doc", "wps", "rtf", "odt", "wpt", "dot"]

    /// LibreOffice's command, found on the PATH once.
    static let installedSoffice: String? = {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/soffice" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// A conversion that takes longer is abandoned and the file skipped.
    static let timeLimit = 120

    var soffice: String? = OfficeFormat.installedSoffice

    func recognizes(head: Data) -> Bool {
        head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])      // OLE2: .doc, .wps
            || head.starts(with: Array("{\\rtf".utf8))
            || head.starts(with: [0x50, 0x4B, 0x03, 0x04])
            && head.range(of: Data("application/vnd.oasis.opendocument.text".utf8)) != nil
    }

    func read(_ data: Data, source: String) throws -> SourceDocument {
        let ext = (source as NSString).pathExtension.lowercased()
        let kind = extensions.contains(ext) ? ext : "doc"
        guard let soffice else {
            throw CorpusFileError(source: source, reason: "install LibreOffice (soffice) to read .\(kind) files")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("xuncha-convert-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false,
                                                    attributes: [.posixPermissions: 0o700])
            let input = folder.appendingPathComponent("notice.\(kind)")
            try data.write(to: input)
            let status = try Self.run(soffice, folder: folder, input: input)
            let output = folder.appendingPathComponent("out/notice.docx")
            guard status == 0, let converted = try? Data(contentsOf: output) else {
                let why = status == 124 || status == 137 ? "took longer than \(Self.timeLimit) s" : "failed"
                throw CorpusFileError(source: source, reason: "LibreOffice's conversion of the .\(kind) file \(why)")
            }
            return try DOCXFormat().read(converted, source: source)
        } catch let error as CorpusFileError {
            throw error
        } catch {
            throw CorpusFileError(source: source, reason: "cannot convert the .\(kind) file: \(error.localizedDescription)")
        }
    }

    /// Runs the conversion under `timeout`, which kills LibreOffice's whole process group when time runs out.
    private static func run(_ soffice: String, folder: URL, input: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["--kill-after=5", "\(timeLimit)", soffice,
                             "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--norestore",
                             "--nolockcheck", "--convert-to", "docx:MS Word 2007 XML",
                             "--outdir", folder.appendingPathComponent("out").path, input.path]
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder.path
        process.environment = environment
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}
