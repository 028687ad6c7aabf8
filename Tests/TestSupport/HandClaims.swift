import ClaimEngine
import Lexicons
import NewsText
import Reconciliation

/// Claims built by hand for the stages after extraction — the reconciler, the reviews, the
/// scorer — so their tests say exactly what they are given and do not move when an
/// extraction rule does.
///
///     let article = HandClaims.Article(id: "wire-a", published: "2022-09-13", sentences: ["Armenia said …"])
///     let claim = article.claim(1, in: 0, party: .armeniaGov, kind: .attack, aggressor: .azerbaijan)
package enum HandClaims {
    /// An article made of sentences, one a line, that hand-built claims are attached to.
    package struct Article {
        package let article: NewsText.Article
        /// Each sentence's bytes in the body.
        package let sentences: [ByteRange]

        package init(id: String, outlet: String = "Hand Wire", published: String? = "2022-09-13", sentences: [String]) {
            var body: [UInt8] = []
            var ranges: [ByteRange] = []
            for sentence in sentences {
                let start = body.count
                body += Array(sentence.utf8)
                ranges.append(ByteRange(start, body.count))
                body.append(UInt8(ascii: "\n"))
            }
            article = NewsText.Article(
                id: id, outlet: outlet, published: published.flatMap { CalendarDate(iso: $0) }, url: "",
                source: "\(id).md", body: body, bodyFirstLine: 1)
            self.sentences = ranges
        }

        /// Claim `number` of the article, read from sentence `sentence`; what is not given is
        /// what a bare claim has. `date` is `YYYY-MM-DD`; `places` are names as written, each
        /// its own place unless `place` ids are given alongside.
        package func claim(
            _ number: Int, in sentence: Int, party: Party, mode: Mode = .indirect, kind: ClaimKind,
            aggressor: Belligerent? = nil, negated: Bool = false, victim: Victim? = nil, outcome: Outcome? = nil,
            count: CountInterval? = nil, date: String? = nil, places: [(name: String, place: String)] = []
        ) -> Claim {
            let range = sentences[sentence]
            return Claim(
                Claim.Fields(
                    number: number, party: party, mode: mode, kind: kind, aggressor: aggressor,
                    negated: negated, victim: victim, outcome: outcome,
                    count: count.map {
                        CountMention(tokens: 0..<0, bytes: range, interval: $0, qualifier: nil, text: $0.description)
                    },
                    date: date.flatMap { EventDate(label: $0) },
                    places: places.map { PlaceReference(name: $0.name, place: $0.place, leaning: .neutral) },
                    rule: ClaimRuleID(
                        attribution: mode == .unattributed ? .narrator : .indirectSpeech,
                        typing: Self.typing(kind, outcome: outcome)),
                    sentence: range))
        }

        /// The typing rule a sentence of this kind would most plainly be read by.
        private static func typing(_ kind: ClaimKind, outcome: Outcome?) -> TypingRule {
            switch kind {
            case .attack: .attack(.verb, .active)
            case .casualties: .casualties(outcome ?? .killed)
            case .territory: .territory(seized: false)
            case .ceasefire: .ceasefire(.agreed)
            case .appeal: .appeal
            }
        }

        /// The article with its claims, as the reconciler reads it.
        package func with(_ claims: [Claim]) -> ArticleClaims {
            ArticleClaims(article: article, claims: claims)
        }
    }
}
