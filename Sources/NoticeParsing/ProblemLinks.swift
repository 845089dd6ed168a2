/// Links each measure to the problem it answers: itself when it states its problem, else the nearest problem
/// above it in the same section (never across a heading).
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
                    links[i] = i
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
