import Foundation
import Hummingbird
import XunchaIndex

/// Turns every error into one sentence with a fitting status: `{"error": "…"}` under /api/, plain text
/// elsewhere. Nothing of Foundation's or Xapian's own wording reaches the client beyond the library's sentences.
struct ErrorResponses<Context: RequestContext>: RouterMiddleware {
    let known: KnownRoutes

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            let response = try await next(request, context)
            return response
        } catch {
            let refusal = refusal(for: error, request: request)
            var response: Response
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/api" {
                response = .json(.object([("error", .string(refusal.sentence))]), status: refusal.status)
            } else {
                var buffer = ByteBuffer()
                buffer.writeString(refusal.sentence + "\n")
                response = Response(status: refusal.status, headers: [.contentType: "text/plain; charset=utf-8"],
                                    body: ResponseBody(byteBuffer: buffer))
            }
            if refusal.status == .methodNotAllowed {
                response.headers[.allow] = known.methods(for: request.uri.path).map(\.rawValue).joined(separator: ", ")
            }
            if refusal.status == .unauthorized { response.headers[.wwwAuthenticate] = "Bearer" }
            return response
        }
    }

    func refusal(for error: Error, request: Request) -> APIError {
        switch error {
        case let error as APIError:
            return error
        case let error as FilterError:
            return APIError(.badRequest, error.parameterSentence)
        case let error as PlanError:
            return APIError(.badRequest, error.description)
        case let error as IndexError:
            return Self.refusal(for: error)
        case let error as HTTPError:
            switch error.status {
            case .notFound:
                let methods = known.methods(for: request.uri.path)
                if !methods.isEmpty {
                    return APIError(.methodNotAllowed, "\(request.uri.path) takes \(methods.map(\.rawValue).joined(separator: " or ")), not \(request.method.rawValue)")
                }
                return APIError(.notFound, "there is nothing at \(QueryParameters.shown(request.uri.path))")
            case .contentTooLarge:
                return APIError(.contentTooLarge, "the request body is larger than \(WebLimits.maximumBodyBytes / 1024) KB")
            default:
                return APIError(error.status, error.body ?? error.status.reasonPhrase.lowercased())
            }
        default:
            return APIError(.internalServerError, "the server could not answer this request")
        }
    }

    static func refusal(for error: IndexError) -> APIError {
        switch error {
        case .missingIndex, .foreignIndex, .notAFolder, .systemFolder, .strayCurrent, .damagedIndex,
             .interruptedUpdate, .unreadableIndex, .unreadableParagraph, .staleIndex:
            return APIError(.serviceUnavailable, error.description)
        case .badQuery:
            return APIError(.badRequest, error.description)
        case .unknownParagraph:
            return APIError(.notFound, error.description)
        case .locked:
            return APIError(.conflict, error.description)
        default:
            return APIError(.internalServerError, error.description)
        }
    }
}

extension FilterError {
    /// The error in the API's words: the parameter and the value it was given.
    var parameterSentence: String {
        switch self {
        case .unknownInspection(let value, let accepted):
            return "'inspection' takes \(accepted.joined(separator: " or ")), not '\(QueryParameters.shown(value))'"
        case .yearOutOfRange(let year, let bounds):
            return "'year' takes a year from \(bounds.lowerBound) to \(bounds.upperBound), not '\(year)'"
        case .badDate(let field, let text):
            return "'\(field.rawValue)' takes a date as YYYY-MM-DD, not '\(QueryParameters.shown(text))'"
        case .fromAfterTo(let from, let to):
            return "'from' \(from) is after 'to' \(to)"
        case .roleOnNotices(let role):
            return "'role' \(role.rawValue) selects paragraphs, not notices; give it to /api/search instead"
        }
    }
}
