import SwiftXapian

extension NoticeIndex {
    /// The notices that pass the filters, in corpus order. The filters are compiled as for a search, so
    /// `notices --agency X` lists exactly the notices whose paragraphs `search --agency X` draws from. A role
    /// selects paragraphs, not notices, and is refused.
    public func notices(filters: SearchFilters) throws -> [NoticeRecord] {
        if let role = filters.role {
            throw FilterError.roleOnNotices(role)
        }
        let checked = try filters.validated()
        let all = try notices()
        return try reading {
            guard let filter = try FilterCompiler(termsWithPrefix: names(withPrefix:), noticesAtLevel: noticeKeys(atLevel:)).compile(checked) else { return all }
            let enquire = Enquire(database: database)
            try enquire.setWeighting(.boolean)
            return try all.filter { notice in
                try enquire.setQuery(.filter(.term(StoredTerms.notice(notice.key)), filter))
                return try !enquire.matches(maxItems: 1).isEmpty
            }
        }
    }
}
