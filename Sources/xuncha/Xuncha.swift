import ArgumentParser
import XunchaIndex

@main
struct Xuncha: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Search party-inspection rectification notices.")
}
