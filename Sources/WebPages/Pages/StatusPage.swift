import XunchaIndex

/// What the status page reports of the index and its corpus.
public struct IndexStatusFacts: Sendable {
    public var corpusFolders: [String]
    public var contents: IndexContents?
    /// When the index last changed, as shown (`2026-12-06 20:15`).
    public var lastIndexed: String?
    /// How often the corpus folders are checked for changes, in seconds, when they are watched.
    public var watchSeconds: Int?
    /// Whether an indexing run is under way.
    public var indexing: Bool
    /// What the last indexing run ended with, in one sentence, when it failed.
    public var lastFailure: String?
    /// Where the re-index form posts.
    public var reindexAction: String

    public init(corpusFolders: [String], contents: IndexContents?, lastIndexed: String?, watchSeconds: Int? = nil,
                indexing: Bool = false, lastFailure: String? = nil, reindexAction: String = "/status/reindex") {
        self.corpusFolders = corpusFolders; self.contents = contents; self.lastIndexed = lastIndexed
        self.watchSeconds = watchSeconds; self.indexing = indexing; self.lastFailure = lastFailure
        self.reindexAction = reindexAction
    }
}

/// The status page: the corpus folders, what the index holds, when it last changed, and a button that
/// indexes the folders again now.
public enum StatusPage {
    public static func html(_ facts: IndexStatusFacts, context: PageContext) -> String {
        var body = "<h1>索引状态</h1><dl class=\"status\">"
        body += "<dt>语料文件夹</dt><dd>" + (facts.corpusFolders.isEmpty ? "（未记录）"
            : facts.corpusFolders.map { "<code>" + HTML.escape($0) + "</code>" }.joined(separator: "<br>")) + "</dd>"
        if let contents = facts.contents {
            body += "<dt>文件</dt><dd>\(contents.files)</dd><dt>通报</dt><dd>\(contents.notices)</dd><dt>段落</dt><dd>\(contents.paragraphs)</dd>"
        }
        body += "<dt>最近索引</dt><dd>" + HTML.escape(facts.lastIndexed ?? "未知") + "</dd>"
        body += "<dt>自动更新</dt><dd>" + (facts.watchSeconds.map { "每 \($0) 秒检查语料文件夹的变化" } ?? "未开启（启动时加 --watch 秒数）") + "</dd>"
        body += "</dl>"
        if let failure = facts.lastFailure {
            body += "<p class=\"error\" role=\"alert\">上次索引失败：" + HTML.escape(failure) + "</p>"
        }
        if facts.indexing {
            body += "<p class=\"banner\" role=\"status\">正在索引……检索仍使用上一次完成的索引。</p>"
        }
        body += "<form method=\"post\" action=\"" + HTML.escape(facts.reindexAction) + "\">" + context.tokenField
            + "<button type=\"submit\"" + (facts.indexing ? " disabled" : "") + ">立即重建索引</button>"
            + " <small>重新读取语料文件夹，索引新增、修改和删除的文件。</small></form>"
        return Layout.page(title: "索引状态", section: .status, context: context, body: body)
    }
}
