/// Groups of wordings of the same thing, for expanding queries: a user's
/// everyday word (一把手, 拍脑袋) finds the notices' formal one (主要负责人,
/// 未经集体研究).
struct SynonymTable: Sendable {
    let groups: [[String]]
    private let groupsByMember: [TermKey: [Int]]

    init(groups: [[String]]) {
        var groupsByMember: [TermKey: [Int]] = [:]
        for (index, group) in groups.enumerated() {
            for member in group { groupsByMember[TermKey(member), default: []].append(index) }
        }
        self.groups = groups
        self.groupsByMember = groupsByMember
    }

    var members: some Sequence<String> { groups.joined() }

    /// The other members of every group holding `term`, canonical forms first.
    func synonyms(of term: String) -> [String] {
        guard let indices = groupsByMember[TermKey(term)] else { return [] }
        var seen: Set<TermKey> = [TermKey(term)]
        return indices.flatMap { groups[$0] }.filter { seen.insert(TermKey($0)).inserted }
    }
}
