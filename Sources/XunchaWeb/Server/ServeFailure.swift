import Foundation
import NIOCore

/// Why the server could not start or stopped, in one sentence rather than NIO's wording.
public enum ServeFailure {
    public static func sentence(for error: Error) -> String {
        if let error = error as? IOError {
            switch error.errnoCode {
            case EADDRINUSE: return "the port is already in use (try another --port, or 0 for any free one)"
            case EADDRNOTAVAIL: return "this machine has no such address"
            case EACCES: return "permission denied (ports below 1024 need root)"
            default: return String(cString: strerror(error.errnoCode)).lowercased()
            }
        }
        if error is SocketAddressError { return "the host name cannot be resolved" }
        return "the server stopped unexpectedly"
    }
}
