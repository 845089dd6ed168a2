/// A draft rectification plan: for each problem of the feedback, the precedents of other agencies and the
/// measures they suggest. Built by `NoticeIndex.plan(for:)`; front ends only lay it out.
public struct Plan: Codable, Sendable {
    public var entries: [PlanEntry]
    /// How many precedents were asked for each problem.
    public var precedentsPerProblem: Int

    /// The entries grouped under their categories, in the order the feedback gave them.
    public var sections: [PlanSection] {
        var sections: [PlanSection] = []
        for entry in entries {
            if let last = sections.last, last.category == entry.problem.category {
                sections[sections.count - 1].entries.append(entry)
            } else {
                sections.append(PlanSection(category: entry.problem.category, entries: [entry]))
            }
        }
        return sections
    }
}

public struct PlanSection: Sendable {
    public var category: String?
    public var entries: [PlanEntry]
}

public struct PlanEntry: Codable, Sendable {
    /// 1-based, over the whole plan.
    public var number: Int
    public var problem: FeedbackProblem
    /// Best first, one agency each; empty when nothing like the problem was found.
    public var precedents: [Precedent]
    /// The precedents' measures merged: near-duplicates folded, the steps most agencies took first.
    public var suggested: [SuggestedMeasure]
}

/// One step to consider, with every precedent it came from.
public struct SuggestedMeasure: Codable, Sendable, Equatable {
    public var text: String
    /// How many agencies took this step or a similar one.
    public var agencies: Int
    public var sources: [MeasureSource]
}

/// Where a suggested step came from: the agency, its notice's date and the paragraph.
public struct MeasureSource: Codable, Sendable, Equatable, Hashable {
    public var agency: String
    public var date: String?
    public var source: String
    public var line: Int

    /// `source:line`, as every command prints a paragraph's place.
    public var location: String { "\(source):\(line)" }
}
