import Foundation
import NoticeParsing
import XCTest
@testable import XunchaIndex

/// How good the suggested measures are, judged by hand: each held-out notice is left out of the index, its own
/// problems are fed to `plan`, and each of the first three suggestions was judged against what that agency
/// actually did (`PlanQuality/judgments.json`). A suggestion not judged yet counts as a miss.
final class PlanQualityTests: XCTestCase {
    /// The notices held out: different agencies, levels and kinds of problems.
    static let heldOut = PlanQualityFixture.heldOut
    /// The share of first-three suggestions that share the topic of a real measure, measured at 0.54 (34 of 63) when set;
    /// 15 of the 21 problems that found precedents have at least one such suggestion among their first three.
    static let floor = 0.5

    func testFirstThreeSuggestionsShareTheTopicOfTheAgencysOwnMeasures() throws {
        let fixture = try PlanQualityFixture.shared()
        let judgments = try PlanQualityFixture.judgments()
        var judged = 0, shared = 0, unjudged: [String] = []
        var helped = Set<String>()
        for problem in fixture.problems {
            for suggestion in problem.suggestions.prefix(3) {
                judged += 1
                switch judgments[PlanQualityFixture.key(problem.text, suggestion)] {
                case true?:
                    shared += 1
                    helped.insert(problem.text)
                case false?: break
                case nil: unjudged.append("\(problem.text.prefix(20)) → \(suggestion.prefix(30))")
                }
            }
        }
        if let path = ProcessInfo.processInfo.environment["XUNCHA_PLAN_QUALITY_DUMP"] {
            try fixture.dump(to: URL(fileURLWithPath: path))
        }
        let share = Double(shared) / Double(max(judged, 1))
        print("plan quality: \(shared) of \(judged) first-three suggestions share the topic of a real measure (\(String(format: "%.2f", share))); "
              + "\(helped.count) of \(fixture.problems.filter { !$0.suggestions.isEmpty }.count) problems have at least one; \(unjudged.count) not judged")
        XCTAssertGreaterThanOrEqual(share, Self.floor, "not judged: \(unjudged)")
    }
}

/// The held-out index and the plan for each held-out notice's problems, built once.
struct PlanQualityFixture {
    static let heldOut = ["002_31241be4ef401e8a.txt:1135", "002_31241be4ef401e8a.txt:1189", "002_31241be4ef401e8a.txt:1470",
                          "002_31241be4ef401e8a.txt:2189", "002_31241be4ef401e8a.txt:2407", "003_37d7a444f6573249.txt:1"]

    struct Problem: Encodable {
        var notice: String
        var agency: String
        var text: String
        var realMeasures: [String]
        var suggestions: [String]
    }

    var problems: [Problem]

    nonisolated(unsafe) private static var cached: PlanQualityFixture?

    static func shared() throws -> PlanQualityFixture {
        if let cached { return cached }
        let fixture = try build()
        cached = fixture
        return fixture
    }

    /// The corpus without the held-out notices (their lines blanked, so other lines keep their numbers), indexed.
    private static func build() throws -> PlanQualityFixture {
        let folder = SampleCorpus.copy("plan-quality")
        var heldOutNotices: [Notice] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
            let url = folder.appendingPathComponent(file)
            let notices = try NoticeParser.parse(fileData: try Data(contentsOf: url), source: file)
            let held = notices.filter { heldOut.contains(NoticeRecord.key(source: $0.source, startLine: $0.startLine)) }
            guard !held.isEmpty else { continue }
            heldOutNotices += held
            var lines = try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n")
            for notice in held { for line in notice.startLine...notice.endLine where line <= lines.count { lines[line - 1] = "" } }
            try lines.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
        let directory = IndexDirectory(path: SampleCorpus.temporaryFolder("plan-quality-index").path)
        _ = try Indexer(directory: directory, analyzer: SampleCorpus.analyzer).run(corpus: folder.path, rebuild: false)
        let index = try NoticeIndex(directory: directory, analyzer: SampleCorpus.analyzer)

        var problems: [Problem] = []
        for notice in heldOutNotices {
            let key = NoticeRecord.key(source: notice.source, startLine: notice.startLine)
            let answered = notice.paragraphs.filter { $0.role == .problem }.compactMap { problem -> (Paragraph, [String])? in
                let measures = notice.paragraphs.filter { $0.role == .measure && $0.problem == problem.location }.map(\.text)
                return measures.isEmpty ? nil : (problem, measures)
            }
            for (problem, measures) in answered.prefix(4) {
                let text = FeedbackLine(problem.text).body
                let plan = try index.plan(for: [FeedbackProblem(text: text)])
                problems.append(Problem(notice: key, agency: notice.metadata.agency ?? key, text: text, realMeasures: measures,
                                        suggestions: plan.entries[0].suggested.map(\.text)))
            }
        }
        return PlanQualityFixture(problems: problems)
    }

    static func key(_ problem: String, _ suggestion: String) -> String { problem + "\u{1F}" + suggestion }

    static let judgmentsURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("PlanQuality/judgments.json")

    struct Judgment: Codable {
        var problem: String
        var suggestion: String
        var sharesTopic: Bool
        var why: String

        enum CodingKeys: String, CodingKey {
            case problem, suggestion, why
            case sharesTopic = "shares_topic"
        }
    }

    static func judgments() throws -> [String: Bool] {
        guard let data = try? Data(contentsOf: judgmentsURL) else { return [:] }
        let list = try JSONDecoder().decode([Judgment].self, from: data)
        return Dictionary(list.map { (key($0.problem, $0.suggestion), $0.sharesTopic) }, uniquingKeysWith: { first, _ in first })
    }

    /// What a judge reads: each problem, the agency's real measures, and the first three suggestions.
    func dump(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let trimmed = problems.map { problem -> Problem in
            var problem = problem
            problem.suggestions = Array(problem.suggestions.prefix(3))
            return problem
        }
        try encoder.encode(trimmed).write(to: url)
    }
}

final class PlanQualityCandidates: XCTestCase {
    /// Lists notices with at least three answered problems, to choose held-out ones from.
    func testListCandidates() throws {
        guard ProcessInfo.processInfo.environment["XUNCHA_PLAN_QUALITY_LIST"] != nil else { return }
        for file in try FileManager.default.contentsOfDirectory(atPath: SampleCorpus.corpus.path).sorted() {
            let notices = try NoticeParser.parse(fileData: try Data(contentsOf: SampleCorpus.corpus.appendingPathComponent(file)), source: file)
            for notice in notices {
                let answered = notice.paragraphs.filter { p in p.role == .problem && notice.paragraphs.contains { $0.role == .measure && $0.problem == p.location } }
                if answered.count >= 3 {
                    print("CANDIDATE", NoticeRecord.key(source: notice.source, startLine: notice.startLine), answered.count, notice.metadata.agency ?? "-",
                          answered.prefix(4).map { $0.text.prefix(25) })
                }
            }
        }
    }
}
