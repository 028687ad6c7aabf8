import Reconciliation

/// How the pages word the reconciler's values for a reader: party and side names rather than
/// ids. The JSON keeps the ids (`Position.Stance.description`); only the pages say it in words.
extension Position.Stance {
    /// "blames Azerbaijan", "denies that Armenia attacked", "45–49", "no number".
    package var readable: String {
        switch self {
        case .blames(let side): "blames \(side.displayName)"
        case .denies(let side): "denies that \(side.displayName) attacked"
        default: description
        }
    }
}

extension FigureQuestion {
    /// "Armenian forces killed", "Armenian forces killed or missing (merged figure)": a
    /// merged figure says so wherever it is shown, so it is never read as one outcome's toll.
    package var label: String { isMerged ? "\(self) (merged figure)" : description }
}
