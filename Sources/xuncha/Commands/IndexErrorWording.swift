import XunchaIndex

extension IndexError {
    /// The error in the command line's words: what to run, with which options, to put it right.
    var sentence: String {
        switch self {
        case .badCorpus(let path, let reason) where path.isEmpty:
            return "--corpus: \(reason)"
        case .otherCorpus(let index, let indexed, let given):
            return "the index at '\(index)' belongs to \(indexed), not \(given); run with --rebuild to build it from "
                + "\(given) instead, or give another --index"
        case .wouldRemoveMost(let index, let removing, let total, let corpus):
            return "\(removing) of the \(total) files in the index at '\(index)' are no longer in \(corpus), so nothing was "
                + "changed; if a disk is not mounted or the path is wrong, correct it, or run again with --prune to remove them"
        case .missingIndex(let path):
            return "no index at '\(path)': run 'xuncha index --index \(path)' first"
        case .foreignIndex(let path):
            return "'\(path)' holds files that are not a xuncha index, so xuncha neither reads nor writes there; give --index a new or empty folder"
        case .systemFolder:
            return description + "; give --index a folder of your own"
        case .damagedIndex(let path, let reason):
            return "the index at '\(path)' is damaged (\(reason)); run 'xuncha index --index \(path)' to rebuild it"
        case .strayCurrent(let path):
            return "'\(path)/current' is not the link xuncha keeps there; move it out of the index folder, then run 'xuncha index --index \(path)'"
        case .diskFull(_, _, .some):
            return description + ": free some space and run 'xuncha index' again"
        case .diskFull(_, _, nil):
            return description + ": free some space and run 'xuncha index' again to complete it"
        case .failedCheck(let path, let problem):
            return "the index at '\(path)' is damaged (\(problem)); run 'xuncha index --rebuild --index \(path)' to rebuild it"
        case .interruptedUpdate(let path):
            return "the index at '\(path)' was left half-updated by an interrupted 'xuncha index'; run 'xuncha index --index \(path)' to complete it"
        case .unreadableIndex(let path, _), .unreadableParagraph(let path):
            return description + "; run 'xuncha check --index \(path)' for details, or 'xuncha index --rebuild --index \(path)' to rebuild it"
        case .staleIndex(let path, let reason):
            return "the index at '\(path)' was built \(reason); run 'xuncha index --rebuild --index \(path)'"
        case .locked(let path):
            return "another 'xuncha index' is writing the index at '\(path)'; try again when it has finished"
        default:
            return description
        }
    }
}
