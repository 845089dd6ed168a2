import XCTest
@testable import XunchaIndex

final class XunchaIndexPlaceholderTests: XCTestCase {}
