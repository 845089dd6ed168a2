/// Groups of wordings of the same thing, for expanding queries: a user's
/// everyday word (一把手, 拍脑袋) finds the notices' formal one (主要负责人,
/// 未经集体研究).
struct SynonymTable: Sendable {
    let groups: [SynonymGroup]
    private let groupsByMember: [TermKey: [Int]]

    init(groups: [SynonymGroup]) {
        var groupsByMember: [TermKey: [Int]] = [:]
        for (index, group) in groups.enumerated() {
            for member in group.members { groupsByMember[TermKey(member), default: []].append(index) }
        }
        self.groups = groups
        self.groupsByMember = groupsByMember
    }

    var members: some Sequence<String> { groups.lazy.flatMap(\.members) }

    /// The other members of every group holding `term`, canonical forms first.
    func synonyms(of term: String) -> [String] {
        guard let indices = groupsByMember[TermKey(term)] else { return [] }
        var seen: Set<TermKey> = [TermKey(term)]
        return indices.flatMap { groups[$0].members }.filter { seen.insert(TermKey($0)).inserted }
    }

    /// The other members of every group holding `term`, parted by direction: a term before a group's `>`
    /// has the members after it as broader terms; a broader term has every member of its group as an
    /// equivalent (whatever implies it is about it).
    func wordings(of term: String) -> SynonymWordings {
        guard let indices = groupsByMember[TermKey(term)] else { return SynonymWordings(equivalents: [], broader: []) }
        let key = TermKey(term)
        var equivalents: [String] = []
        var broader: [String] = []
        for group in indices.map({ groups[$0] }) {
            let position = group.members.firstIndex { TermKey($0) == key } ?? 0
            if position < group.broaderStart {
                equivalents += group.members[..<group.broaderStart]
                broader += group.members[group.broaderStart...]
            } else {
                equivalents += group.members
            }
        }
        var seen: Set<TermKey> = [key]
        let distinctEquivalents = equivalents.filter { seen.insert(TermKey($0)).inserted }
        return SynonymWordings(equivalents: distinctEquivalents, broader: broader.filter { seen.insert(TermKey($0)).inserted })
    }
}

/// One line of synonyms.txt: its members, canonical form first, and where its broader terms start
/// (`members.count` when it has none).
struct SynonymGroup: Sendable {
    var members: [String]
    var broaderStart: Int

    static let broaderMark = ">"
}

/// The wordings a query word is searched with, besides itself.
public struct SynonymWordings: Equatable, Sendable {
    /// Other wordings of the same thing: they count as the word itself.
    public var equivalents: [String]
    /// Broader terms the word implies (三重一大 → 重大决策): about the subject, but not only about it.
    public var broader: [String]

    public init(equivalents: [String], broader: [String]) {
        self.equivalents = equivalents
        self.broader = broader
    }
}
