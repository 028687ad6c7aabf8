/// The best one-to-one assignment of rows to columns: the Hungarian method (Kuhn–Munkres),
/// O(n²·m) for n rows and m columns — a few dozen claims per article.
///
/// Greedy matching depends on the order claims are visited: gold claim A takes the only
/// prediction gold claim B could use. This finds the assignment with the greatest total
/// weight, so the score of an article does not depend on the order of its claims.
enum Assignment {
    /// The pairs `(row, column)` of the best assignment that have a positive weight, in row
    /// order. `weights[row][column]` is 0 where the two may not be paired.
    static func best(_ weights: [[Int]]) -> [(row: Int, column: Int)] {
        let rows = weights.count
        let columns = weights.first?.count ?? 0
        guard rows > 0, columns > 0 else { return [] }
        // The method wants no more rows than columns; pair the transpose otherwise.
        guard rows <= columns else {
            let transposed = (0..<columns).map { column in (0..<rows).map { weights[$0][column] } }
            return best(transposed).map { (row: $0.column, column: $0.row) }.sorted { $0.row < $1.row }
        }
        let assigned = minimumCostRows(cost: weights.map { $0.map { -$0 } }, columns: columns)
        return (0..<columns).compactMap { column in
            guard let row = assigned[column], weights[row][column] > 0 else { return nil }
            return (row: row, column: column)
        }.sorted { $0.row < $1.row }
    }

    /// For each column, the row assigned to it in a minimum-cost assignment of every row.
    /// The potentials formulation of e-maxx.ru, with index 0 as the sentinel.
    private static func minimumCostRows(cost: [[Int]], columns m: Int) -> [Int?] {
        let n = cost.count
        let infinity = Int.max / 4
        var rowPotential = [Int](repeating: 0, count: n + 1)
        var columnPotential = [Int](repeating: 0, count: m + 1)
        var rowOfColumn = [Int](repeating: 0, count: m + 1)  // 1-based rows; 0 = free
        var previous = [Int](repeating: 0, count: m + 1)
        for row in 1...n {
            rowOfColumn[0] = row
            var column = 0
            var slack = [Int](repeating: infinity, count: m + 1)
            var visited = [Bool](repeating: false, count: m + 1)
            repeat {
                visited[column] = true
                let current = rowOfColumn[column]
                var delta = infinity
                var next = 0
                for candidate in 1...m where !visited[candidate] {
                    let reduced = cost[current - 1][candidate - 1] - rowPotential[current] - columnPotential[candidate]
                    if reduced < slack[candidate] {
                        slack[candidate] = reduced
                        previous[candidate] = column
                    }
                    if slack[candidate] < delta {
                        delta = slack[candidate]
                        next = candidate
                    }
                }
                for index in 0...m {
                    if visited[index] {
                        rowPotential[rowOfColumn[index]] += delta
                        columnPotential[index] -= delta
                    } else {
                        slack[index] -= delta
                    }
                }
                column = next
            } while rowOfColumn[column] != 0
            repeat {
                let before = previous[column]
                rowOfColumn[column] = rowOfColumn[before]
                column = before
            } while column != 0
        }
        return (0...m).dropFirst().map { rowOfColumn[$0] == 0 ? nil : rowOfColumn[$0] - 1 }
    }
}
