import Lexicons

/// How parties, sides and victims are named in the sentences reports write for people:
/// findings, flags, bias readings. One wording everywhere, so pages agree with each other.
extension Party {
    /// "Armenia's defence ministry", "the EU", "other sources".
    package var displayName: String {
        switch self {
        case .armeniaMod: "Armenia's defence ministry"
        case .azerbaijanMod: "Azerbaijan's defence ministry"
        case .armeniaGov: "Armenia's government"
        case .azerbaijanGov: "Azerbaijan's government"
        case .karabakh: "Nagorno-Karabakh's de facto authorities"
        case .russia: "Russia"
        case .eu: "the EU"
        case .china: "China"
        case .un: "the UN"
        case .usa: "the United States"
        case .france: "France"
        case .turkey: "Turkey"
        case .iran: "Iran"
        case .other: "other sources"
        case .narrator: "the article's own voice"
        }
    }
}

extension Party {
    /// A label short enough for a chart: "Armenia MoD", "Karabakh", "own voice".
    package var shortName: String {
        switch self {
        case .armeniaMod: "Armenia MoD"
        case .azerbaijanMod: "Azerbaijan MoD"
        case .armeniaGov: "Armenia gov."
        case .azerbaijanGov: "Azerbaijan gov."
        case .karabakh: "Karabakh"
        case .eu: "EU"
        case .un: "UN"
        case .usa: "USA"
        case .other: "others"
        case .narrator: "own voice"
        case .russia, .china, .france, .turkey, .iran: displayName
        }
    }
}

extension PartySide {
    /// "Armenia", "Azerbaijan", "third party".
    package var displayName: String {
        switch self {
        case .armenia: "Armenia"
        case .azerbaijan: "Azerbaijan"
        case .third: "third party"
        }
    }
}

extension Belligerent {
    /// "Armenia", "Azerbaijan".
    package var displayName: String { self == .armenia ? "Armenia" : "Azerbaijan" }
}

extension Victim {
    /// "Armenian forces", "Azerbaijani civilians".
    package var displayName: String {
        switch self {
        case .armenia: "Armenian forces"
        case .azerbaijan: "Azerbaijani forces"
        case .civiliansArmenia: "Armenian civilians"
        case .civiliansAzerbaijan: "Azerbaijani civilians"
        }
    }
}

/// Joins names for a sentence: "A", "A and B", "A, B and C".
package func readableList(_ names: [String]) -> String {
    guard let last = names.last else { return "" }
    return names.count == 1 ? last : names.dropLast().joined(separator: ", ") + " and " + last
}
