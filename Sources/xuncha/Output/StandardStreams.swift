import Foundation

/// stdout and stderr written with plain write(2), so that a failed write is an answer rather than a trap: a
/// reader that went away (a closed pipe) ends xuncha quietly, as it ends grep; any other failure (a full
/// disk, a closed stdout) is one sentence on stderr and exit status 2.
enum StandardStreams {
    /// Set when xuncha started with its stdout closed: the number is held by /dev/null (see `secure`), and
    /// anything written there would be lost, so writing is an error instead.
    nonisolated(unsafe) private static var outputWasClosed = false
    /// Whether stdout was a terminal when xuncha started (a pager started later takes its place), and its
    /// width in columns.
    nonisolated(unsafe) private(set) static var outputIsTerminal = false
    nonisolated(unsafe) private(set) static var outputColumns = 80

    /// Called first thing: a standard descriptor that was closed is filled with /dev/null, so that no file
    /// xuncha opens later (an index file) takes its number and receives what is printed.
    static func secure() {
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 {
            // open(2) returns the lowest free number, which is this one since those below it are open.
            let null = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if null >= 0 && null != descriptor {
                dup2(null, descriptor)
                close(null)
            }
            if descriptor == STDOUT_FILENO { outputWasClosed = true }
        }
        outputIsTerminal = isatty(STDOUT_FILENO) == 1
        var size = winsize()
        if outputIsTerminal && ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 {
            outputColumns = Int(size.ws_col)
        } else if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap({ Int($0) }), columns > 0 {
            outputColumns = columns
        }
    }

    /// Writes to stdout, or ends the process as described above.
    static func write(_ text: String) {
        guard !outputWasClosed else { failedOutput(EBADF) }
        if let failure = write(text, to: STDOUT_FILENO) { failedOutput(failure) }
    }

    /// Writes to stderr; a failure there has nowhere to be told and is ignored.
    static func writeError(_ text: String) {
        if Pager.hold(text) { return }
        _ = write(text, to: STDERR_FILENO)
    }

    /// The errno of a failed write, nil when every byte went out.
    private static func write(_ text: String, to descriptor: Int32) -> Int32? {
        var text = text
        return text.withUTF8 { bytes -> Int32? in
            var done = 0
            while done < bytes.count {
                let written = Glibc.write(descriptor, bytes.baseAddress! + done, bytes.count - done)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                done += written
            }
            return nil
        }
    }

    private static func failedOutput(_ failure: Int32) -> Never {
        if failure == EPIPE {
            // The reader has all it wanted (head, a pager that was quit): nothing to report.
            exit(Pager.isRunning ? 0 : 141)
        }
        let reason = failure == EBADF ? "standard output is closed" : String(cString: strerror(failure))
        writeError("xuncha: cannot write the results: \(reason)\n")
        exit(2)
    }
}

/// Messages for people on stderr; file names and queries in them are escaped like any output for people.
enum StandardError {
    static func line(_ text: String) {
        StandardStreams.writeError(TerminalText.escaped(text, keepingNewlines: true) + "\n")
    }
}
