/// What every page shows beside its own content: the token its forms carry, the plan basket's size and
/// whether the index changed lately.
public struct PageContext: Sendable {
    /// Sent back by every form that changes something (the plan basket, re-indexing).
    public var csrfToken: String
    /// The name of the form field that carries the token.
    public var csrfField: String
    /// How many paragraphs the plan basket holds.
    public var basketCount: Int
    /// The ids of the paragraphs in the plan basket: their "add to plan" buttons say they are in it.
    public var basket: Set<String>
    /// When the index last changed, as the page shows it (`2026-12-06 20:15`).
    public var indexUpdated: String?
    /// Whether it changed since the reader's previous page, so that results may differ from a moment ago.
    public var indexChangedRecently: Bool

    public init(csrfToken: String, csrfField: String = "csrf", basketCount: Int = 0, basket: Set<String> = [],
                indexUpdated: String? = nil, indexChangedRecently: Bool = false) {
        self.csrfToken = csrfToken
        self.csrfField = csrfField
        self.basketCount = max(basketCount, basket.count)
        self.basket = basket
        self.indexUpdated = indexUpdated
        self.indexChangedRecently = indexChangedRecently
    }

    /// The hidden field every changing form carries.
    var tokenField: String {
        "<input type=\"hidden\" name=\"\(HTML.escape(csrfField))\" value=\"\(HTML.escape(csrfToken))\">"
    }
}
