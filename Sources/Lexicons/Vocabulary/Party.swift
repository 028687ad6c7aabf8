/// Who makes a claim: the canonical party ids of DESIGN.md.
package enum Party: String, CaseIterable, Codable, Sendable, Comparable {
    case armeniaMod = "armenia-mod"
    case azerbaijanMod = "azerbaijan-mod"
    case armeniaGov = "armenia-gov"
    case azerbaijanGov = "azerbaijan-gov"
    /// Nagorno-Karabakh's de facto authorities: a belligerent voice of the Armenian side.
    case karabakh
    case russia
    case eu
    case china
    case un
    case usa
    case france
    case turkey
    case iran
    case other
    /// The article's own voice: a claim with no attribution.
    case narrator

    package var side: PartySide {
        switch self {
        case .armeniaMod, .armeniaGov, .karabakh: .armenia
        case .azerbaijanMod, .azerbaijanGov: .azerbaijan
        default: .third
        }
    }

    /// The belligerent this party belongs to, if any.
    package var belligerent: Belligerent? {
        switch side {
        case .armenia: .armenia
        case .azerbaijan: .azerbaijan
        case .third: nil
        }
    }

    /// The party a defence office of this state speaks for: "Armenia" + "defence ministry".
    package var defenceBranch: Party {
        switch self {
        case .armeniaGov: .armeniaMod
        case .azerbaijanGov: .azerbaijanMod
        default: self
        }
    }

    /// The party a government office of this state speaks for: "Armenia's defence ministry"
    /// is followed by "the foreign ministry", which is Armenia's government.
    package var governmentBranch: Party {
        switch self {
        case .armeniaMod: .armeniaGov
        case .azerbaijanMod: .azerbaijanGov
        default: self
        }
    }

    package static func < (lhs: Party, rhs: Party) -> Bool {
        (allCases.firstIndex(of: lhs) ?? 0) < (allCases.firstIndex(of: rhs) ?? 0)
    }
}

/// The side a party stands on (DESIGN.md's `side` field).
package enum PartySide: String, Codable, Sendable {
    case armenia
    case azerbaijan
    case third
}

/// One of the two belligerents: the values of `aggressor` and `target`.
package enum Belligerent: String, CaseIterable, Codable, Sendable {
    case armenia
    case azerbaijan

    package var opponent: Belligerent { self == .armenia ? .azerbaijan : .armenia }

    /// The side's adjective, "Armenian" or "Azerbaijani": what a loaded term's neutral wording
    /// puts for its `{agent}` ("{agent} control" → "Azerbaijani control").
    package var demonym: String { self == .armenia ? "Armenian" : "Azerbaijani" }
}
