import Foundation

/// How `xuncha serve` was asked to run: the index, where to listen, who may use it, how often to look for new files.
public struct ServerOptions: Sendable {
    public var indexPath: String
    public var host: String
    public var port: Int
    /// When set, every request must carry it: `Authorization: Bearer TOKEN` or the login cookie.
    public var token: String?
    /// Seconds between looks at the corpus folders for new, changed and removed files; nil: never.
    public var watchSeconds: Int?
    /// Megabytes of search answers kept for searches asked again until the index's next commit; 0: none.
    public var cacheMegabytes: Int

    public static let defaultCacheMegabytes = 32

    public init(indexPath: String, host: String = "127.0.0.1", port: Int = 8080, token: String? = nil, watchSeconds: Int? = nil,
                cacheMegabytes: Int = ServerOptions.defaultCacheMegabytes) {
        self.indexPath = indexPath
        self.host = host
        self.port = port
        self.token = token
        self.watchSeconds = watchSeconds
        self.cacheMegabytes = cacheMegabytes
    }

    /// Whether only this machine can reach the address: 127.0.0.0/8, ::1 or the name localhost.
    public static func isLoopback(_ host: String) -> Bool {
        let lowered = host.lowercased()
        if lowered == "localhost" || lowered == "::1" || lowered == "[::1]" { return true }
        let parts = lowered.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    public var isLoopback: Bool { Self.isLoopback(host) }

    /// What `xuncha serve` warns of before it listens on an address other machines can reach; nil on loopback.
    /// `shownHost` is the address as the terminal may show it.
    public func exposureWarning(shownHost: String) -> String? {
        isLoopback ? nil : "serving on \(shownHost), which other machines can reach; every request must carry the token"
    }

    /// What `--token` may be: 16 to 256 characters that a header and a cookie carry as they are.
    public static func isUsableToken(_ token: String) -> Bool {
        (16...256).contains(token.count) && token.unicodeScalars.allSatisfy {
            $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-._~+/=".unicodeScalars.contains($0))
        }
    }
}
