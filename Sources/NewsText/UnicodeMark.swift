/// What a non-ASCII scalar means to the tokenizer, read straight from its UTF-8 bytes.
///
/// Only the marks news text relies on are named (typographic quotes, dashes and hyphens,
/// the curly apostrophe, no-break and thin spaces, line separators); the symbol blocks
/// (Latin-1 signs such as `°` and `©`, U+2000–U+2BFF punctuation, currency, arrows and
/// technical signs, and emoji) are punctuation, so `25°C`, `€5` and `#Artsakh🇦🇲` keep
/// their words apart. Every other non-ASCII scalar counts as a letter, so `Əliyev`,
/// `Xankəndi` and `Ստեփանակերտ` are words.
enum UnicodeMark: Equatable {
    /// White space that does not break a line: no-break, thin, em and ideographic spaces.
    case space(Int)
    /// A line or paragraph separator (U+2028, U+2029) or NEL (U+0085): white space that starts a line.
    case lineBreak(Int)
    /// A mark with nothing to see: the soft hyphen, zero-width space, (non-)joiners, word
    /// joiner, byte order mark, combining grapheme joiner, Mongolian vowel separator,
    /// invisible operators, variation selectors, and the bidirectional marks, embeddings,
    /// overrides and isolates. It stays inside a word or number (`Kara\u{AD}bakh`,
    /// `4\u{200B}9`) and out of its key, so it can hide no term and change no count.
    case format(Int)
    case openQuote(Int)
    case closeQuote(Int)
    /// `‘`: a single quote that opens; it is punctuation, as single quotes do not mark speech here.
    case openSingleQuote(Int)
    /// `’`: the curly apostrophe, which is also the closing single quote; and `ʼ` (U+02BC),
    /// which some outlets type for it.
    case apostrophe(Int)
    /// `‐` (U+2010) and the non-breaking hyphen `‑` (U+2011): a hyphen inside a word.
    case hyphen(Int)
    case dash(Int)
    case punctuation(Int)
    case letter

    /// Reads the scalar that starts at `i`, which must be a lead byte (`bytes[i] >= 0x80`).
    init(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) {
        let b0 = bytes[i]
        let b1: UInt8 = i + 1 < bytes.count ? bytes[i + 1] : 0
        let b2: UInt8 = i + 2 < bytes.count ? bytes[i + 2] : 0
        switch (b0, b1) {
        case (0xC2, 0xA0): self = .space(2)  // no-break space
        case (0xC2, 0x85): self = .lineBreak(2)  // next line (NEL)
        case (0xC2, 0xAB): self = .openQuote(2)  // «
        case (0xC2, 0xBB): self = .closeQuote(2)  // »
        case (0xC2, 0xAD): self = .format(2)  // soft hyphen
        case (0xCD, 0x8F): self = .format(2)  // combining grapheme joiner
        case (0xD8, 0x9C): self = .format(2)  // Arabic letter mark
        case (0xC2, 0xAA), (0xC2, 0xB5), (0xC2, 0xBA): self = .letter  // ª µ º
        case (0xC2, _): self = .punctuation(2)  // Latin-1 signs: ° © § · ² ½ ¿ …
        case (0xC3, 0x97), (0xC3, 0xB7): self = .punctuation(2)  // × ÷
        case (0xCA, 0xBC): self = .apostrophe(2)  // ʼ modifier letter apostrophe, typed for ’: "Armeniaʼs"
        case (0xE2, 0x80):
            switch b2 {
            case 0x80...0x8A, 0xAF: self = .space(3)  // en/em/thin/narrow spaces
            case 0x8B, 0x8C, 0x8D: self = .format(3)  // zero-width space, non-joiner, joiner
            case 0x8E, 0x8F: self = .format(3)  // left-to-right and right-to-left marks
            case 0xAA...0xAE: self = .format(3)  // bidirectional embeddings, overrides and pop
            case 0x90, 0x91: self = .hyphen(3)  // ‐ ‑
            case 0x92, 0x93, 0x94, 0x95: self = .dash(3)  // ‒ – — ―
            case 0x98: self = .openSingleQuote(3)  // ‘
            case 0x99: self = .apostrophe(3)  // ’
            case 0x9C, 0x9E: self = .openQuote(3)  // “ „
            case 0x9D: self = .closeQuote(3)  // ”
            case 0xA8, 0xA9: self = .lineBreak(3)  // line and paragraph separators
            default: self = .punctuation(3)  // • … ‹ › ‰ ′ and the rest of General Punctuation
            }
        case (0xE2, 0x88) where b2 == 0x92: self = .dash(3)  // − minus sign, typed for a dash: "45−49"
        case (0xEF, 0xBC) where b2 == 0x8D: self = .dash(3)  // － full-width hyphen-minus
        case (0xEF, 0xB9) where b2 == 0x98 || b2 == 0xA3: self = .dash(3)  // ﹘ ﹣ small dash and hyphen-minus
        case (0xE2, 0x81) where b2 == 0x9F: self = .space(3)  // medium mathematical space
        case (0xE2, 0x81) where (0xA0...0xA4).contains(b2): self = .format(3)  // word joiner, invisible operators
        case (0xE2, 0x81) where (0xA6...0xA9).contains(b2): self = .format(3)  // bidirectional isolates
        case (0xE1, 0xA0) where (0x8B...0x8E).contains(b2): self = .format(3)  // Mongolian selectors, vowel separator
        case (0xE2, 0x80...0xAF): self = .punctuation(3)  // U+2000–U+2BFF: currency, arrows, symbols
        case (0xE3, 0x80) where b2 == 0x80: self = .space(3)  // ideographic space
        case (0xEF, 0xBB) where b2 == 0xBF: self = .format(3)  // BOM / zero-width no-break space
        case (0xEF, 0xB8) where (0x80...0x8F).contains(b2): self = .format(3)  // variation selectors
        case (0xF0, 0x9F): self = .punctuation(4)  // U+1F000–U+1FFFF: emoji, flags, pictographs
        default:
            self = .letter
        }
    }

    /// The byte length of the scalar that starts with this lead byte.
    static func scalarLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
