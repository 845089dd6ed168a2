import ArgumentParser

/// `--json`, `--color` and `--no-pager`, shared by every command that prints results.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print JSON for programs: one object per line.")
    var json = false

    @Option(help: "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
    var color: ColorChoice = .auto

    @Flag(name: .customLong("no-pager"), help: "Never send the output through $PAGER (it is only used on a terminal).")
    var noPager = false

    var style: Style { Style(enabled: !json && color.enabled) }
}
