/// Function words: frequent, and of little use for telling notices apart.
/// They stay tokens; whoever indexes or ranks decides what to do with them.
enum StopWords {
    static func contains(_ term: String) -> Bool { words.contains(term) }

    private static let words: Set<String> = [
        "的", "地", "得", "了", "着", "过", "和", "与", "及", "以及", "并", "并且", "或", "或者",
        "在", "对", "对于", "是", "等", "等等", "为", "中", "将", "把", "被", "以", "之", "其",
        "从", "由", "于", "向", "也", "又", "就", "都", "而", "个", "这", "那", "此", "该",
        "上", "下", "有", "所", "一些", "关于", "通过", "按照", "根据", "进行", "方面",
    ]
}
