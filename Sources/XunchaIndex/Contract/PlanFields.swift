extension PlanEntry: JSONEncodable {
    /// One problem of a plan: its precedents exactly as `Precedent.json` writes them, and the suggested steps.
    public var json: JSONValue {
        .object([
            ("problem", .string(problem.text)),
            ("category", .string(problem.category)),
            ("precedents", .array(precedents.map(\.json))),
            ("suggested", .array(suggested.map { step in
                .object([
                    ("text", .string(step.text)),
                    ("agencies", .int(step.agencies)),
                    ("sources", .array(step.sources.map { source in
                        .object([("agency", .string(source.agency)), ("date", .string(source.date)),
                                 ("source", .string(source.source)), ("line", .int(source.line))])
                    })),
                ])
            })),
        ])
    }
}

extension Plan {
    /// The plan as JSON lines: one object per problem.
    public var jsonLines: String {
        entries.map { $0.json.line + "\n" }.joined()
    }
}
