/// Markup laid out once for every reader, with a gap wherever a plan button goes: the button says whether the
/// paragraph is already in the reader's own basket, so it is the only part that differs between readers.
struct PlanButtonSlots: Sendable {
    private var pieces: [String] = [""]
    private var buttons: [(id: String, returnTo: String)] = []

    mutating func append(_ markup: String) {
        pieces[pieces.count - 1] += markup
    }

    /// A gap for the button that adds `id` to the reader's plan.
    mutating func appendPlanButton(_ id: String, returnTo: String) {
        buttons.append((id, returnTo))
        pieces.append("")
    }

    mutating func append(_ other: PlanButtonSlots) {
        append(other.pieces[0])
        buttons += other.buttons
        pieces += other.pieces.dropFirst()
    }

    /// The markup with each gap filled for the reader of `context`.
    func html(context: PageContext) -> String {
        var out = ""
        out.reserveCapacity(utf8Count + buttons.count * 512)
        out += pieces[0]
        for (button, piece) in zip(buttons, pieces.dropFirst()) {
            out += PlanForms.add(button.id, context: context, returnTo: button.returnTo)
            out += piece
        }
        return out
    }

    /// The bytes of the markup laid out, gaps left out.
    var utf8Count: Int { pieces.reduce(0) { $0 + $1.utf8.count } }
}
