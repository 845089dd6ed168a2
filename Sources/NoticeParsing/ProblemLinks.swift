/// Links each measure to the problem paragraph it answers: the nearest problem above it in the same section
/// (never across a heading). A measure that states its own problem (`1.关于…的问题。一是…`) links to none: it
/// answers the problem it states, and the measures continuing it below link to it.
enum ProblemLinks {
    static func compute(roles: [ParagraphRole], statesOwnProblem: [Bool]) -> [Int?] {
        var links = [Int?](repeating: nil, count: roles.count)
        var nearestProblem: Int?
        for i in roles.indices {
            switch roles[i] {
            case .heading, .title:
                nearestProblem = nil
            case .problem:
                nearestProblem = i
            case .measure:
                if statesOwnProblem[i] {
                    nearestProblem = i
                } else {
                    links[i] = nearestProblem
                }
            default:
                break
            }
        }
        return links
    }
}
