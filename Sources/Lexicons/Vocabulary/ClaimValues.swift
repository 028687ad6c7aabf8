/// The five kinds of claim.
package enum ClaimKind: String, CaseIterable, Codable, Sendable {
    case attack
    case casualties
    case territory
    case ceasefire
    case appeal
}

/// How the claim is attributed.
package enum Mode: String, CaseIterable, Codable, Sendable {
    /// Inside quotation marks (or a signed post) attributed to the party.
    case direct
    /// Reported speech: "said that…", "according to…".
    case indirect
    /// The article's own voice.
    case unattributed
}

/// Who suffered losses: a belligerent's forces or its civilians.
package enum Victim: String, CaseIterable, Codable, Sendable {
    case armenia
    case azerbaijan
    case civiliansArmenia = "civilians-armenia"
    case civiliansAzerbaijan = "civilians-azerbaijan"

    package init(_ side: Belligerent, civilian: Bool) {
        switch (side, civilian) {
        case (.armenia, false): self = .armenia
        case (.azerbaijan, false): self = .azerbaijan
        case (.armenia, true): self = .civiliansArmenia
        case (.azerbaijan, true): self = .civiliansAzerbaijan
        }
    }

    /// The belligerent whose soldiers or civilians the victims are.
    package var belligerent: Belligerent {
        switch self {
        case .armenia, .civiliansArmenia: .armenia
        case .azerbaijan, .civiliansAzerbaijan: .azerbaijan
        }
    }
}

/// What happened to the victims.
package enum Outcome: String, CaseIterable, Codable, Sendable {
    case killed
    case wounded
    case captured
    case missing
    case positionsLost = "positions-lost"
}

/// The state of a ceasefire a claim reports.
package enum CeasefireStatus: String, CaseIterable, Codable, Sendable {
    /// The ceasefire is named with no status: "the Moscow ceasefire".
    case mentioned
    case agreed
    case inForce = "in-force"
    case violated
}
