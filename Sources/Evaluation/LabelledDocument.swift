import NewsText

/// An article and its validated gold claims, in the order of the label file.
package struct LabelledDocument: Sendable {
    package let article: Article
    package let gold: [GoldClaim]

    package init(article: Article, gold: [GoldClaim]) {
        self.article = article
        self.gold = gold
    }
}
