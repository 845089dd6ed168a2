/// The look of Chinese official documents (GB/T 9704): 方正小标宋 title, 黑体 headings, 仿宋_GB2312 body,
/// sizes by the 号 scale. Each font names the usual substitutes for machines that lack it.
enum Typography {
    struct Font {
        let name: String
        /// Tried in order when `name` is missing (the fontTable's altName).
        let substitutes: [String]
        /// PANOSE family class, so an application can pick a similar face: roman or swiss.
        let family: String
    }

    static let title = Font(name: "方正小标宋简体", substitutes: ["方正小标宋_GBK", "华文中宋", "STZhongsong", "宋体", "SimSun", "Noto Serif CJK SC"], family: "roman")
    static let heading = Font(name: "黑体", substitutes: ["SimHei", "STHeiti", "Noto Sans CJK SC"], family: "swiss")
    static let body = Font(name: "仿宋_GB2312", substitutes: ["仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC"], family: "roman")
    /// Latin letters and digits inside Chinese text.
    static let latin = Font(name: "Times New Roman", substitutes: ["Liberation Serif"], family: "roman")

    static let fonts = [title, heading, body, latin]

    /// Sizes in half-points, as WordprocessingML counts them.
    enum Size {
        static let erhao = 44    // 二号, 22 pt: the title
        static let sanhao = 32   // 三号, 16 pt: body text and first-level headings
        static let sihao = 28    // 四号, 14 pt: second-level headings and tables
        static let xiaosi = 24   // 小四, 12 pt: table text
    }
}
