extension NoticeIndex {
    /// The corpus folders the index was built from, as `xuncha index` remembers them.
    public var corpusFolders: [String] {
        (try? StoredIndexFacts(database: database))?.corpora ?? []
    }
}
