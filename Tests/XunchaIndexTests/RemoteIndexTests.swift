import Foundation
import XCTest
@testable import XunchaIndex

/// Served indexes (real xapian-tcpsrv on loopback) combined with a local one rank exactly as one index of
/// everything: Xapian gathers the statistics of all before weighing.
final class RemoteIndexTests: XCTestCase {
    static let split = [["000_8d2eff55063ca2b4.txt", "003_37d7a444f6573249.txt"], ["001_8be801cd753d7ffb.txt"],
                        ["002_31241be4ef401e8a.txt"]]

    /// One index per part of the split.
    static let nodes: [IndexDirectory] = split.enumerated().map { number, files in
        let folder = SampleCorpus.temporaryFolder("node-\(number)")
        let corpus = folder.appendingPathComponent("corpus")
        try! FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for file in files {
            try! FileManager.default.copyItem(at: SampleCorpus.corpus.appendingPathComponent(file),
                                              to: corpus.appendingPathComponent(file))
        }
        let directory = IndexDirectory(path: folder.appendingPathComponent("index").path)
        _ = try! Indexer(directory: directory, analyzer: SampleCorpus.analyzer).run(corpus: corpus.path, rebuild: false)
        return directory
    }

    private var servers: [Process] = []

    override func tearDown() {
        for server in servers where server.isRunning {
            server.terminate()
            server.waitUntilExit()
        }
        servers = []
    }

