import Hummingbird

/// The API's addresses and the methods each takes, so that a known address asked with another method is
/// answered 405 (with `Allow`) rather than 404.
public struct KnownRoutes: Sendable {
    private var routes: [(segments: [String], methods: [HTTPRequest.Method])] = []

    /// `path` as the router takes it; a segment starting with `:` stands for any one segment.
    mutating func add(_ path: String, _ method: HTTPRequest.Method) {
        let segments = path.split(separator: "/").map(String.init)
        if let index = routes.firstIndex(where: { $0.segments == segments }) {
            routes[index].methods.append(method)
        } else {
            routes.append((segments, [method]))
        }
    }

    /// The methods a path takes; empty when no route has it.
    func methods(for path: String) -> [HTTPRequest.Method] {
        let asked = path.split(separator: "/").map(String.init)
        return routes.filter { route in
            route.segments.count == asked.count
                && zip(route.segments, asked).allSatisfy { $0.hasPrefix(":") || $0 == $1 }
        }.flatMap(\.methods)
    }
}
