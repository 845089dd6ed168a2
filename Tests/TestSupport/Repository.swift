import Foundation

/// Where the tests find the checkout and the programs it builds.
public enum Repository {
    /// The checkout's top folder (Tests/TestSupport/ is two levels below it).
    public static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The built `xuncha`: the products folder holding the tests also holds it; `XUNCHA_BINARY` names another
    /// (a release build, for the long fault-injection runs).
    public static var xuncha: URL {
        if let path = ProcessInfo.processInfo.environment["XUNCHA_BINARY"], !path.isEmpty { return URL(fileURLWithPath: path) }
        var folder = Bundle(for: Marker.self).bundleURL
        if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("xuncha")
    }

    private final class Marker {}
}
