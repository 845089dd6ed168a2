import CSegmenter

/// ICU's word segmentation of UTF-8 text: segments covering the whole input,
/// each with its kind (word of some script, or space/punctuation).
enum WordBreaker {
    static let ideographic = Int32(CSG_KIND_IDEOGRAPHIC.rawValue)
    static let none = Int32(CSG_KIND_NONE.rawValue)

    /// The segments of `utf8`, or [] when ICU fails (texts over 2 GB).
    static func segments(of utf8: UnsafeBufferPointer<UInt8>) -> [csg_segment] {
        guard let base = utf8.baseAddress, !utf8.isEmpty else { return [] }
        return [csg_segment](unsafeUninitializedCapacity: utf8.count) { buffer, initialized in
            let count = csg_segment_words(base, Int64(utf8.count), buffer.baseAddress, Int64(buffer.count))
            initialized = max(0, Int(count))
        }
    }

    static var icuVersion: String { String(cString: csg_icu_version()) }
}
