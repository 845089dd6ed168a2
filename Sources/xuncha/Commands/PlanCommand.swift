import ArgumentParser
import Foundation
import PlanDocuments
import XunchaIndex

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Draft a rectification plan: for each problem of the feedback, other agencies' measures.",
        discussion: """
        Give the inspectors' feedback as a file or on standard input: one problem per line, or numbered \
        (1. （一） ① 一是…); headings such as 一、…方面 become the plan's categories. For each problem the plan \
        holds the best precedents across agencies (one agency each) and their measures merged into a list of \
        suggested steps, the steps most agencies took first, each with its sources. The Word table has the \
        columns 序号 | 问题 | 整改措施（参考） | 参考来源 | 责任单位 | 完成时限, the last two left to fill in.

        The format follows --output's extension (.docx, .md, .csv, .json), else --format; without --output \
        the plan is printed (Markdown by default). Files are written whole or not at all.

        Exit status: 0 plan written, 1 no problem found a precedent (the plan is still written), 2 error.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case docx, md, csv, json
    }

    @Argument(help: ArgumentHelp("The feedback file; - or nothing reads standard input.", valueName: "file"))
    var file: String?

    @Option(help: "docx, md, csv or json (JSON lines).")
    var format: Format?

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the plan to this file.", valueName: "path"))
    var output: String?

    @Flag(help: "Replace the --output file if it exists.")
    var force = false

    @Option(help: "Precedents per problem, from 1 to 10.")
    var precedents = 3

    @OptionGroup var location: IndexLocation
    @OptionGroup var remote: RemoteOptions
    @OptionGroup var filterOptions: NoticeFilterOptions

    func validate() throws {
        if let role = filterOptions.role {
            throw ValidationError("plan pairs each problem with the measures that answer it; --role \(role.rawValue) cannot narrow it")
        }
        guard (1...10).contains(precedents) else {
            throw ValidationError("--precedents takes a number from 1 to 10, not \(precedents)")
        }
        if try resolvedFormat() == .docx && output == nil {
            throw ValidationError("a Word document is written to a file: give --output plan.docx")
        }
    }

    func run() throws {
        let feedback = try FeedbackText.read(try readInput(), source: file ?? "-")
        let problems = try FeedbackProblems.split(feedback)
        let index = try remote.open(location, orBuild: true)
        let plan = try index.plan(for: problems, precedents: precedents, filters: filterOptions.filters)
        let format = try resolvedFormat()
        if let output {
            try AtomicFile.write(try render(plan, as: format), to: output, replacing: force)
        } else {
            // Printed plans are text; what the notices say is escaped like any output for people on a terminal.
            let text = String(decoding: try render(plan, as: format), as: UTF8.self)
            StandardStreams.write(isatty(STDOUT_FILENO) == 1 ? TerminalText.escaped(text, keepingNewlines: true) : text)
        }
        let missing = plan.entries.filter(\.precedents.isEmpty)
        for entry in missing {
            StandardError.line("xuncha: no precedent found for problem \(entry.number): \(entry.problem.text.prefix(40))")
        }
        if let output {
            StandardError.line("xuncha: wrote \(output): \(plan.entries.count) problems, \(plan.entries.count - missing.count) with precedents")
        }
        if missing.count == plan.entries.count { throw ExitCode(1) }
    }

    private func resolvedFormat() throws -> Format {
        if let format { return format }
        guard let output else { return .md }
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "docx": return .docx
        case "md", "markdown": return .md
        case "csv": return .csv
        case "json", "jsonl", "ndjson": return .json
        default:
            throw ValidationError("cannot tell the format from '\(output)': name it .docx, .md, .csv or .json, or give --format")
        }
    }

    private func readInput() throws -> Data {
        guard let file, file != "-" else {
            if isatty(STDIN_FILENO) == 1 {
                throw ValidationError("give the feedback: a file (xuncha plan feedback.txt) or lines on standard input")
            }
            return FileHandle.standardInput.readDataToEndOfFile()
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file, isDirectory: &isFolder) else {
            throw ValidationError("no feedback file '\(file)'")
        }
        guard !isFolder.boolValue else { throw ValidationError("'\(file)' is a folder; give the feedback file") }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw ValidationError("cannot read '\(file)': permission denied")
        }
        return data
    }

    private func render(_ plan: Plan, as format: Format) throws -> Data {
        try PlanFormat(rawValue: format.rawValue)!.data(plan)
    }
}
