import ClaimEngine
import Foundation

/// The gold claims of one article, `Corpus/labels/<id>.json` (DESIGN.md "Gold labels").
package struct GoldLabels: Decodable, Sendable {
    package struct Claim: Decodable, Sendable {
        package struct Count: Decodable, Sendable, Equatable {
            package let min: Int?
            package let max: Int?
        }
        package let party: String
        package let side: String
        package let mode: String
        package let kind: String
        package let aggressor: String?
        package let target: String?
        package let negated: Bool
        package let victim: String?
        package let outcome: String?
        package let count: Count?
        package let date: String?
        package let quote: String
    }

    package let document: String
    package let claims: [Claim]

    package static func decode(_ data: Data) throws -> GoldLabels {
        try JSONDecoder().decode(GoldLabels.self, from: data)
    }
}
