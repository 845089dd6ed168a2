import Foundation
import XCTest

/// The trials of the fault-injection suite: a seeded random source, the sample's small corpus with its clean
/// index to start each trial from, and the invariants every trial ends on. `XUNCHA_FAULT_TRIALS` sets the trials
/// per group (1 by default, for CI), `XUNCHA_FAULT_SEED` replays a run (every run prints its seed), and
/// `XUNCHA_BINARY` runs a release build.
enum FaultInjection {
    static let trials = ProcessInfo.processInfo.environment["XUNCHA_FAULT_TRIALS"].flatMap(Int.init) ?? 1
    static let seed: UInt64 = ProcessInfo.processInfo.environment["XUNCHA_FAULT_SEED"].flatMap(UInt64.init)
        ?? UInt64.random(in: 1...999_999)

    /// Phrases whose paragraphs the index must give exactly as `grep -F` finds their lines.
    static let phrases = ["整改", "党组", "制度"]

    /// The small corpus and a clean index of it, made once, for the trials that only read.
    static let pristine: (corpus: URL, index: URL) = {
        let folder = CommandLine.temporaryFolder("fault-pristine")
        let corpus = try! SmallDisk.smallCorpus(in: folder)
        let index = folder.appendingPathComponent("index")
        let built = try! CommandLine.run(["index", "--corpus", corpus.path, "--index", index.path])
        precondition(built.status == 0, built.stderr)
        return (corpus, index)
    }()

    /// One trial's own copy of the corpus and the index, with files xuncha did not write beside and inside them.
    struct Workspace {
        let folder: URL
        let corpus: URL
        let index: URL
        let foreign: [URL: Data]

        init(_ name: String, copyIndex: Bool = true) throws {
            folder = CommandLine.temporaryFolder("fault-\(name)")
            chmod(folder.path, 0o755)
            corpus = folder.appendingPathComponent("corpus")
            index = folder.appendingPathComponent("index")
            try FileManager.default.copyItem(at: FaultInjection.pristine.corpus, to: corpus)
            if copyIndex {
                // Built, not copied: an index remembers the folder it was built from.
                let built = try CommandLine.run(["index", "--corpus", corpus.path, "--index", index.path])
                XCTAssertEqual(built.status, 0, built.stderr)
            }
            var foreign: [URL: Data] = [:]
            var places = [folder.appendingPathComponent("notes.txt"), corpus.appendingPathComponent("keep.dat")]
            if copyIndex { places.append(index.appendingPathComponent("db-mine.sqlite")) }
            for place in places {
                let data = Data("not xuncha's: \(place.lastPathComponent)".utf8)
                try data.write(to: place)
                foreign[place] = data
            }
            self.foreign = foreign
        }

        /// Every file xuncha did not write is still there, unchanged.
        func assertForeignFilesKept(_ trial: String, file: StaticString = #filePath, line: UInt = #line) {
            for (url, data) in foreign {
                XCTAssertEqual(try? Data(contentsOf: url), data, "\(trial): \(url.path) was changed or deleted", file: file, line: line)
            }
        }

        func remove() {
            _ = try? SmallDisk.system("/bin/chmod", ["-R", "u+rwX", folder.path])
            try? FileManager.default.removeItem(at: folder)
        }
    }

    /// `grep -F` over the corpus's notice files: the lines holding the phrase, as `source:line`.
    static func grep(_ phrase: String, in corpus: URL) throws -> Set<String> {
        let result = try CommandLine.runProgram("/usr/bin/env", ["grep", "-n", "-F", "-r", "--include=*.txt", "--", phrase, "."],
                                                in: corpus)
        return Set(result.lines.map { line in
            let parts = line.split(separator: ":", maxSplits: 2)
            return String(parts[0].dropFirst(2)) + ":" + parts[1]
        })
    }

    /// The paragraphs an exact phrase finds, as `source:line`, and the status of the search.
    static func search(_ phrase: String, index: URL, prefix: [String] = [], binary: URL? = nil) throws -> (Int32, Set<String>, String) {
        let arguments = ["search", "--index", index.path, "--json", "--limit", "100000", "\"\(phrase)\""]
        let result = try binary.map { try OrdinaryUser.run(prefix, $0, arguments) } ?? CommandLine.run(arguments)
        let found = Set(try result.json().compactMap { hit -> String? in
            guard let source = hit["source"] as? String, let line = hit["line"] as? Int else { return nil }
            return "\(source):\(line)"
        })
        return (result.status, found, result.stderr)
    }

