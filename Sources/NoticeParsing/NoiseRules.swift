import Foundation

/// What one physical line turns out to be once noise is set aside.
enum CleanedLine: Equatable {
    /// Real text of the document, cleaned.
    case content(String)
    /// Publication facts of a web-page capture: kept out of the paragraphs, fed to the notice's metadata.
    case webFact(WebFact)
    /// The footer of a web page (`版权所有`, `ICP备`, `公网安备`, `网站标识码`, `主办单位：`): it and the site's lines
    /// after it are noise.
    case footer
    /// Nothing but noise or whitespace.
    case noise
}

/// Recognizes noise: advertising fragments inside lines, paywall markers, and the boilerplate of web pages
/// (breadcrumbs, footers, print/close buttons).
enum LineCleaner {
    static func classify(_ raw: String) -> CleanedLine {
        let stripped = NoticeText.normalizeWhitespace(removePaywallMarkers(removeAdvertising(raw)))
        if stripped.isEmpty { return .noise }
        if let fact = WebFact.parse(stripped) { return .webFact(fact) }
        if WebBoilerplate.isFooter(stripped) { return .footer }
        if WebBoilerplate.isBoilerplate(stripped) || isPromotion(stripped) { return .noise }
        return .content(stripped)
    }

    /// Words that only advertising fragments contain, compared with all spaces removed.
    private static let adWords = ["公文素材", "dadawk", "微信：", "微信:", "更多公文", "更多资料", "关注公众号", "公众号："]

    /// Removes `【…】` fragments that advertise (`【更多公文素材，微信：dadawk01】`, spaces anywhere inside),
    /// including one cut off by the end of the line. Linear: each bracket is looked at once.
    static func removeAdvertising(_ line: String) -> String {
        guard PlainText.contains(line, "【") else { return line }
        var out = ""
        var rest = line[...]
        while let open = rest.firstIndex(of: "【") {
            out += rest[..<open]
            let afterOpen = rest.index(after: open)
            let window = rest[afterOpen...].prefix(120)
            if let close = window.firstIndex(of: "】"), isAdvertising(NoticeText.squeezed(rest[afterOpen..<close])) {
                rest = rest[rest.index(after: close)...]
            } else if window.endIndex == rest.endIndex, !window.contains("】"),
                      isAdvertising(NoticeText.squeezed(window)) {
                rest = rest[rest.endIndex...]          // cut off by the end of the line
            } else {
                out += "【"
                rest = rest[afterOpen...]
            }
        }
        out += rest
        return out
    }

    private static func isAdvertising(_ squeezedInner: String) -> Bool {
        adWords.contains { squeezedInner.localizedCaseInsensitiveContains($0) }
    }

    /// A line that advertises a document-material service without brackets (`…会员群+网盘群同步每日更新…添加微信：`):
    /// noise when it uses at least two of the trade's phrases.
    static func isPromotion(_ line: String) -> Bool {
        guard PlainText.count(line) <= 400 else { return false }
        if PlainText.isPlain(line) { return plainPromotionPhraseCount(line) >= 2 }
        let squeezed = NoticeText.squeezed(line[...]).lowercased()
        return promotionPhrases.filter { PlainText.contains(squeezed, $0) }.count >= 2
    }

    /// On plain text, lowercasing changes no CJK scalar and maps ASCII letters to ASCII: the phrases are found
    /// in the bytes of the line without spaces and with ASCII letters lowercased.
    private static func plainPromotionPhraseCount(_ line: String) -> Int {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(line.utf8.count)
        for s in line.unicodeScalars where !NoticeText.isSpace(s) {
            if s.value >= 0x41 && s.value <= 0x5A { bytes.append(UInt8(s.value) | 0x20) } else { UTF8.encode(s) { bytes.append($0) } }
        }
        return bytes.withUnsafeBufferPointer { text in
            promotionLiterals.filter { UTF8Text(bytes: text).contains($0) }.count
        }
    }
    private static let promotionLiterals = promotionPhrases.map(Literal.init)

    private static let promotionPhrases = [
        "更新材料", "会员群", "网盘群", "一键精准搜索", "一键快速查找", "一键极速下载", "vip会员", "万字材料",
        "添加微信", "加微信", "有意加入", "素材需求", "公文素材", "材料代写",
    ]

    /// `##paidbegin##`, `##paidend##` and similar `##word##` markers of content platforms.
    static func removePaywallMarkers(_ line: String) -> String {
        guard PlainText.contains(line, "##") else { return line }
        return line.replacingOccurrences(of: "##[A-Za-z_]{2,20}##", with: "", options: .regularExpression)
    }
}
