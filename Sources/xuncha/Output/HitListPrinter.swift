import XunchaIndex

/// Prints a list of hits for people or as JSON lines; shared by `search` and `similar`.
struct HitListPrinter {
    let json: Bool
    let style: Style

    func print(_ hits: [SearchHit]) {
        var output = Output()
        if json {
            for hit in hits { output.line(JSONFields.hit(hit).line) }
        } else {
            let printer = HitPrinter(style: style)
            for (number, hit) in hits.enumerated() {
                if number > 0 { output.line() }
                for line in printer.lines(for: hit) { output.line(line) }
            }
        }
        output.flush()
    }
}
