/// How results are written as JSON. Field names and their order are a public contract: add fields, never
/// rename or drop one.
public protocol JSONEncodable {
    var json: JSONValue { get }
}

extension JSONValue {
    /// A score or a duration as written: rounded to thousandths.
    static func thousandths(_ value: Double) -> JSONValue { .double((value * 1000).rounded() / 1000) }

    /// A value that may be absent, written as `null` then.
    static func optional<T: JSONEncodable>(_ value: T?) -> JSONValue { value?.json ?? .null }
}
