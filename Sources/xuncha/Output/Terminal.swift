import ArgumentParser
import Foundation

/// When to colour output: `auto` means only on a terminal and only when `NO_COLOR` is not set.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    var enabled: Bool {
        switch self {
        case .always: return true
        case .never: return false
        case .auto:
            let environment = ProcessInfo.processInfo.environment
            if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
            if environment["TERM"] == "dumb" { return false }
            return StandardStreams.outputIsTerminal
        }
    }
}

/// ANSI styles in the spirit of ripgrep: magenta paths, green line numbers, bold red matches. Every text
/// passed in is made terminal-safe first (see `TerminalText`), styled or not, so the only escape sequences
/// human output holds are these styles.
struct Style {
    let enabled: Bool

    func path(_ text: String) -> String { wrap(text, "35") }
    func lineNumber(_ text: String) -> String { wrap(text, "32") }
    func match(_ text: String) -> String { wrap(text, "1;31") }
    func dim(_ text: String) -> String { wrap(text, "2") }
    func bold(_ text: String) -> String { wrap(text, "1") }
    /// Unstyled text from the corpus or the file system.
    func plain(_ text: String) -> String { TerminalText.escaped(text) }

    private func wrap(_ text: String, _ code: String) -> String {
        let text = TerminalText.escaped(text)
        return enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

/// Buffered standard output: one write per screenful rather than per line. On a terminal, results for people
/// are wrapped to its width keeping each line's indent, and long output goes through the pager.
struct Output {
    private var buffer = ""
    private var wrapper: LineWrapper?
    private var pages = false

    /// Plain output, as `index` prints its summary.
    init() {}

    /// Output of results, shaped by `--json` and `--no-pager`.
    init(for options: OutputOptions) {
        let terminal = StandardStreams.outputIsTerminal
        pages = terminal && !options.noPager
        wrapper = terminal && !options.json ? LineWrapper(columns: StandardStreams.outputColumns) : nil
    }

    mutating func line(_ text: String = "") {
        if let wrapper {
            for piece in wrapper.wrap(text) { buffer += piece; buffer += "\n" }
        } else {
            buffer += text
            buffer += "\n"
        }
        if buffer.utf8.count > 1 << 16 { flush() }
    }

    mutating func flush() {
        guard !buffer.isEmpty else { return }
        if pages { Pager.start() }
        StandardStreams.write(buffer)
        buffer = ""
    }
}
