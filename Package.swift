// swift-tools-version: 6.0
import PackageDescription

// The targets follow the pipeline of DESIGN.md; each imports only the ones above it.
//   NewsText ← ClaimEngine ← Reconciliation ← ClaimReports ← {Evaluation, Review} ← CounterclaimCLI ← counterclaim
// Reconciliation groups claims into incidents and finds where accounts disagree; Evaluation
// scores extraction and findings against gold labels (`counterclaim eval`); Review is the
// editor's attribution check (`counterclaim check`) and the outlet bias report
// (`counterclaim bias`), which read events as the reconciler's incidents, so Review imports
// Reconciliation as Evaluation does. Evaluation and Review render with ClaimReports' JSON and
// Markdown writers.
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
        .target(name: "Reconciliation", dependencies: ["NewsText", "ClaimEngine"]),
        .target(name: "ClaimReports", dependencies: ["NewsText", "ClaimEngine", "Reconciliation"]),
        .target(name: "Evaluation", dependencies: ["NewsText", "ClaimEngine", "Reconciliation", "ClaimReports"]),
        .target(name: "Review", dependencies: ["NewsText", "ClaimEngine", "Reconciliation", "ClaimReports"]),
        .target(
            name: "CounterclaimCLI",
            dependencies: ["NewsText", "ClaimEngine", "Reconciliation", "ClaimReports", "Evaluation", "Review"]
        ),
        .executableTarget(name: "counterclaim", dependencies: ["CounterclaimCLI"]),
        // libFuzzer's target for the loaders, extract, check, reconcile and bias (Tests/Fuzz/run.sh);
        // a plain build makes it a tool that replays inputs through the same function.
        .executableTarget(
            name: "CounterclaimFuzz",
            dependencies: ["NewsText", "ClaimEngine", "Reconciliation", "ClaimReports", "Review", "LibFuzzerInterface"]),
        .target(name: "LibFuzzerInterface"),
        .target(name: "TestSupport", dependencies: ["NewsText", "ClaimEngine", "Reconciliation"], path: "Tests/TestSupport"),
        .testTarget(name: "NewsTextTests", dependencies: ["NewsText", "TestSupport"]),
        .testTarget(name: "ClaimEngineTests", dependencies: ["ClaimEngine", "TestSupport"]),
        .testTarget(name: "ReconciliationTests", dependencies: ["Reconciliation", "TestSupport"]),
        .testTarget(name: "ClaimReportsTests", dependencies: ["ClaimReports", "Reconciliation", "TestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Reconciliation", "TestSupport"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Reconciliation", "TestSupport"]),
        .testTarget(
            name: "CounterclaimCLITests",
            dependencies: ["CounterclaimCLI", "TestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
