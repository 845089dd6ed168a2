import Foundation

/// Looks at the index folder once a second, so that a commit made by `xuncha index` (or by this server) is
/// read by the next request, and the status can say when the index changed.
struct CommitFollower {
    let state: ServerState

    func run() async {
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 1_000_000_000)
            state.noticeIndexChanges()
        }
    }
}
