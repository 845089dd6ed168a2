import Hummingbird
import XunchaIndex

extension Response {
    /// A JSON body written by the library's contract encoder, never by the server's own.
    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        json(body: value.line, status: status)
    }

    /// A body the contract encoder wrote before (`JSONValue.line`), kept for an answer asked again.
    static func json(body: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}
