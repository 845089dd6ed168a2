/// A web page's footer runs from its first footer line (`版权所有`, `ICP备`, `公网安备`, `网站标识码`, `主办单位：`)
/// to the end of the page: the site's address, post code and telephone lines under it (`地址:…大道…号 邮编:…`)
/// are the site's, not the notice's. The next page of a file opens with a title; a long paragraph is never
/// footer either.
enum PageFooter {
    /// Whether a line under a footer line still belongs to the footer.
    static func continues(with text: String) -> Bool {
        PlainText.count(text) <= 120 && !TitleLine.isTitle(text)
    }
}
