/// The query grammar, one click from the search box.
enum QueryHelp {
    static let html: String = {
        let rows: [(String, String)] = [
            ("三重一大 集体决策", "含任一词（及其同义词）的段落，按相关度排序，两词都有的在前"),
            ("\"三重一大\"  “三重一大”", "含这段原文的段落（精确短语）"),
            ("\"三重一大\" 集体决策", "必须含 三重一大；旁边的词只影响排序"),
            ("三重一大 AND 制度", "两者都要"),
            ("\"小金库\" OR \"公务用车\"", "任一即可；OR 结合最松"),
            ("三重一大 NOT 学校  三重一大 -学校", "排除含“学校”的段落"),
            ("(\"小金库\" OR \"公务用车\") 整改", "括号分组；括号内的组必须满足"),
        ]
        var out = "<details class=\"grammar\"><summary>查询语法</summary><table><thead><tr><th>输入</th><th>查找</th></tr></thead><tbody>"
        for (typed, meaning) in rows {
            out += "<tr><td><code>" + HTML.escape(typed) + "</code></td><td>" + HTML.escape(meaning) + "</td></tr>"
        }
        out += "</tbody></table><p>只含排除条件的查询（如 <code>-学校</code>）无法执行；查询最多 10000 个字符。</p></details>"
        return out
    }()
}
