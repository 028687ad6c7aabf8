/// Decimal numbers written the same on every machine: `0.812`, never `0.81200000000000006`
/// nor the `0,812` of a German locale.
///
/// Scores are printed and compared at a fixed number of places, so a baseline file written
/// on one machine compares exactly with a run on another.
package enum FixedPoint {
    /// The value in units of the last place, rounded half away from zero: `units(0.8125, places: 3)` is 813.
    package static func units(_ value: Double, places: Int) -> Int {
        Int((value * Double(scale(places))).rounded())
    }

    /// The value with exactly `places` decimals: `text(0.8125, places: 3)` is `"0.813"`.
    package static func text(_ value: Double, places: Int) -> String {
        text(units: units(value, places: places), places: places)
    }

    /// A count of last-place units as a decimal: `text(units: -22, places: 3)` is `"-0.022"`.
    package static func text(units: Int, places: Int) -> String {
        let sign = units < 0 ? "-" : ""
        let whole = units.magnitude / UInt(scale(places))
        guard places > 0 else { return "\(sign)\(whole)" }
        let fraction = String(units.magnitude % UInt(scale(places)))
        return "\(sign)\(whole).\(String(repeating: "0", count: places - fraction.count))\(fraction)"
    }

    private static func scale(_ places: Int) -> Int {
        (0..<places).reduce(1) { product, _ in product * 10 }
    }
}
