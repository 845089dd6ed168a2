import CXapian

// Draining CXapian's cursors into arrays, releasing the cursor either way.

func readTerms(_ iterator: OpaquePointer) throws -> [String] {
    defer { cx_term_iterator_free(iterator) }
    var terms: [String] = []
    var term = cx_string()
    while try bridged({ cx_term_iterator_next(iterator, &term, $0) }) {
        defer { cx_string_free(term) }
        terms.append(String(decoding: takeBytes(term), as: UTF8.self))
    }
    return terms
}

func readDocumentIDs(_ iterator: OpaquePointer) throws -> [DocumentID] {
    defer { cx_posting_iterator_free(iterator) }
    var ids: [DocumentID] = []
    var id: DocumentID = 0
    while try bridged({ cx_posting_iterator_next(iterator, &id, $0) }) {
        ids.append(id)
    }
    return ids
}
