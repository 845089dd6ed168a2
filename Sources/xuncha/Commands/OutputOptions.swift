import ArgumentParser

/// `--json` and `--color`, shared by every command that prints results.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON for programs: one object per line.")
    var json = false

    @Option(help: "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    var style: Style { Style(enabled: !json && color.enabled) }
}
