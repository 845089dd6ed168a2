import Foundation
import XCTest

/// Three nodes, each serving the index of part of the sample corpus, searched with `--remote` as one: the
/// answers equal those of one local index of the whole corpus; a node that stops, hangs or comes back is
/// handled as the README says. Every server started here is stopped here.
final class RemoteIndexCLITests: XCTestCase {
    /// The sample's files as three nodes hold them.
    static let split = [["000_8d2eff55063ca2b4.txt", "003_37d7a444f6573249.txt"], ["001_8be801cd753d7ffb.txt"],
                        ["002_31241be4ef401e8a.txt"]]

    static let nodeIndexes: [String] = {
        let folder = CommandLine.temporaryFolder("nodes")
        return split.enumerated().map { number, files in
            let corpus = folder.appendingPathComponent("corpus-\(number)")
            try! FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
            for file in files {
                try! FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus/\(file)"),
                                                  to: corpus.appendingPathComponent(file))
            }
            let index = folder.appendingPathComponent("index-\(number)").path
            let result = try! CommandLine.run(["index", "--corpus", corpus.path, "--index", index])
            precondition(result.status == 0, result.stderr)
            return index
        }
    }()

    private var nodes: [ServedIndex] = []

    override func setUpWithError() throws {
        nodes = try Self.nodeIndexes.map { try ServedIndex(index: $0) }
    }

    override func tearDown() {
        nodes.forEach { $0.stop() }
        nodes = []
    }

    private var remotes: [String] { nodes.flatMap { ["--remote", $0.endpoint] } }

    private func whole(_ arguments: [String]) throws -> CommandLine.Result {
        try CommandLine.run(arguments + ["--index", CommandLine.sampleIndex])
    }

    /// JSON lines with the field naming the node taken out, to compare with the local index's.
    private func withoutOrigin(_ result: CommandLine.Result) throws -> [NSDictionary] {
        try result.json().map { line in
            var line = line
            line.removeValue(forKey: "index")
            return line as NSDictionary
        }
    }

    static let queries = ["整改", "公务用车", "三重一大 决策", "巡视 学校", "\"集体决策\"", "干部 -学校"]

    func testSearchOverThreeNodesEqualsTheWholeIndex() throws {
        for query in Self.queries {
            let local = try whole(["search", query, "--json", "--limit", "60"])
            let remote = try CommandLine.run(["search", query, "--json", "--limit", "60"] + remotes)
            XCTAssertEqual(remote.status, local.status, remote.stderr)
            XCTAssertFalse(local.lines.isEmpty, query)
            XCTAssertEqual(try withoutOrigin(remote), try withoutOrigin(local), query)
        }
    }

    func testHitsNameTheNodeTheyComeFrom() throws {
        let result = try CommandLine.run(["search", "整改", "--json", "--limit", "500"] + remotes)
        XCTAssertEqual(result.status, 0, result.stderr)
        for hit in try result.json() {
            let source = try XCTUnwrap(hit["source"] as? String)
            let node = try XCTUnwrap(Self.split.firstIndex { $0.contains(source) })
            XCTAssertEqual(hit["index"] as? String, nodes[node].endpoint, source)
        }
    }

    func testMeasuresNoticesAndShowOverThreeNodesEqualTheWholeIndex() throws {
        for query in ["公务用车", "三重一大", "整改 台账"] {
            let local = try whole(["measures", query, "--json"])
            XCTAssertEqual(try CommandLine.run(["measures", query, "--json"] + remotes).stdout, local.stdout, query)
        }
        XCTAssertEqual(try CommandLine.run(["notices", "--json"] + remotes).stdout, try whole(["notices", "--json"]).stdout)
        let ids = try whole(["search", "整改", "--json", "--limit", "8"]).json().compactMap { $0["id"] as? String }
        XCTAssertEqual(ids.count, 8)
        for id in ids {
            XCTAssertEqual(try CommandLine.run(["show", id, "--json"] + remotes).stdout, try whole(["show", id, "--json"]).stdout)
        }
    }

    func testAStoppedNodeFailsTheCommandOrIsLeftOutWhenAllowedAndIsPickedUpWhenBack() throws {
        nodes[1].stop()
        let started = Date()
        let failed = try CommandLine.run(["search", "整改", "--json"] + remotes)
        XCTAssertEqual(failed.status, 2)
        XCTAssertEqual(failed.stderr.split(separator: "\n").count, 1, failed.stderr)
        XCTAssertTrue(failed.stderr.contains(nodes[1].endpoint), failed.stderr)
        XCTAssertLessThan(Date().timeIntervalSince(started), 4)

        let partial = try CommandLine.run(["search", "整改", "--json", "--limit", "500", "--allow-partial"] + remotes)
        XCTAssertEqual(partial.status, 0, partial.stderr)
        XCTAssertTrue(partial.stderr.contains("warning") && partial.stderr.contains(nodes[1].endpoint), partial.stderr)
        let hits = try partial.json()
        XCTAssertFalse(hits.isEmpty)
        for hit in hits {
            XCTAssertEqual(hit["missing"] as? [String], [nodes[1].endpoint])
            XCTAssertNotEqual(hit["index"] as? String, nodes[1].endpoint)
        }

        try nodes[1].start()
        let back = try CommandLine.run(["search", "整改", "--json", "--limit", "60"] + remotes)
        XCTAssertEqual(try withoutOrigin(back), try withoutOrigin(try whole(["search", "整改", "--json", "--limit", "60"])))
    }

    func testANodeThatHangsFailsWithinTheTimeout() throws {
        let silent = SilentListener()
        let started = Date()
        let result = try CommandLine.run(["search", "整改", "--timeout", "1", "--remote", "127.0.0.1:\(silent.port)"] + remotes)
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stderr, "xuncha: the index served at 127.0.0.1:\(silent.port) did not answer in time\n")
        XCTAssertLessThan(Date().timeIntervalSince(started), 3)
    }

    func testServeIndexRefusesAnAddressBeyondLoopbackWithoutPublic() throws {
        let result = try CommandLine.run(["serve-index", "--index", Self.nodeIndexes[0], "--listen", "0.0.0.0:\(ServedIndex.freePort())"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("not a loopback address"), result.stderr)
    }

    func testServeIndexFollowsARebuild() throws {
        let folder = CommandLine.temporaryFolder("rebuilt")
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus/\(Self.split[1][0])"),
                                         to: corpus.appendingPathComponent(Self.split[1][0]))
        let index = folder.appendingPathComponent("index").path
        XCTAssertEqual(try CommandLine.run(["index", "--corpus", corpus.path, "--index", index]).status, 0)
        let node = try ServedIndex(index: index)
        defer { node.stop() }
        XCTAssertEqual(try CommandLine.run(["notices", "--json", "--remote", node.endpoint]).lines.count, 1)
        try FileManager.default.copyItem(at: CommandLine.root.appendingPathComponent("corpus/\(Self.split[0][0])"),
                                         to: corpus.appendingPathComponent(Self.split[0][0]))
        XCTAssertEqual(try CommandLine.run(["index", "--index", index, "--rebuild"]).status, 0)
        var count = 0
        for _ in 0..<40 where count != 2 {
            Thread.sleep(forTimeInterval: 0.25)
            count = try CommandLine.run(["notices", "--json", "--remote", node.endpoint]).lines.count
        }
        XCTAssertEqual(count, 2)
    }
}