    /// Serves a node's live shards with xapian-tcpsrv on a free port.
    private func serve(_ directory: IndexDirectory) throws -> IndexEndpoint {
        let tcpsrv = "/usr/bin/xapian-tcpsrv"
        guard FileManager.default.isExecutableFile(atPath: tcpsrv) else { throw XCTSkip("xapian-tools is not installed") }
        let shards = try ServedShards.live(in: directory, analyzer: SampleCorpus.analyzer)
        for _ in 0..<5 {
            let endpoint = IndexEndpoint("127.0.0.1:\(Int.random(in: 20_000..<60_000))")!
            guard !endpoint.answers(within: 0.2) else { continue }
            let server = Process()
            server.executableURL = URL(fileURLWithPath: tcpsrv)
            server.arguments = ["--quiet", "--interface", endpoint.host, "--port", "\(endpoint.port)"] + shards.paths
            server.standardOutput = FileHandle.nullDevice
            server.standardError = FileHandle.nullDevice
            try server.run()
            servers.append(server)
            for _ in 0..<100 where server.isRunning {
                if endpoint.answers(within: 0.5) { return endpoint }
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        throw XCTSkip("no free loopback port for xapian-tcpsrv")
    }

    private func assertSameRanking(_ combined: NoticeIndex, file: StaticString = #filePath, line: UInt = #line) throws {
        for query in ["整改", "公务用车", "三重一大 决策", "巡视 学校", "干部 -学校", "\"集体决策\"", "台账 OR 清单"] {
            let request = SearchRequest(query: query, limit: 80)
            let expected = try SampleCorpus.index.search(request).hits
            let found = try combined.search(request).hits
            XCTAssertFalse(expected.isEmpty, query, file: file, line: line)
            XCTAssertEqual(found.map(\.record.location.description), expected.map(\.record.location.description), query,
                           file: file, line: line)
            for (hit, truth) in zip(found, expected) {
                XCTAssertEqual(hit.score, truth.score, accuracy: 1e-9, "\(query) \(hit.record.location)", file: file, line: line)
                XCTAssertEqual(hit.duplicates, truth.duplicates, query, file: file, line: line)
                XCTAssertEqual(hit.notice?.key, truth.notice?.key, query, file: file, line: line)
            }
        }
    }

    func testThreeServedNodesRankAsTheWholeIndex() throws {
        let endpoints = try Self.nodes.map(serve)
        let combined = try NoticeIndex(directory: nil, endpoints: endpoints, reading: RemoteReading(),
                                       analyzer: SampleCorpus.analyzer)
        try assertSameRanking(combined)
        XCTAssertEqual(try combined.notices().map(\.key), try SampleCorpus.index.notices().map(\.key))
    }

    func testALocalIndexAndServedOnesRankAsTheWholeIndex() throws {
        let endpoints = try Self.nodes.dropFirst().map(serve)
        let combined = try NoticeIndex(directory: Self.nodes[0], endpoints: endpoints, reading: RemoteReading(),
                                       analyzer: SampleCorpus.analyzer)
        try assertSameRanking(combined)
        let hits = try combined.search(SearchRequest(query: "整改", limit: 500)).hits
        for hit in hits {
            let node = try XCTUnwrap(Self.split.firstIndex { $0.contains(hit.record.source) })
            XCTAssertEqual(hit.index, node == 0 ? Self.nodes[0].path : endpoints[node - 1].description)
        }
    }

    func testTwoNodesHoldingTheSameFileFoldItsCopies() throws {
        let first = try serve(Self.nodes[1])
        let second = try serve(Self.nodes[1])
        let alone = try NoticeIndex(directory: Self.nodes[1], analyzer: SampleCorpus.analyzer)
        let combined = try NoticeIndex(directory: nil, endpoints: [first, second], reading: RemoteReading(),
                                       analyzer: SampleCorpus.analyzer)
        let request = SearchRequest(query: "整改", limit: 500)
        let expected = try alone.search(request).hits
        let hits = try combined.search(request).hits
        XCTAssertEqual(hits.map(\.record.location.description), expected.map(\.record.location.description))
        XCTAssertEqual(hits.map(\.duplicates), expected.map { $0.duplicates + 1 })
        XCTAssertTrue(hits.allSatisfy { $0.notice != nil && $0.index != nil })
        XCTAssertEqual(try combined.paragraph(expected[0].record.id).text, expected[0].record.text)
    }

    func testAReferenceToDifferentParagraphsOfTheSameNameIsRefused() throws {
        // Another node's file under the name of node 1's: the same SOURCE:LINE names two paragraphs.
        let name = Self.split[1][0]
        let folder = SampleCorpus.temporaryFolder("same-name")
        let corpus = folder.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: SampleCorpus.corpus.appendingPathComponent(Self.split[0][0]),
                                         to: corpus.appendingPathComponent(name))
        let other = IndexDirectory(path: folder.appendingPathComponent("index").path)
        _ = try Indexer(directory: other, analyzer: SampleCorpus.analyzer).run(corpus: corpus.path, rebuild: false)
        let combined = try NoticeIndex(directory: nil, endpoints: [try serve(Self.nodes[1]), try serve(other)],
                                       reading: RemoteReading(), analyzer: SampleCorpus.analyzer)
        let first = try NoticeIndex(directory: Self.nodes[1], analyzer: SampleCorpus.analyzer)
        let second = try NoticeIndex(directory: other, analyzer: SampleCorpus.analyzer)
        let line = try XCTUnwrap((1...60).first { line in
            let texts = [first, second].compactMap { try? $0.paragraph("\(name):\(line)").text }
            return texts.count == 2 && texts[0] != texts[1]
        })
        XCTAssertThrowsError(try combined.paragraph("\(name):\(line)")) { error in
            XCTAssertTrue("\(error)".contains("names different paragraphs"), "\(error)")
        }
    }

    func testEndpointsAreParsed() {
        XCTAssertEqual(IndexEndpoint("127.0.0.1:7300")?.port, 7300)
        XCTAssertEqual(IndexEndpoint("[::1]:7300")?.host, "::1")
        XCTAssertEqual(IndexEndpoint("[::1]:7300")?.description, "[::1]:7300")
        for bad in ["", "host", "host:", ":7300", "host:0", "host:70000", "a b:1", "host:port"] {
            XCTAssertNil(IndexEndpoint(bad), bad)
        }
    }
}
