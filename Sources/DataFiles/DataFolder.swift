import Foundation

/// The folder of data files a module ships (the lexicon, the gazetteer…), found without `Bundle.module`, which
/// stops the program outright when the folder is missing. The folder lies next to the program, as the build
/// writes it (`xuncha_ChineseText.resources`); a program copied elsewhere without it, or a folder it may not
/// read, is an error that names the folder.
public struct DataFolder: Sendable {
    /// The folder's name: `<package>_<module>.resources`.
    public let name: String

    public init(module: String) {
        name = "xuncha_\(module).resources"
    }

    /// The text of one of the folder's files (`Resources/lexicon.txt`).
    public func text(_ file: String) throws -> String {
        let url = try location().appendingPathComponent(file)
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw DataFolderError.unreadable(path: url.path, reason: Self.reason(url))
        }
    }

    /// Whether each of `files` can be read, without reading it.
    public func check(_ files: [String]) throws {
        let folder = try location()
        for file in files {
            let url = folder.appendingPathComponent(file)
            let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
            guard descriptor >= 0 else { throw DataFolderError.unreadable(path: url.path, reason: Self.reason(url)) }
            close(descriptor)
        }
    }

    /// The first place that holds the folder: beside the program (its links resolved, so a program linked
    /// into a folder on the PATH still finds it), then beside what Foundation takes for the program's bundle.
    public func location() throws -> URL {
        for folder in Self.candidates {
            let url = folder.appendingPathComponent(name, isDirectory: true)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return url
            }
        }
        throw DataFolderError.missing(name: name, program: Self.program?.path)
    }

    private static let program: URL? = {
        guard let path = Bundle.main.executablePath ?? CommandLine.arguments.first else { return nil }
        return URL(fileURLWithPath: path).resolvingSymlinksInPath()
    }()

    private static let candidates: [URL] = {
        var folders: [URL] = []
        if let program { folders.append(program.deletingLastPathComponent()) }
        folders.append(Bundle.main.bundleURL)
        if let resources = Bundle.main.resourceURL { folders.append(resources) }
        var seen = Set<String>()
        return folders.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }()

    private static func reason(_ url: URL) -> String {
        let descriptor = open(url.path, O_RDONLY | O_CLOEXEC)
        if descriptor >= 0 { close(descriptor); return "it is not UTF-8 text" }
        return String(cString: strerror(errno))
    }
}

/// A data folder missing or unreadable: one sentence naming it.
public enum DataFolderError: Error, CustomStringConvertible, Equatable {
    case missing(name: String, program: String?)
    case unreadable(path: String, reason: String)

    public var description: String {
        switch self {
        case .missing(let name, let program):
            let folder = program.map { " in \(URL(fileURLWithPath: $0).deletingLastPathComponent().path)" } ?? ""
            return "xuncha cannot find its data folder \(name), which belongs next to the program\(folder): "
                + "copy it there from the build folder along with the program"
        case .unreadable(let path, let reason):
            return "xuncha cannot read its data file \(path): \(reason)"
        }
    }
}
