import XCTest
@testable import SwiftXapian

final class SwiftXapianPlaceholderTests: XCTestCase {}
