// swift-tools-version: 6.0
import PackageDescription

// The targets follow the pipeline of DESIGN.md; each imports only the ones above it.
//   Writers                                   JSON, Markdown and plain-text writing, fixed-point numbers
//   NewsText                                  text, tokens, sentences
//     ← Lexicons                              every word list (data in Tables/) and its one loader; the parties and claim values they name
//     ← ClaimEngine                           mentions, attribution, typed claims
//     ← Reconciliation                        incidents and where the accounts disagree
//     ← {Pipeline, Review, Evaluation}        the stages composed once (one lexicon, articles read across cores, a
//                                             corpus reconciled); the attribution check and outlet bias; scores
//     ← Reports                               every page and output format, from the analyses above
//     ← CounterclaimCLI ← counterclaim        the command line
// Review and Evaluation read the analyses a Pipeline makes and run no stage themselves; they
// compute and write no output: Reports renders what they compute, and every module writes
// JSON, Markdown and numbers through Writers.
let package = Package(
    name: "Counterclaim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "counterclaim", targets: ["counterclaim"]),
        .library(name: "ClaimEngine", targets: ["ClaimEngine"]),
    ],
    targets: [
        .target(name: "Writers"),
        .target(name: "NewsText"),
        .target(
            name: "Lexicons",
            dependencies: ["NewsText"],
            resources: [.copy("Tables")]
        ),
        .target(name: "ClaimEngine", dependencies: ["NewsText", "Lexicons"]),
        .target(name: "Reconciliation", dependencies: ["NewsText", "Lexicons", "ClaimEngine"]),
        .target(name: "Pipeline", dependencies: ["NewsText", "Lexicons", "ClaimEngine", "Reconciliation"]),
        .target(name: "Review", dependencies: ["NewsText", "Lexicons", "ClaimEngine", "Reconciliation"]),
        .target(name: "Evaluation", dependencies: ["NewsText", "Lexicons", "ClaimEngine", "Reconciliation", "Writers"]),
        .target(
            name: "Reports", dependencies: ["NewsText", "Lexicons", "ClaimEngine", "Reconciliation", "Review", "Evaluation", "Writers"]),
        .target(
            name: "CounterclaimCLI",
            dependencies: [
                "NewsText", "Lexicons", "ClaimEngine", "Reconciliation", "Pipeline", "Review", "Evaluation", "Reports", "Writers",
            ]
        ),
        .executableTarget(name: "counterclaim", dependencies: ["CounterclaimCLI"]),
        // libFuzzer's target for the loaders, extract, check, reconcile and bias (Tests/Fuzz/run.sh);
        // a plain build makes it a tool that replays inputs through the same function.
        .executableTarget(
            name: "CounterclaimFuzz",
            dependencies: ["NewsText", "Lexicons", "ClaimEngine", "Reconciliation", "Pipeline", "Review", "Reports", "LibFuzzerInterface"]),
        .target(name: "LibFuzzerInterface"),
        .target(
            name: "TestSupport", dependencies: ["NewsText", "Lexicons", "ClaimEngine", "Reconciliation", "Pipeline"],
            path: "Tests/TestSupport"),
        .testTarget(name: "NewsTextTests", dependencies: ["NewsText", "TestSupport"]),
        .testTarget(name: "LexiconsTests", dependencies: ["Lexicons", "TestSupport"]),
        .testTarget(name: "ClaimEngineTests", dependencies: ["ClaimEngine", "Lexicons", "Pipeline", "TestSupport"]),
        .testTarget(name: "ReconciliationTests", dependencies: ["Reconciliation", "Reports", "TestSupport"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Reconciliation", "TestSupport"]),
        .testTarget(name: "WritersTests", dependencies: ["Writers"]),
        .testTarget(name: "ReportsTests", dependencies: ["Reports", "Reconciliation", "Writers", "TestSupport"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Reconciliation", "Reports", "Writers", "TestSupport"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "Reconciliation", "Reports", "Writers", "TestSupport"]),
        .testTarget(
            name: "CounterclaimCLITests",
            dependencies: ["CounterclaimCLI", "ClaimEngine", "NewsText", "Reports", "Review", "TestSupport", "Writers"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
