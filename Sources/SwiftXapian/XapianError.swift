/// A failure reported by Xapian, carrying the name of Xapian's error class.
///
/// ```swift
/// do {
///     let database = try Database(path: path)
/// } catch let error as XapianError where error.isDatabaseNotFound {
///     // create it first
/// }
/// ```
public struct XapianError: Error, CustomStringConvertible, Equatable, Sendable {
    /// Xapian's class name, such as `"DatabaseNotFoundError"` or
    /// `"DatabaseLockError"`; `"std::exception"` or `"UnknownError"` for
    /// failures that did not come from Xapian itself.
    public let type: String

    /// Xapian's explanation, including the system error text when there is one.
    public let message: String

    public init(type: String, message: String) {
        self.type = type
        self.message = message
    }

    public var description: String {
        message.isEmpty ? type : "\(type): \(message)"
    }

    /// Whether the error is of the Xapian class `typeName` or one of its
    /// subclasses: a `DatabaseNotFoundError` is a `DatabaseOpeningError`,
    /// which is a `DatabaseError`, a `RuntimeError` and an `Error`.
    public func isKind(of typeName: String) -> Bool {
        var current: String? = type
        while let name = current {
            if name == typeName { return true }
            current = Self.parentClass[name]
        }
        return false
    }

    /// Xapian's error class hierarchy, as declared in xapian/error.h (1.4).
    private static let parentClass: [String: String] = [
        "LogicError": "Error",
        "RuntimeError": "Error",
        "AssertionError": "LogicError",
        "InvalidArgumentError": "LogicError",
        "InvalidOperationError": "LogicError",
        "UnimplementedError": "LogicError",
        "DatabaseError": "RuntimeError",
        "DatabaseCorruptError": "DatabaseError",
        "DatabaseCreateError": "DatabaseError",
        "DatabaseLockError": "DatabaseError",
        "DatabaseModifiedError": "DatabaseError",
        "DatabaseOpeningError": "DatabaseError",
        "DatabaseVersionError": "DatabaseOpeningError",
        "DatabaseNotFoundError": "DatabaseOpeningError",
        "DatabaseClosedError": "DatabaseError",
        "DocNotFoundError": "RuntimeError",
        "FeatureUnavailableError": "RuntimeError",
        "InternalError": "RuntimeError",
        "NetworkError": "RuntimeError",
        "NetworkTimeoutError": "NetworkError",
        "QueryParserError": "RuntimeError",
        "SerialisationError": "RuntimeError",
        "RangeError": "RuntimeError",
        "WildcardError": "RuntimeError",
    ]
}

extension XapianError {
    /// No database exists at the path.
    public var isDatabaseNotFound: Bool { type == "DatabaseNotFoundError" }

    /// Another writer holds the database's lock.
    public var isDatabaseLocked: Bool { type == "DatabaseLockError" }

    /// The revision being read was overwritten by a writer; `reopen()` and retry.
    public var isDatabaseModified: Bool { type == "DatabaseModifiedError" }

    /// The database was closed before this use.
    public var isDatabaseClosed: Bool { type == "DatabaseClosedError" }

    /// No document has the requested id.
    public var isDocumentNotFound: Bool { type == "DocNotFoundError" }

    /// Files exist but cannot be used as a database: damaged, of an
    /// unsupported version, or not a database at all.
    public var isDatabaseCorrupt: Bool {
        isKind(of: "DatabaseCorruptError") || (isKind(of: "DatabaseOpeningError") && !isDatabaseNotFound)
    }

    /// The bridge's own argument checks, reported the way Xapian reports its own.
    static func invalidArgument(_ message: String) -> XapianError {
        XapianError(type: "InvalidArgumentError", message: message)
    }
}
