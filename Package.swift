// swift-tools-version: 6.0
import PackageDescription

// The targets follow the pipeline of DESIGN.md; each imports only the ones above it.
//   NewsText ← ClaimEngine ← ClaimReports ← {Evaluation, Review} ← CounterclaimCLI ← counterclaim
// Evaluation scores extraction against gold labels (`counterclaim eval`); Review is the
// editor's attribution check (`counterclaim check`) and the outlet bias report
// (`counterclaim bias`). Both render with ClaimReports' JSON and Markdown writers.
let package = Package(
    name: "Counterclaim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "counterclaim", targets: ["counterclaim"]),
        .library(name: "ClaimEngine", targets: ["ClaimEngine"]),
    ],
    targets: [
        .target(
            name: "NewsText",
            resources: [.copy("Resources")]
        ),
        .target(
            name: "ClaimEngine",
            dependencies: ["NewsText"],
            resources: [.copy("Lexicons")]
        ),
        .target(name: "ClaimReports", dependencies: ["NewsText", "ClaimEngine"]),
        .target(name: "Evaluation", dependencies: ["NewsText", "ClaimEngine", "ClaimReports"]),
        .target(name: "Review", dependencies: ["NewsText", "ClaimEngine", "ClaimReports"]),
        .target(name: "CounterclaimCLI", dependencies: ["NewsText", "ClaimEngine", "ClaimReports", "Evaluation", "Review"]),
        .executableTarget(name: "counterclaim", dependencies: ["CounterclaimCLI"]),
        .target(name: "TestSupport", dependencies: ["NewsText", "ClaimEngine"], path: "Tests/TestSupport"),
        .testTarget(name: "NewsTextTests", dependencies: ["NewsText", "TestSupport"]),
        .testTarget(name: "ClaimEngineTests", dependencies: ["ClaimEngine", "TestSupport"]),
        .testTarget(name: "ClaimReportsTests", dependencies: ["ClaimReports", "TestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "TestSupport"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "TestSupport"]),
        .testTarget(
            name: "CounterclaimCLITests",
            dependencies: ["CounterclaimCLI", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
