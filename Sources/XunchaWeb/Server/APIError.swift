import Hummingbird

/// A request the server refuses: the status and one sentence saying why, sent as `{"error": "…"}`.
public struct APIError: Error, Sendable {
    public var status: HTTPResponse.Status
    public var sentence: String

    public init(_ status: HTTPResponse.Status, _ sentence: String) {
        self.status = status
        self.sentence = sentence
    }
}
