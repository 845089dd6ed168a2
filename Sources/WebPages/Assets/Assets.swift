/// The page's style sheet and script, served by xuncha itself at fixed paths. Their contents are part of the
/// binary, so a copy of it serves them wherever it runs.
public enum Assets {
    public static let styleSheetPath = "/assets/xuncha.css"
    public static let scriptPath = "/assets/xuncha.js"

    /// The asset at a path, with its media type; nil for any other path.
    public static func asset(at path: String) -> (body: String, contentType: String)? {
        switch path {
        case styleSheetPath: return (StyleSheet.text, "text/css; charset=utf-8")
        case scriptPath: return (Script.text, "text/javascript; charset=utf-8")
        default: return nil
        }
    }
}
