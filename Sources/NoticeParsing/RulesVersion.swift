extension NoticeParser {
    /// Changes whenever the parsing rules change what a file yields, so indexes built before are rebuilt.
    public static let rulesVersion = "rules-4"
}
