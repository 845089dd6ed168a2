import XunchaIndex

/// Prints a list of hits for people or as JSON lines; shared by `search` and `similar`.
struct HitListPrinter {
    let options: OutputOptions

    /// `count`, when given, is how many hits there are in all; JSON lines carry it.
    func print(_ hits: [SearchHit], count: MatchCount? = nil) {
        var output = Output(for: options)
        let style = options.style
        if options.json {
            for hit in hits { output.line(hit.json(count: count).line) }
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
