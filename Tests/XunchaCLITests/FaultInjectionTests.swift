import Foundation
import XCTest

/// The fault-injection suite: randomised trials in eight groups, each ending on the same invariants (see
/// `FaultInjection`): nothing lost (every phrase finds what grep finds after a recovery run), no trap (exit
/// status 0 to 3), one sentence per message, no file xuncha did not write deleted or changed. One trial per
/// group in CI; `XUNCHA_FAULT_TRIALS=40 XUNCHA_BINARY=.build/release/xuncha` for the long run recorded in
/// docs/reliability.md. A failure names its trial; `XUNCHA_FAULT_SEED` replays the run.
final class FaultInjectionTests: XCTestCase {
    private var random = SeededRandom(FaultInjection.seed)

    override func setUp() {
        // Each group draws its own sequence from the seed, so one group replays without the others.
        random = SeededRandom(FaultInjection.seed &+ name.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) })
        _ = FaultInjection.pristine
    }

    private func trials(_ group: String, _ body: (String, TrialLog) throws -> Void) rethrows {
        let log = TrialLog(group)
        for trial in 1...FaultInjection.trials {
            try body("\(group) #\(trial) (seed \(FaultInjection.seed))", log)
        }
        log.print(trials: FaultInjection.trials)
    }

    private func shardFiles(_ index: URL) throws -> [URL] {
        let generation = index.appendingPathComponent("current").resolvingSymlinksInPath()
        return try FileManager.default.contentsOfDirectory(atPath: generation.path).filter { $0.hasPrefix("shard-") }.sorted()
            .flatMap { shard in
                try FileManager.default.contentsOfDirectory(atPath: generation.appendingPathComponent(shard).path).sorted()
                    .map { generation.appendingPathComponent(shard).appendingPathComponent($0) }
            }
    }

    /// New files for `xuncha index` to work on for a second or two: copies of the corpus's under other names.
    private func addWork(to workspace: FaultInjection.Workspace) throws {
        for name in SmallDisk.smallFiles {
            for copy in 1...2 {
                try FileManager.default.copyItem(at: workspace.corpus.appendingPathComponent(name),
                                                 to: workspace.corpus.appendingPathComponent("copy\(copy)-\(name)"))
            }
        }
    }

    // MARK: - Corrupted index files

    func testCorruptedIndexFiles() throws {
        try trials("corrupted index files") { trial, log in
            let workspace = try FaultInjection.Workspace("corrupt")
            defer { workspace.remove() }
            let files = try shardFiles(workspace.index)
            let victim = files.randomElement(using: &self.random)!
            var data = try Data(contentsOf: victim)
            let damage = ["truncate", "zero", "flip", "remove file", "remove shard"].randomElement(using: &self.random)!
            switch damage {
            case "truncate": data = data.prefix(Int.random(in: 0...max(0, data.count - 1), using: &self.random))
            case "zero", "flip":
                if !data.isEmpty {
                    let start = Int.random(in: 0..<data.count, using: &self.random)
                    for i in start..<min(data.count, start + Int.random(in: 1...64, using: &self.random)) {
                        data[i] = damage == "zero" ? 0 : data[i] ^ UInt8.random(in: 1...255, using: &self.random)
                    }
                }
            default: break
            }
            switch damage {
            case "remove file": try FileManager.default.removeItem(at: victim)
            case "remove shard": try FileManager.default.removeItem(at: victim.deletingLastPathComponent())
            default: try data.write(to: victim)
            }
            let what = "\(trial): \(damage) \(victim.deletingLastPathComponent().lastPathComponent)/\(victim.lastPathComponent)"

            // Each answer is either the clean one or one sentence with a non-zero status; a different answer with
            // status 0 must at least be found by the check.
            var wrong = false, refused = false
            for phrase in FaultInjection.phrases {
                let result = try CommandLine.run(["search", "--index", workspace.index.path, "--json", "--limit", "100000", "\"\(phrase)\""])
                FaultInjection.assertWellBehaved(what, result)
                if result.status == 0 {
                    let found = Set(try result.json().compactMap { "\($0["source"] ?? ""):\($0["line"] ?? "")" })
                    if found != (try FaultInjection.grep(phrase, in: workspace.corpus)) { wrong = true }
                } else {
                    refused = true
                }
            }
            let check = try CommandLine.run(["check", "--index", workspace.index.path])
            FaultInjection.assertWellBehaved(what + " (check)", check)
            if wrong { XCTAssertEqual(check.status, 2, "\(what): a wrong answer that the check does not find") }
            log.record(wrong ? "wrong answers found by the check" : refused ? "refused with a sentence" : "answered as before")
            try FaultInjection.recover(what, workspace)
            workspace.assertForeignFilesKept(what)
        }
    }

    // MARK: - A full disk

    func testFullDisk() throws {
        try trials("full disk") { trial, log in
            let disk = try SmallDisk("fault-disk", megabytes: 16)
            defer { disk.unmount() }
            let workspace = try FaultInjection.Workspace("disk", copyIndex: false)
            defer { workspace.remove() }
            let index = disk.folder.appendingPathComponent("index")
            let update = Bool.random(using: &self.random)
            if update {
                let built = try CommandLine.run(["index", "--corpus", workspace.corpus.path, "--index", index.path])
                XCTAssertEqual(built.status, 0, built.stderr)
                try addWork(to: workspace)
            }
            let room = Int.random(in: 16...1024, using: &self.random) << 10
            let filler = try disk.fill(leaving: room)
            let what = "\(trial): \(update ? "update" : "first build") with \(room >> 10) KB free"
            let full = try CommandLine.run(["index", "--corpus", workspace.corpus.path, "--index", index.path])
            FaultInjection.assertWellBehaved(what, full, allowed: [0, 2])
            if full.status == 2 {
                XCTAssertTrue(full.stderr.contains("full") || full.stderr.contains("room") || full.stderr.contains("space"), "\(what): \(full.stderr)")
                let generations = (try? FileManager.default.contentsOfDirectory(atPath: index.path))?.filter { $0.hasPrefix("db-") } ?? []
                XCTAssertLessThanOrEqual(generations.count, update ? 1 : 0, "\(what): the unfinished generation is removed: \(generations)")
            }
            log.record(full.status == 0 ? "fitted" : "refused with a sentence, nothing left behind")
            try FileManager.default.removeItem(at: filler)
            let again = try CommandLine.run(["index", "--corpus", workspace.corpus.path, "--index", index.path])
            XCTAssertEqual(again.status, 0, "\(what): the next run once there is room: \(again.stderr)")
            try FaultInjection.assertSameAsGrep(what, index: index, corpus: workspace.corpus)
            workspace.assertForeignFilesKept(what)
        }
    }

    // MARK: - Concurrent writers and readers

    func testConcurrentWritersAndReaders() throws {
        try trials("concurrent writers and readers") { trial, log in
            let workspace = try FaultInjection.Workspace("concurrent")
            defer { workspace.remove() }
            let expected = try FaultInjection.grep("整改", in: workspace.corpus)
            let writers = try (0..<Int.random(in: 1...3, using: &self.random)).map { _ in
                try CommandLine.start(["index", "--index", workspace.index.path] + (Bool.random(using: &self.random) ? ["--rebuild"] : []))
            }
            var reads = 0
            repeat {
                let (status, found, stderr) = try FaultInjection.search("整改", index: workspace.index)
                XCTAssertEqual(status, 0, "\(trial): a reader during a rebuild: \(stderr)")
                XCTAssertEqual(found, expected, "\(trial): a reader saw a partial index")
                reads += 1
            } while writers.contains { $0.0.isRunning } || reads < 3
            var statuses: [Int32] = []
            for (process, err) in writers {
                let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                statuses.append(process.terminationStatus)
                FaultInjection.assertWellBehaved(trial, CommandLine.Result(status: process.terminationStatus, stdout: "", stderr: stderr), allowed: [0, 2])
            }
            XCTAssertTrue(statuses.contains(0), "\(trial): one writer at least completes")
            log.record("\(writers.count) writers (\(statuses.filter { $0 != 0 }.count) turned away), \(reads) reads, all complete")
            try FaultInjection.assertSameAsGrep(trial, index: workspace.index, corpus: workspace.corpus)
            workspace.assertForeignFilesKept(trial)
        }
    }

    // MARK: - Files changing under the indexer

    func testFilesChangingUnderTheIndexer() throws {
        try trials("files changing under the indexer") { trial, log in
            let workspace = try FaultInjection.Workspace("changing")
            defer { workspace.remove() }
            try addWork(to: workspace)
            let (process, err) = try CommandLine.start(["index", "--index", workspace.index.path, "--commit-every", "1"])
            Thread.sleep(forTimeInterval: Double.random(in: 0...1, using: &self.random))
            let names = try FileManager.default.contentsOfDirectory(atPath: workspace.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
            var changes: [String] = []
            for _ in 0..<Int.random(in: 1...4, using: &self.random) {
                let name = names.randomElement(using: &self.random)!
                let url = workspace.corpus.appendingPathComponent(name)
                // A file deleted by an earlier change of this trial is left alone.
                guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
                let lines = text.components(separatedBy: "\n")
                switch Int.random(in: 0..<5, using: &self.random) {
                case 0:  // lines of another notice appended
                    guard let other = try? String(contentsOf: workspace.corpus.appendingPathComponent(names.randomElement(using: &self.random)!),
                                                  encoding: .utf8),
                          let handle = try? FileHandle(forWritingTo: url) else { continue }
                    try handle.seekToEnd()
                    try handle.write(contentsOf: Data(("\n" + other.components(separatedBy: "\n").prefix(40).joined(separator: "\n")).utf8))
                    try handle.close()
                    changes.append("appended to \(name)")
                case 1:  // cut at a line
                    try lines.prefix(Int.random(in: 0...lines.count, using: &self.random)).joined(separator: "\n").write(to: url, atomically: false, encoding: .utf8)
                    changes.append("truncated \(name)")
                case 2:
                    guard (try? FileManager.default.removeItem(at: url)) != nil else { continue }
                    changes.append("deleted \(name)")
                case 3:  // replaced by another file, renamed over it
                    let other = workspace.corpus.appendingPathComponent(names.randomElement(using: &self.random)!)
                    let temporary = workspace.folder.appendingPathComponent("replacement")
                    if let data = try? Data(contentsOf: other) { try data.write(to: temporary) }
                    if rename(temporary.path, url.path) == 0 { changes.append("replaced \(name)") }
                default:  // the same size, its time set back
                    guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else { continue }
                    try String(text.reversed()).write(to: url, atomically: false, encoding: .utf8)
                    try FileManager.default.setAttributes([.modificationDate: attributes[.modificationDate]!], ofItemAtPath: url.path)
                    changes.append("reversed \(name) with its time set back")
                }
                Thread.sleep(forTimeInterval: Double.random(in: 0...0.3, using: &self.random))
            }
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let what = "\(trial): \(changes.joined(separator: ", "))"
            FaultInjection.assertWellBehaved(what, CommandLine.Result(status: process.terminationStatus, stdout: "", stderr: stderr))
            // One more run converges on the corpus as it now is.
            let again = try CommandLine.run(["index", "--index", workspace.index.path])
            FaultInjection.assertWellBehaved(what + " (the next run)", again, allowed: [0, 3])
            try FaultInjection.assertSameAsGrep(what + "; the run during the changes: exit \(process.terminationStatus) \(stderr); "
                                                + "the next: exit \(again.status) \(again.stdout) \(again.stderr)",
                                                index: workspace.index, corpus: workspace.corpus)
            log.record("converged after one more run")
            workspace.assertForeignFilesKept(what)
        }
    }

    // MARK: - Hostile corpus entries

    func testHostileCorpusEntries() throws {
        try trials("hostile corpus entries") { trial, log in
            let workspace = try FaultInjection.Workspace("hostile-corpus")
            defer { workspace.remove() }
            let corpus = workspace.corpus
            let entries: [(String, () throws -> Void)] = [
                ("a FIFO", { _ = mkfifo(corpus.appendingPathComponent("pipe.txt").path, 0o644) }),
                ("a link loop", {
                    try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("loop-a").path, withDestinationPath: "loop-b")
                    try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("loop-b").path, withDestinationPath: "loop-a")
                }),
                ("a link to /etc/passwd", {
                    try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("passwd.txt").path, withDestinationPath: "/etc/passwd")
                }),
                ("a link to /proc", {
                    try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("proc").path, withDestinationPath: "/proc")
                }),
                ("a dangling link", {
                    try FileManager.default.createSymbolicLink(atPath: corpus.appendingPathComponent("gone.txt").path, withDestinationPath: "nowhere.txt")
                }),
                ("a binary file", { try Data((0..<4096).map { UInt8($0 % 256) }).write(to: corpus.appendingPathComponent("image.txt")) }),
                ("an empty file", { try Data().write(to: corpus.appendingPathComponent("empty.txt")) }),
                ("a line of 300 KB", { try Data(String(repeating: "长", count: 100_000).utf8).write(to: corpus.appendingPathComponent("long.txt")) }),
                ("a 238-byte name", { try Data("长名文件".utf8).write(to: corpus.appendingPathComponent(String(repeating: "名", count: 75) + ".txt")) }),
                ("a name that is not UTF-8", {
                    let path = Array((corpus.path + "/b").utf8) + [0xFF, 0xFE] + Array(".txt".utf8) + [0]
                    let fd = path.withUnsafeBufferPointer {
                        $0.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
                    }
                    if fd >= 0 { close(fd) }
                }),
                ("control characters in a name and a text", {
                    try Data("\u{1B}]0;retitled\u{07}警示\u{1B}[2J内容".utf8).write(to: corpus.appendingPathComponent("esc-\u{1B}[31m-\n.txt"))
                }),
                ("a GB18030 file cut inside a character", { try Data([0xD5, 0xFB, 0xB8, 0xC4, 0xD5]).write(to: corpus.appendingPathComponent("gbk.txt")) }),
            ]
            let chosen = entries.shuffled(using: &self.random).prefix(Int.random(in: 2...5, using: &self.random))
            for (_, make) in chosen { try make() }
            let what = "\(trial): " + chosen.map(\.0).joined(separator: ", ")
            let indexed = try CommandLine.run(["index", "--index", workspace.index.path])
            FaultInjection.assertWellBehaved(what, indexed, allowed: [0, 3])
            let shown = try CommandLine.run(["search", "--index", workspace.index.path, "--color", "never", "警示 长名文件 坏名"])
            FaultInjection.assertWellBehaved(what + " (search)", shown, allowed: [0, 1])
            XCTAssertFalse(shown.stdout.contains("\u{1B}") || shown.stdout.contains("\u{07}"), "\(what): raw control characters printed")
            XCTAssertFalse(shown.stdout.contains("root:"), "\(what): /etc/passwd indexed")
            log.record("indexed with exit \(indexed.status)")
            try FaultInjection.assertSameAsGrep(what, index: workspace.index, corpus: workspace.corpus)
            workspace.assertForeignFilesKept(what)
        }
    }

    // MARK: - Hostile arguments and queries

    func testHostileArgumentsAndQueries() throws {
        try trials("hostile arguments and queries") { trial, log in
            let index = FaultInjection.pristine.index.path
            let numbers = ["0", "-1", "9223372036854775807", "9223372036854775808", "4294967296", "-9223372036854775808",
                           "1e9", "0x10", "", " 5", "٣", "5.5"]
            let pieces = ["三重一大", "\"", "(", ")", "OR", "AND", "NOT", "-", "&&", "||", "“", "（", "\u{202E}", "\u{1B}[2J", "*", "\\",
                          "整改", "a", " ", "x", String(repeating: "(", count: 500)]
            func query() -> String {
                (0..<Int.random(in: 1...40, using: &self.random)).map { _ in pieces.randomElement(using: &self.random)! }.joined(separator: " ")
            }
            let commands: [() -> [String]] = [
                { ["search", query(), "--index", index, "--limit", numbers.randomElement(using: &self.random)!] },
                { ["search", query(), "--index", index, "--offset", numbers.randomElement(using: &self.random)!] },
                { ["measures", query(), "--index", index, "--limit", numbers.randomElement(using: &self.random)!] },
                { ["search", query(), "--index", index, "--year", numbers.randomElement(using: &self.random)!] },
                { ["search", query(), "--index", index, "--from", ["2021-13-45", "2021-02-30", "-1", "99999-01-01", ""].randomElement(using: &self.random)!] },
                { ["show", ["../../etc/passwd:1", "/etc/passwd:1", ":", "x:-1", "x:99999999999999999999", "\u{1B}:1"].randomElement(using: &self.random)!, "--index", index] },
                { ["similar", ["002.txt:0", "abc", "", "000_8d2eff55063ca2b4.txt:1"].randomElement(using: &self.random)!, "--index", index] },
                { ["search", String(repeating: "三重一大 OR ", count: Int.random(in: 100...3000, using: &self.random)) + "整改", "--index", index] },
                { ["search", "三重一大", "--index", ["/", "/proc/self", "", "/etc", "\u{1B}idx"].randomElement(using: &self.random)!] },
                { ["index", "--corpus", ["", "/", "/proc", "/dev"].randomElement(using: &self.random)!, "--index", index] },
                { ["search", "--" + ["limit", "bogus", "color", "role"].randomElement(using: &self.random)!, query(), "--index", index] },
                { ["notices", "--index", index, "--agency", query(), "--region", query()] },
            ]
            for _ in 0..<8 {
                let arguments = commands.randomElement(using: &self.random)!()
                let started = Date()
                let result = try CommandLine.run(arguments)
                let what = "\(trial): xuncha \(arguments.map { $0.count > 60 ? String($0.prefix(60)) + "…" : $0 }.joined(separator: " "))"
                FaultInjection.assertWellBehaved(what, result, allowed: [0, 1, 2])
                XCTAssertLessThan(Date().timeIntervalSince(started), 20, "\(what): took too long")
                log.record("exit \(result.status)")
            }
            try FaultInjection.assertSameAsGrep(trial, index: FaultInjection.pristine.index, corpus: FaultInjection.pristine.corpus)
        }
    }

    // MARK: - Signals at random moments

    func testSignalsAtRandomMoments() throws {
        try trials("signals") { trial, log in
            let workspace = try FaultInjection.Workspace("signals")
            defer { workspace.remove() }
            try addWork(to: workspace)
            let rebuild = Bool.random(using: &self.random)
            let (process, err) = try CommandLine.start(["index", "--index", workspace.index.path, "--commit-every", "1"] + (rebuild ? ["--rebuild"] : []))
            let delay = Double.random(in: 0...1.5, using: &self.random)
            let signal = [SIGINT, SIGTERM, SIGKILL, SIGHUP].randomElement(using: &self.random)!
            Thread.sleep(forTimeInterval: delay)
            kill(process.processIdentifier, signal)
            let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            let what = "\(trial): signal \(signal) after \(String(format: "%.2f", delay)) s of \(rebuild ? "a rebuild" : "an update")"
            if process.terminationReason == .exit {
                XCTAssertTrue([0, 130, 143, 129].contains(process.terminationStatus), "\(what): exit \(process.terminationStatus): \(stderr)")
                FaultInjection.assertSentences(what, stderr)
            }
            // What the index holds now is its last commit: it answers, or says in a sentence why not.
            let (status, _, searchErr) = try FaultInjection.search("整改", index: workspace.index)
            XCTAssertTrue([0, 2].contains(status), "\(what): \(searchErr)")
            log.record(process.terminationReason == .exit ? "ended with \(process.terminationStatus)" : "killed")
            try FaultInjection.recover(what, workspace)
            workspace.assertForeignFilesKept(what)
        }
    }

    // MARK: - Permissions

    func testPermissions() throws {
        guard let prefix = OrdinaryUser.prefix, !prefix.isEmpty else { throw XCTSkip("needs root, to run xuncha as another user") }
        let binary = try OrdinaryUser.binaryCopy("fault-products")
        try trials("permissions") { trial, log in
            let workspace = try FaultInjection.Workspace("permissions")
            defer { workspace.remove() }
            XCTAssertEqual(try SmallDisk.system("/bin/chown", ["-R", "65534:65534", workspace.folder.path]), 0)
            let generation = workspace.index.appendingPathComponent("current").resolvingSymlinksInPath()
            let names = try FileManager.default.contentsOfDirectory(atPath: workspace.corpus.path).filter { $0.hasSuffix(".txt") }.sorted()
            let faults: [(String, URL, mode_t)] = [
                ("a corpus file unreadable", workspace.corpus.appendingPathComponent(names.randomElement(using: &self.random)!), 0),
                ("the corpus folder unlistable", workspace.corpus, 0),
                ("the index folder read-only", workspace.index, 0o555),
                ("the lock file unwritable", workspace.index.appendingPathComponent("lock"), 0o444),
                ("a shard unreadable", generation.appendingPathComponent("shard-\(Int.random(in: 0...1, using: &self.random))"), 0),
                ("the generation read-only", generation, 0o555),
            ]
            let (fault, url, mode) = faults.randomElement(using: &self.random)!
            var status = stat()
            stat(url.path, &status)
            chmod(url.path, mode)
            let what = "\(trial): \(fault)"
            for arguments in [["index", "--index", workspace.index.path], ["search", "--index", workspace.index.path, "整改"],
                              ["check", "--index", workspace.index.path]] {
                let result = try OrdinaryUser.run(prefix, binary, arguments)
                FaultInjection.assertWellBehaved(what + " (\(arguments[0]))", result)
                log.record("\(arguments[0]) exit \(result.status)")
            }
            chmod(url.path, status.st_mode & 0o7777)
            let again = try OrdinaryUser.run(prefix, binary, ["index", "--index", workspace.index.path])
            XCTAssertEqual(again.status, 0, "\(what): once the permissions are back: \(again.stderr)")
            try FaultInjection.assertSameAsGrep(what, index: workspace.index, corpus: workspace.corpus, prefix: prefix, binary: binary)
            workspace.assertForeignFilesKept(what)
        }
    }
}
