import Foundation

extension JSONEncoder {
    /// The encoder of everything stored as JSON: sorted keys keep stored data byte-identical between a fresh
    /// build and an incremental one.
    static var compact: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
