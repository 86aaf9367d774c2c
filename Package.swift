// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Warta",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "warta", targets: ["warta"]),
        .library(name: "Warta", targets: ["WartaPage", "WartaClean", "WartaRules", "WartaExtract", "WartaEval", "WartaExport", "WartaAnalysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.0"),
    ],
    targets: [
        // libxml2 from Debian's libxml2-dev. Only CHTML includes its headers.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        // SQLite from Debian's libsqlite3-dev, for `warta export --sqlite`.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(
            name: "CHTML",
            dependencies: ["CLibXML2"],
            linkerSettings: [.linkedLibrary("z")]
        ),
        // Stage 0: bytes to a decoded page (files, gzip, charsets, limits).
        .target(name: "WartaPage", dependencies: ["CHTML"]),
        // Stage 1: the article: body paragraphs and metadata, boilerplate removed.
        .target(name: "WartaClean", dependencies: ["WartaPage"]),
        // Rule and gazetteer files: load, validate, compile once; the token pattern language.
        .target(name: "WartaRules", dependencies: [.product(name: "Yams", package: "Yams")]),
        // Stage 2: entities with evidence, from the cleaned body and the compiled rules.
        .target(name: "WartaExtract", dependencies: ["WartaRules", "WartaClean"]),
        // Scoring records against gold files (GOLD-FORMAT.md).
        .target(name: "WartaEval", dependencies: ["WartaExport"]),
        // Records, the batch runner and writers.
        .target(name: "WartaExport", dependencies: ["WartaPage", "WartaClean", "WartaExtract"]),
        // What analysts take away: statistics, CSV and SQLite.
        .target(name: "WartaAnalysis", dependencies: ["WartaExport", "CSQLite"]),
        .executableTarget(
            name: "warta",
            dependencies: [
                "WartaExport", "WartaEval", "WartaAnalysis",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "WartaTests",
            dependencies: ["WartaPage", "WartaClean", "WartaEval", "WartaExport", "WartaRules", "WartaExtract", "WartaAnalysis"]
        ),
    ],
    swiftLanguageModes: [.v5]
)
