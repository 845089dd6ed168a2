import CXapian

// Calling CXapian: every function reports failure through a trailing
// `cx_error **`, which the functions below turn into a thrown XapianError.

/// Where a CXapian function stores its error.
typealias ErrorSlot = UnsafeMutablePointer<OpaquePointer?>

/// Runs a CXapian call and throws the error it reported, if any. Results of
/// `bool` actions are discardable: the error, not the result, tells failure.
@discardableResult
func bridged<Result>(_ call: (ErrorSlot) throws -> Result) throws -> Result {
    var error: OpaquePointer?
    let result = try call(&error)
    if let error {
        defer { cx_error_free(error) }
        throw XapianError(type: String(cString: cx_error_type(error)),
                          message: String(cString: cx_error_message(error)))
    }
    return result
}

/// Runs a CXapian call that creates a handle, now owned by the caller.
func bridgedHandle(_ call: (ErrorSlot) throws -> OpaquePointer?) throws -> OpaquePointer {
    guard let handle = try bridged(call) else {
        throw XapianError(type: "UnknownError", message: "CXapian returned no handle and no error")
    }
    return handle
}

/// Runs a CXapian call returning a string, which is copied and released.
func bridgedBytes(_ call: (ErrorSlot) throws -> cx_string) throws -> [UInt8] {
    let string = try bridged(call)
    defer { cx_string_free(string) }
    return takeBytes(string)
}

func bridgedString(_ call: (ErrorSlot) throws -> cx_string) throws -> String {
    String(decoding: try bridgedBytes(call), as: UTF8.self)
}

/// A copy of a cx_string's bytes; the caller still frees the cx_string.
func takeBytes(_ string: cx_string) -> [UInt8] {
    guard let data = string.data, string.length > 0 else { return [] }
    return Array(UnsafeRawBufferPointer(start: data, count: string.length))
}

/// Converts a count or position to the 32-bit integers Xapian uses.
func xapianInteger(_ value: Int, _ name: String) throws -> UInt32 {
    guard let converted = UInt32(exactly: value) else {
        throw XapianError.invalidArgument("\(name) \(value) is outside 0...\(UInt32.max)")
    }
    return converted
}

extension String {
    /// Lends the UTF-8 bytes as the (pointer, length) pair CXapian expects.
    func withBridgedBytes<Result>(_ body: (UnsafePointer<CChar>?, Int) throws -> Result) rethrows -> Result {
        var string = self
        return try string.withUTF8 { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress, $0.count) }
        }
    }
}

extension Array where Element == UInt8 {
    func withBridgedBytes<Result>(_ body: (UnsafePointer<CChar>?, Int) throws -> Result) rethrows -> Result {
        try withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress, $0.count) }
        }
    }
}
