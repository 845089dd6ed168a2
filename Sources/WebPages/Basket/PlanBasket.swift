import XunchaIndex

/// The problems and measures a reader picked for a plan, in their order: short paragraph ids, kept in a
/// cookie of bounded size, so the server keeps no state per reader.
public struct PlanBasket: Sendable, Equatable {
    public static let cookieName = "xuncha-plan"
    /// 60 ids of 12 characters fit in a cookie well under browsers' 4 KB.
    public static let capacity = 60

    public private(set) var ids: [String]

    public init(ids: [String] = []) {
        var seen = Set<String>()
        self.ids = Array(ids.filter { Self.isID($0) && seen.insert($0).inserted }.prefix(Self.capacity))
    }

    /// Reads the cookie's value; anything that is not an id is dropped.
    public init(cookie: String?) {
        self.init(ids: (cookie ?? "").split(separator: ".").map { String($0).lowercased() })
    }

    public var cookieValue: String { ids.joined(separator: ".") }

    public var isFull: Bool { ids.count >= Self.capacity }

    public static func isID(_ text: String) -> Bool {
        text.utf8.count == 12 && text.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }

    /// Adds a paragraph at the end; false when it is not an id or the basket is full.
    @discardableResult
    public mutating func add(_ id: String) -> Bool {
        let id = id.lowercased()
        guard Self.isID(id) else { return false }
        if ids.contains(id) { return true }
        guard !isFull else { return false }
        ids.append(id)
        return true
    }

    public enum Edit: String, Sendable {
        case up, down, remove, clear
    }

    /// Applies an edit to one paragraph, within the plan it makes: a problem moves or goes with its
    /// measures, a measure moves within its problem. The basket then holds each problem followed by its
    /// measures, in the plan's order.
    public mutating func apply(_ edit: Edit, to id: String, in plan: Plan) {
        var groups = Self.groups(of: plan)
        let id = id.lowercased()
        if edit == .clear {
            groups = []
        } else if let index = groups.firstIndex(where: { $0.problem == id }) {
            switch edit {
            case .up where index > 0: groups.swapAt(index, index - 1)
            case .down where index < groups.count - 1: groups.swapAt(index, index + 1)
            case .remove: groups.remove(at: index)
            default: break
            }
        } else if let index = groups.firstIndex(where: { $0.measures.contains(id) }) {
            var measures = groups[index].measures
            let place = measures.firstIndex(of: id)!
            switch edit {
            case .up where place > 0: measures.swapAt(place, place - 1)
            case .down where place < measures.count - 1: measures.swapAt(place, place + 1)
            case .remove: measures.remove(at: place)
            default: break
            }
            groups[index].measures = measures
        }
        self = PlanBasket(ids: groups.flatMap { [$0.problem] + $0.measures })
    }

    /// Each entry of the plan as its problem's id and its measures' ids.
    static func groups(of plan: Plan) -> [(problem: String, measures: [String])] {
        plan.entries.compactMap { entry in
            guard let precedent = entry.precedents.first else { return nil }
            return (precedent.problem.id, precedent.measures.map(\.id))
        }
    }
}
