import Lexicons
import NewsText

extension AttributionPass {
    /// A signature line: `— Shushan Stepanyan (@ShStepanyan) September 27, 2020`.
    mutating func findSignatures() {
        for (index, sentence) in document.sentences.enumerated() {
            let first = sentence.tokens.lowerBound
            guard tokens[first].kind == .dash, sentence.tokens.count > 1, sentence.tokens.count <= 16,
                tokens[first + 1].isCapitalized,
                sentence.tokens.contains(where: { tokens[$0].key == FunctionWords.openParen })
            else { continue }
            signatures.insert(index)
            let paragraph = tokens[first].startsLine ? sentence.paragraph - 1 : sentence.paragraph
            var post = index - 1
            while post >= 0 && document.sentences[post].paragraph == paragraph && !signatures.contains(post) {
                signedBy[post] = index
                post -= 1
            }
        }
    }

    func signer(of signature: Int) -> Speaker {
        let found = mentions[signature]
        let start = found.sentence.tokens.lowerBound + 1
        var end = start
        while end < found.sentence.tokens.upperBound && tokens[end].key != FunctionWords.openParen
            && tokens[end].kind != .number
        {
            end += 1
        }
        return resolve(start..<end, found) ?? Speaker(party: .other, phrase: bytes(start..<end), role: .source)
    }
}
