import Foundation
import Hummingbird
import PlanDocuments
import XunchaIndex

/// `POST /api/plan`: a plan as a document, by the same library functions as `xuncha plan`. The body is JSON
/// (or a form with the same fields): `feedback` (the inspectors' feedback as text) or `chosen` (paragraph ids
/// picked by hand: problems and measures), `format` (docx, md, csv or json; docx by default), and for
/// feedback `precedents` (1 to 10) and the filters but `role`.
struct PlanRoute {
    let state: ServerState
    static let mostChosen = 300

    func register(on writes: RouterGroup<BasicRequestContext>) {
        writes.post("/api/plan") { request, _ in try await plan(request) }
    }

    func plan(_ request: Request) async throws -> Response {
        _ = try QueryParameters(request, accepting: [])
        var request = request
        let fields = try PlanFields(try await Body.collect(&request), contentType: request.headers[.contentType])
        let format = try fields.format()
        let answer: Plan
        if let chosen = try fields.chosen() {
            answer = try await state.index.read { index in try index.plan(chosen: chosen) }
            guard !answer.entries.isEmpty else {
                throw APIError(.notFound, "none of the chosen paragraphs is in the index")
            }
        } else {
            let feedback = try fields.feedback()
            let precedents = try fields.precedents()
            let filters = try fields.filters()
            answer = try await state.index.read { index in
                try index.plan(for: feedback, precedents: precedents, filters: filters)
            }
        }
        let data = try format.data(answer)
        var buffer = ByteBuffer()
        buffer.writeBytes(data)
        return Response(status: .ok,
                        headers: [.contentType: format.mediaType,
                                  .contentDisposition: "attachment; filename=\"plan.\(format.fileExtension)\""],
                        body: ResponseBody(byteBuffer: buffer))
    }
}

/// The fields of a plan request, from a JSON object or a form.
struct PlanFields {
    private var values: [String: Any] = [:]
    static let names: Set<String> = FilterParameters.namesWithoutRole.union(["feedback", "chosen", "format", "precedents", "csrf"])

    init(_ body: ByteBuffer, contentType: String?) throws {
        let type = contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        switch type {
        case "application/json":
            guard let object = try? JSONSerialization.jsonObject(with: Data(buffer: body)) as? [String: Any] else {
                throw APIError(.badRequest, "the body is not a JSON object")
            }
            values = object
        case "application/x-www-form-urlencoded":
            let form = FormFields(String(buffer: body))
            for name in Self.names { if let value = form[name] { values[name] = value } }
        default:
            throw APIError(.unsupportedMediaType, "send the plan request as application/json (or a form)")
        }
        if let unknown = values.keys.sorted().first(where: { !Self.names.contains($0) }) {
            throw APIError(.badRequest, "unknown field '\(QueryParameters.shown(unknown))'; a plan request takes \(Self.names.subtracting(["csrf"]).sorted().joined(separator: ", "))")
        }
        if values["feedback"] != nil && values["chosen"] != nil {
            throw APIError(.badRequest, "give either 'feedback' or 'chosen', not both")
        }
    }

    private func text(_ name: String) throws -> String? {
        guard let value = values[name], !(value is NSNull) else { return nil }
        guard let text = value as? String else { throw APIError(.badRequest, "'\(name)' takes text") }
        return text
    }

    func format() throws -> PlanFormat {
        guard let text = try text("format"), !text.isEmpty else { return .docx }
        guard let format = PlanFormat(rawValue: text.lowercased()) else {
            throw APIError(.badRequest, "'format' takes docx, md, csv or json, not '\(QueryParameters.shown(text))'")
        }
        return format
    }

    func feedback() throws -> String {
        guard let feedback = try text("feedback") else {
            throw APIError(.badRequest, "give 'feedback' (the problems, one per line) or 'chosen' (paragraph ids)")
        }
        return feedback
    }

    /// Paragraph ids: a JSON array, or in a form one text of ids separated by commas or spaces.
    func chosen() throws -> [String]? {
        guard let value = values["chosen"], !(value is NSNull) else { return nil }
        let ids: [String]
        if let list = value as? [Any] {
            ids = try list.map { item in
                guard let id = item as? String else { throw APIError(.badRequest, "'chosen' takes a list of paragraph ids") }
                return id
            }
        } else if let text = value as? String {
            ids = text.split(whereSeparator: { $0 == "," || $0.isWhitespace }).map(String.init)
        } else {
            throw APIError(.badRequest, "'chosen' takes a list of paragraph ids")
        }
        guard !ids.isEmpty else { throw APIError(.badRequest, "'chosen' is empty: pick problems or measures first") }
        guard ids.count <= PlanRoute.mostChosen else {
            throw APIError(.badRequest, "'chosen' holds \(ids.count) paragraphs; a plan takes at most \(PlanRoute.mostChosen)")
        }
        return try ids.map { id in
            guard ParagraphID.isValid(id) else {
                throw APIError(.badRequest, "'chosen' takes paragraph ids (12 hex digits), not '\(QueryParameters.shown(id))'")
            }
            return id.lowercased()
        }
    }

    func precedents() throws -> Int {
        guard let value = values["precedents"], !(value is NSNull) else { return 3 }
        let number = (value as? Int) ?? (value as? String).flatMap { Int($0) }
        guard let number, (1...10).contains(number) else {
            throw APIError(.badRequest, "'precedents' takes a whole number from 1 to 10")
        }
        return number
    }

    func filters() throws -> SearchFilters {
        var query: [String] = []
        for name in FilterParameters.namesWithoutRole {
            guard let value = values[name], !(value is NSNull) else { continue }
            let text = (value as? String) ?? (value as? Int).map(String.init)
            guard let text else { throw APIError(.badRequest, "'\(name)' takes text") }
            query.append("\(name)=\(text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")")
        }
        return try FilterParameters.filters(from: QueryParameters(query: query.joined(separator: "&"),
                                                                  accepting: FilterParameters.namesWithoutRole))
    }
}
