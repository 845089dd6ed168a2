import SwiftXapian

/// Everything that can go wrong opening, building or querying an index, each as one sentence for the user.
public enum IndexError: Error, CustomStringConvertible, Sendable {
    case missingCorpus(path: String)
    case missingIndex(path: String)
    case foreignIndex(path: String)
    case unreadableIndex(path: String, underlying: XapianError)
    case staleIndex(path: String, reason: String)
    case locked(path: String)
    case cannotWrite(path: String, reason: String)
    case badQuery(String)
    case badFilter(String)
    case unknownParagraph(String)
    case xapian(XapianError)

    public var description: String {
        switch self {
        case .missingCorpus(let path):
            return "corpus folder '\(path)' does not exist or is not a folder"
        case .missingIndex(let path):
            return "no index at '\(path)': run 'xuncha index --index \(path)' first"
        case .foreignIndex(let path):
            return "'\(path)' holds files that are not a xuncha index; run 'xuncha index --rebuild --index \(path)' to build one there"
        case .unreadableIndex(let path, let underlying):
            return "the index at '\(path)' cannot be read (\(underlying)); run 'xuncha index --rebuild --index \(path)' to rebuild it"
        case .staleIndex(let path, let reason):
            return "the index at '\(path)' was built \(reason); run 'xuncha index --rebuild --index \(path)'"
        case .locked(let path):
            return "another 'xuncha index' is writing the index at '\(path)'; try again when it has finished"
        case .cannotWrite(let path, let reason):
            return "cannot write '\(path)': \(reason)"
        case .badQuery(let reason):
            return "bad query: \(reason)"
        case .badFilter(let reason):
            return reason
        case .unknownParagraph(let reference):
            return "no paragraph '\(reference)' in the index (give SOURCE:LINE of a non-blank line, or a hit's id)"
        case .xapian(let error):
            return "Xapian error: \(error)"
        }
    }
}
