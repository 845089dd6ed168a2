import CXapian

/// Facts about the Xapian library linked in.
public enum XapianLibrary {
    /// Its version, e.g. "1.4.22".
    public static var version: String { String(cString: cx_version_string()) }
}
