import Foundation

/// Paths and names as the file system has them: bytes, which need not be UTF-8. A name that is not UTF-8 is
/// still read and indexed; it is shown with its other bytes escaped (`caf\xE9.txt`), as `ls` does.
enum FileSystemName {
    static func bytes(_ path: String) -> [UInt8] { Array(path.utf8) }

    static func joined(_ folder: [UInt8], _ name: [UInt8]) -> [UInt8] {
        folder.last == UInt8(ascii: "/") ? folder + name : folder + [UInt8(ascii: "/")] + name
    }

    /// The name as text: itself when it is UTF-8, else with every byte that is not part of a character as `\xHH`.
    static func display(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var text = ""
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 0
            if length > 0, index + length <= bytes.count,
               let character = String(validating: bytes[index..<index + length], as: UTF8.self) {
                text += character
                index += length
            } else {
                text += String(format: "\\x%02X", lead)
                index += 1
            }
        }
        return text
    }

    /// The entries of a folder, without `.` and `..`.
    static func list(_ folder: [UInt8]) throws -> [[UInt8]] {
        guard let stream = withCString(folder, { opendir($0) }) else { throw POSIXError(errno) }
        defer { closedir(stream) }
        var names: [[UInt8]] = []
        while true {
            errno = 0
            guard let entry = readdir(stream) else {
                if errno != 0 { throw POSIXError(errno) }
                return names
            }
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix { $0 != 0 })
            }
            if name != [UInt8(ascii: ".")] && name != [UInt8(ascii: "."), UInt8(ascii: ".")] { names.append(name) }
        }
    }

    /// The whole content of a file.
    static func contents(_ path: [UInt8]) throws -> Data {
        var data = Data()
        try forEachPiece(of: path, pieceBytes: 1 << 20) { data.append($0) }
        return data
    }

    /// The first bytes of a file, up to `count`.
    static func head(_ path: [UInt8], count: Int) throws -> Data {
        let descriptor = withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw POSIXError(errno) }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: count)
        while true {
            let read = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if read >= 0 { return Data(buffer[0..<read]) }
            if errno != EINTR { throw POSIXError(errno) }
        }
    }

    /// The content of a file in pieces of up to `pieceBytes`, so that a large file is never held whole.
    static func forEachPiece(of path: [UInt8], pieceBytes: Int, _ body: (Data) throws -> Void) throws {
        let descriptor = withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
        guard descriptor >= 0 else { throw POSIXError(errno) }
        defer { close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: pieceBytes)
        var filled = 0
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 {
                if errno == EINTR { continue }
                throw POSIXError(errno)
            }
            filled += count
            if filled == pieceBytes || count == 0 && filled > 0 {
                try body(Data(buffer[0..<filled]))
                filled = 0
            }
            if count == 0 { return }
        }
    }

    /// The path with every link resolved, or nil (and `errno` set) when it leads nowhere.
    static func resolved(_ path: [UInt8]) -> [UInt8]? {
        guard let real = withCString(path, { realpath($0, nil) }) else { return nil }
        defer { free(real) }
        return Array(UnsafeBufferPointer(start: UnsafeRawPointer(real).assumingMemoryBound(to: UInt8.self),
                                         count: strlen(real)))
    }

    static func withCString<T>(_ path: [UInt8], _ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (path + [0]).withUnsafeBufferPointer { buffer in
            try buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count, body)
        }
    }
}

extension POSIXError {
    init(_ code: Int32) { self.init(POSIXErrorCode(rawValue: code) ?? .EIO) }

    /// The system's words: "Permission denied".
    var sentence: String { String(cString: strerror(code.rawValue)) }
}
