import Foundation

/// Looks at the index folder once a second, so that the status can say when the index changed, whoever
/// committed (`xuncha index`, this server's re-index or watcher).
struct CommitFollower {
    let state: ServerState

    func run() async {
        await state.lookAtFirstCommit()
        while !Task.isCancelled {
            try? await Task.sleep(nanoseconds: 1_000_000_000)
            await state.noticeIndexChanges()
        }
    }
}
