import Foundation
import XunchaIndex

/// A one-line progress bar on stderr: files, paragraphs, MB/s and time left. Redrawn at most ten times a second.
final class ProgressBar {
    private var lastDraw = 0.0
    private var drawn = false
    /// Set once xuncha is interrupted: the line is cleared and must not be drawn again.
    nonisolated(unsafe) private var silenced = false

    func silence() { silenced = true }

    func update(_ progress: IndexProgress) {
        guard !silenced else { return }
        let finished = progress.filesDone == progress.filesTotal
        guard finished || progress.elapsed - lastDraw >= 0.1 else { return }
        lastDraw = progress.elapsed
        let share = progress.bytesTotal > 0 ? Double(progress.bytesDone) / Double(progress.bytesTotal) : 1
        let width = 24
        let filled = Int((share * Double(width)).rounded(.down))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        let megabytesPerSecond = progress.elapsed > 0 ? Double(progress.bytesDone) / 1_048_576 / progress.elapsed : 0
        let remaining = share > 0 ? progress.elapsed * (1 - share) / share : 0
        let line = String(format: "\r%@ %3.0f%%  %d/%d files  %d paragraphs  %.1f MB/s  ETA %@ ",
                          bar, share * 100, progress.filesDone, progress.filesTotal, progress.paragraphs,
                          megabytesPerSecond, Self.duration(remaining))
        StandardStreams.writeError(line)
        drawn = true
    }

    func finish() {
        if drawn { StandardStreams.writeError("\r\u{1B}[K") }
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        return whole >= 60 ? "\(whole / 60)m\(whole % 60)s" : "\(whole)s"
    }
}
