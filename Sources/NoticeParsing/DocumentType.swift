/// The kind of document, from the title's own words: 整改进展情况通报, 整改情况报告, 阶段性进展通报, 工作汇报, …
enum DocumentType {
    static func of(title: String?) -> String? {
        guard let title else { return nil }
        if title.hasSuffix("汇报") { return "工作汇报" }
        let kinds = ["通报", "报告", "公示", "公告"]
        guard let kind = kinds.first(where: { title.hasSuffix($0) }) ?? kinds.first(where: { title.contains($0) }) else {
            return nil
        }
        if title.contains("阶段性") { return "阶段性进展" + kind }
        if title.contains("进展") { return "整改进展情况" + kind }
        if title.contains("完成情况") { return "整改完成情况" + kind }
        return "整改情况" + kind
    }
}
