import Foundation

/// Long output on a terminal goes through a pager, as git's does: `$PAGER`, else `less -RFX` (colours kept,
/// quits at once when the output fits on one screen, leaves it on the screen). Never when stdout is not a
/// terminal, never with `--no-pager`, and not when `$PAGER` is empty or `cat`.
enum Pager {
    nonisolated(unsafe) private static var pager: pid_t = 0
    /// Lines for stderr written while the pager shows the output: told after it quits, not over its screen.
    nonisolated(unsafe) private static var heldMessages = ""

    static var isRunning: Bool { pager != 0 }

    /// Starts the pager and points stdout at it; does nothing if there is no pager to start.
    static func start() {
        guard !isRunning, let command = command() else { return }
        var ends: [Int32] = [0, 0]
        guard pipe(&ends) == 0 else { return }
        var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, ends[0], STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, ends[0])
        posix_spawn_file_actions_addclose(&actions, ends[1])
        var environment = ProcessInfo.processInfo.environment
        if environment["LESS"] == nil { environment["LESS"] = "FRX" }
        let arguments = ["/bin/sh", "-c", command]
        var argv = arguments.map { strdup($0) } + [nil]
        var envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var process: pid_t = 0
        let spawned = posix_spawn(&process, "/bin/sh", &actions, nil, &argv, &envp)
        close(ends[0])
        guard spawned == 0 else { close(ends[1]); return }
        dup2(ends[1], STDOUT_FILENO)
        close(ends[1])
        pager = process
        // Ctrl-C is for the pager now (less uses it to stop a search); xuncha ends when the pager quits.
        signal(SIGINT, SIG_IGN)
        atexit { Pager.finish() }
    }

    /// Ends the output and waits for the pager to quit, then tells what was held for stderr.
    static func finish() {
        guard isRunning else { return }
        close(STDOUT_FILENO)
        var status: Int32 = 0
        while waitpid(pager, &status, 0) == -1 && errno == EINTR {}
        pager = 0
        if !heldMessages.isEmpty { StandardStreams.writeError(heldMessages) }
        heldMessages = ""
    }

    /// Returns false when the message can be written to stderr now.
    static func hold(_ message: String) -> Bool {
        guard isRunning else { return false }
        heldMessages += message
        return true
    }

    /// The shell command to page with, or nil for none.
    private static func command() -> String? {
        let environment = ProcessInfo.processInfo.environment
        if let chosen = environment["PAGER"] {
            let trimmed = chosen.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
        }
        let path = environment["PATH"] ?? "/usr/bin:/bin"
        let hasLess = path.split(separator: ":").contains { access("\($0)/less", X_OK) == 0 }
        return hasLess ? "less -RFX" : nil
    }
}