    /// Nothing lost: every phrase finds exactly the lines grep finds in the corpus.
    static func assertSameAsGrep(_ trial: String, index: URL, corpus: URL, prefix: [String] = [], binary: URL? = nil,
                                 file: StaticString = #filePath, line: UInt = #line) throws {
        for phrase in phrases {
            let (status, found, stderr) = try search(phrase, index: index, prefix: prefix, binary: binary)
            XCTAssertEqual(status, 0, "\(trial): \(phrase): \(stderr)", file: file, line: line)
            let expected = try grep(phrase, in: corpus)
            XCTAssertEqual(found, expected, "\(trial): \"\(phrase)\" finds \(found.count) paragraphs, grep \(expected.count) lines: "
                           + "missing \(expected.subtracting(found).sorted().prefix(5)), extra \(found.subtracting(expected).sorted().prefix(5))",
                           file: file, line: line)
        }
    }

    /// No trap and no dump: an exit status xuncha gives, and every line on stderr one sentence of its own.
    static func assertWellBehaved(_ trial: String, _ result: CommandLine.Result, allowed: Set<Int32> = [0, 1, 2, 3],
                                  file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(allowed.contains(result.status), "\(trial): exit \(result.status): \(result.stderr)", file: file, line: line)
        assertSentences(trial, result.stderr, file: file, line: line)
        if result.status == 2 {
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "\(trial): one sentence: \(result.stderr)", file: file, line: line)
        }
    }

    static func assertSentences(_ trial: String, _ stderr: String, file: StaticString = #filePath, line: UInt = #line) {
        for said in stderr.split(separator: "\n") {
            let text = said.replacingOccurrences(of: "\r\u{1B}[K", with: "").replacingOccurrences(of: "^C", with: "")
            // A search says how many hits there are beyond those shown: "(20 of 26 hits; --limit shows more)".
            XCTAssertTrue(text.hasPrefix("xuncha: ") || text.hasPrefix("(") && text.contains(" hits"), "\(trial): \(said)",
                          file: file, line: line)
            for dump in ["Fatal error", "NSCocoaErrorDomain", "Error Domain=", "Backtrace", "Stack dump"] where text.contains(dump) {
                XCTFail("\(trial): \(dump) on stderr: \(said)", file: file, line: line)
            }
            // Xapian's own words may follow in brackets, in a sentence that says what to do.
            if text.contains("DatabaseError") || text.contains("CorruptError") {
                XCTAssertTrue(text.contains("xuncha check") || text.contains("--rebuild"), "\(trial): \(said)", file: file, line: line)
            }
        }
    }

    /// Brings a trial's index back: `xuncha index`, then `--rebuild` when the check still finds damage.
    static func recover(_ trial: String, _ workspace: Workspace, file: StaticString = #filePath, line: UInt = #line) throws {
        let update = try CommandLine.run(["index", "--index", workspace.index.path, "--corpus", workspace.corpus.path])
        assertWellBehaved(trial + " (recovery)", update, file: file, line: line)
        if try CommandLine.run(["check", "--index", workspace.index.path]).status != 0 || update.status == 2 {
            let rebuilt = try CommandLine.run(["index", "--index", workspace.index.path, "--corpus", workspace.corpus.path, "--rebuild"])
            XCTAssertEqual(rebuilt.status, 0, "\(trial): the rebuild: \(rebuilt.stderr)", file: file, line: line)
        }
        try assertSameAsGrep(trial + " (after recovery)", index: workspace.index, corpus: workspace.corpus, file: file, line: line)
    }
}

/// A small fast random source (SplitMix64) that a printed seed replays.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64
    init(_ seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// What happened in the trials of one group, printed at the end and recorded in docs/reliability.md.
final class TrialLog {
    let group: String
    private var outcomes: [String: Int] = [:]
    init(_ group: String) { self.group = group }
    func record(_ outcome: String) { outcomes[outcome, default: 0] += 1 }
    func print(trials: Int) {
        let list = outcomes.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: "; ")
        Swift.print("fault-injection \(group): \(trials) trials, seed \(FaultInjection.seed): \(list)")
    }
}
