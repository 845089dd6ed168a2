import XunchaIndex

/// A plan as JSON lines: one object per problem, its precedents exactly as `measures --json` prints them.
enum PlanJSON {
    static func text(_ plan: Plan) -> String {
        plan.entries.map { entry in
            JSONValue.object([
                ("problem", .string(entry.problem.text)),
                ("category", .string(entry.problem.category)),
                ("precedents", .array(entry.precedents.map(JSONFields.precedent))),
                ("suggested", .array(entry.suggested.map { step in
                    .object([
                        ("text", .string(step.text)),
                        ("agencies", .int(step.agencies)),
                        ("sources", .array(step.sources.map { source in
                            .object([("agency", .string(source.agency)), ("date", .string(source.date)),
                                     ("source", .string(source.source)), ("line", .int(source.line))])
                        })),
                    ])
                })),
            ]).line + "\n"
        }.joined()
    }
}
