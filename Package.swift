// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "xuncha",
    products: [
        .executable(name: "xuncha", targets: ["xuncha"]),
        .executable(name: "xuncha-bench", targets: ["xuncha-bench"]),
        .library(name: "SwiftXapian", targets: ["SwiftXapian"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        // Xapian's C++ API behind a pure-C header: opaque handles, no exception ever escapes.
        .target(
            name: "CXapian",
            linkerSettings: [.linkedLibrary("xapian")]
        ),
        // Idiomatic, domain-free Swift over CXapian.
        .target(name: "SwiftXapian", dependencies: ["CXapian"]),
        // ICU word break, reachable from Swift only through a C header free of ICU types.
        .target(
            name: "CSegmenter",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]
        ),
        // Finds the data folders the modules ship, beside the program, without stopping it when one is missing.
        .target(name: "DataFiles"),
        // Chinese text analysis: segmentation, domain lexicon, synonyms.
        .target(
            name: "ChineseText",
            dependencies: ["CSegmenter", "DataFiles"],
            resources: [.copy("Resources")]
        ),
        // Corpus files → notices → paragraphs with metadata and structure.
        .target(
            name: "NoticeParsing",
            dependencies: ["DataFiles"],
            resources: [.copy("Resources")]
        ),
        // libxml2's HTML parser behind a C header free of libxml2 types.
        .target(
            name: "CHTML",
            cSettings: [.unsafeFlags(["-I/usr/include/libxml2"])],
            linkerSettings: [.linkedLibrary("xml2")]
        ),
        // poppler's text extraction behind a C header free of poppler types; no exception ever escapes.
        .target(
            name: "CPDF",
            cxxSettings: [.unsafeFlags(["-I/usr/include/poppler/cpp"])],
            linkerSettings: [.linkedLibrary("poppler-cpp")]
        ),
        // Readers that turn web pages, Word and PDF files into the paragraphs the parser takes from text.
        .target(
            name: "NoticeFormats",
            dependencies: ["NoticeParsing", "CHTML", "CPDF", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // Indexing notices into Xapian and querying them.
        .target(name: "XunchaIndex", dependencies: ["SwiftXapian", "NoticeParsing", "NoticeFormats", "ChineseText"]),
        // A small document model (headings, paragraphs, tables) written as a Word .docx; knows nothing of notices.
        .target(
            name: "DocxWriter",
            dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // The web interface's pages: pure functions from the library's values to HTML, and their assets.
        .target(name: "WebPages", dependencies: ["XunchaIndex"]),
        // A plan laid out as a Word document, Markdown, CSV or JSON lines: written alike by `xuncha plan` and the server.
        .target(name: "PlanDocuments", dependencies: ["XunchaIndex", "DocxWriter"]),
        // The web interface and JSON API served by `xuncha serve`: routes and middleware over XunchaIndex.
        .target(
            name: "XunchaWeb",
            dependencies: ["XunchaIndex", "ChineseText", "WebPages", "PlanDocuments",
                           .product(name: "Hummingbird", package: "hummingbird"),
                           .product(name: "HTTPTypes", package: "swift-http-types"),
                           .product(name: "Logging", package: "swift-log"),
                           .product(name: "NIOCore", package: "swift-nio"),
                           .product(name: "NIOPosix", package: "swift-nio")]
        ),
        // The command-line tool: thin formatting over XunchaIndex.
        .executableTarget(
            name: "xuncha",
            dependencies: [
                "XunchaIndex", "PlanDocuments", "XunchaWeb",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Query latency inside one process, for the benchmark in scripts/bench.
        .executableTarget(
            name: "xuncha-bench",
            dependencies: [
                "XunchaIndex", "ChineseText",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Parse throughput per format, for the benchmark in scripts/bench/formats.
        .executableTarget(name: "xuncha-format-bench", dependencies: ["NoticeFormats", "NoticeParsing"]),
        // What several test targets share: running programs, the checkout's paths, seeded random numbers.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SwiftXapianTests", dependencies: ["SwiftXapian"]),
        .testTarget(name: "ChineseTextTests", dependencies: ["ChineseText"]),
        .testTarget(name: "NoticeParsingTests", dependencies: ["NoticeParsing"], resources: [.copy("Gold")]),
        .testTarget(
            name: "NoticeFormatsTests",
            dependencies: ["NoticeFormats", "NoticeParsing", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "XunchaIndexTests", dependencies: ["XunchaIndex", "TestSupport"]),
        .testTarget(name: "XunchaCLITests", dependencies: ["xuncha", "TestSupport"]),
        .testTarget(name: "WebPagesTests", dependencies: ["WebPages", "XunchaIndex", "ChineseText"], exclude: ["Fixtures"]),
        .testTarget(name: "XunchaWebTests", dependencies: ["xuncha", "XunchaWeb", "TestSupport"]),
        .testTarget(name: "DocxWriterTests", dependencies: ["DocxWriter",
                                                            .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    ],
    cxxLanguageStandard: .cxx17
)
