import CXapian

/// A document: opaque data, numbered values and the terms that index it.
///
/// A document read from a database stays valid after the database instance
/// is released (Xapian shares the underlying storage).
public final class Document {
    let handle: OpaquePointer

    /// A new, empty document.
    public init() {
        // Creating an empty document fails only when memory runs out.
        handle = try! bridgedHandle { cx_document_new($0) }
    }

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    deinit {
        cx_document_free(handle)
    }

    /// The id in the database it was read from, or 0 for a new document.
    public var id: DocumentID {
        (try? bridged { cx_document_get_docid(handle, $0) }) ?? 0
    }

    // MARK: Data

    /// The data as text; invalid UTF-8 is replaced, see `dataBytes` for raw bytes.
    public var data: String {
        get throws { String(decoding: try dataBytes, as: UTF8.self) }
    }

    public var dataBytes: [UInt8] {
        get throws { try bridgedBytes { cx_document_get_data(handle, $0) } }
    }

    public func setData(_ data: String) throws {
        try setData(Array(data.utf8))
    }

    public func setData(_ bytes: [UInt8]) throws {
        try bridged { error in bytes.withBridgedBytes { cx_document_set_data(handle, $0, $1, error) } }
    }

    // MARK: Values

    /// Sets the value in `slot`; an empty value removes it.
    public func setValue(_ value: String, slot: ValueSlot) throws {
        try setValue(Array(value.utf8), slot: slot)
    }

    public func setValue(_ bytes: [UInt8], slot: ValueSlot) throws {
        try bridged { error in bytes.withBridgedBytes { cx_document_add_value(handle, slot, $0, $1, error) } }
    }

    /// The value in `slot`, or "" when there is none.
    public func value(slot: ValueSlot) throws -> String {
        String(decoding: try valueBytes(slot: slot), as: UTF8.self)
    }

    public func valueBytes(slot: ValueSlot) throws -> [UInt8] {
        try bridgedBytes { cx_document_get_value(handle, slot, $0) }
    }

    public func removeValue(slot: ValueSlot) throws {
        try bridged { cx_document_remove_value(handle, slot, $0) }
    }

    // MARK: Terms

    /// Indexes the document by `term`, adding `wdfIncrement` to its weight.
    public func addTerm(_ term: String, wdfIncrement: Int = 1) throws {
        let increment = try xapianInteger(wdfIncrement, "wdf increment")
        try bridged { error in term.withBridgedBytes { cx_document_add_term(handle, $0, $1, increment, error) } }
    }

    /// Indexes the document by `term` at `position` (from 1), which phrase
    /// and proximity queries need.
    public func addPosting(_ term: String, position: Int, wdfIncrement: Int = 1) throws {
        let position = try xapianInteger(position, "position")
        let increment = try xapianInteger(wdfIncrement, "wdf increment")
        try bridged { error in
            term.withBridgedBytes { cx_document_add_posting(handle, $0, $1, position, increment, error) }
        }
    }

    /// Indexes the document by `term` without affecting ranking, for filters.
    public func addBooleanTerm(_ term: String) throws {
        try bridged { error in term.withBridgedBytes { cx_document_add_boolean_term(handle, $0, $1, error) } }
    }

    /// Removes `term` and its positions; `InvalidArgumentError` if absent.
    public func removeTerm(_ term: String) throws {
        try bridged { error in term.withBridgedBytes { cx_document_remove_term(handle, $0, $1, error) } }
    }

    public func removeAllTerms() throws {
        try bridged { cx_document_clear_terms(handle, $0) }
    }

    /// The document's terms in ascending byte order.
    public func terms() throws -> [String] {
        try readTerms(bridgedHandle { cx_document_termlist(handle, $0) })
    }
}
