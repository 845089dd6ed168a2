import CXapian

extension Database {
    /// Connects to a database served at `host`:`port` by Xapian's remote protocol (`xapian-tcpsrv`).
    ///
    /// The connection must be made within `connectTimeout` seconds and every later exchange answered within
    /// `timeout`; otherwise the call at hand throws a `NetworkTimeoutError`, and a refused or broken
    /// connection a `NetworkError`. Add it to other databases with `add(_:)` to search them as one: Xapian
    /// gathers the statistics of all, so ranking equals that over one database holding everything.
    public convenience init(remoteHost host: String, port: UInt16, timeout: Double, connectTimeout: Double) throws {
        let handle = try bridgedHandle { error in
            host.withBridgedBytes {
                cx_database_open_remote($0, $1, UInt32(port), Self.milliseconds(timeout),
                                        Self.milliseconds(connectTimeout), error)
            }
        }
        self.init(handle: handle)
    }

    private static func milliseconds(_ seconds: Double) -> UInt32 {
        UInt32(min(max(seconds * 1000, 1), Double(UInt32.max)))
    }
}
