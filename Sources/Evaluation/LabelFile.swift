import Foundation

/// The JSON of one label file exactly as written (DESIGN.md "Gold labels"), before any value
/// is checked: every field must be present, null where it does not apply.
///
/// Values stay strings here so that `LabelValidator` can name an unknown one
/// ("unknown party 'armenia-mf'") instead of the decoder's "cannot initialize Party".
struct LabelFile: Decodable {
    struct Count: Decodable {
        let min: Int?
        let max: Int?

        // Both keys are required, like every other field, so a typo ("mx") is caught.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            min = try container.decode(Int?.self, forKey: .min)
            max = try container.decode(Int?.self, forKey: .max)
        }

        private enum CodingKeys: String, CodingKey { case min, max }
    }

    struct Claim: Decodable {
        let party: String
        let side: String
        let mode: String
        let kind: String
        let aggressor: String?
        let target: String?
        let negated: Bool
        let victim: String?
        let outcome: String?
        let count: Count?
        let date: String?
        let quote: String

        // Synthesized decoding treats a missing optional as null; the format wants every
        // field written out, so each key is decoded as required.
        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            party = try container.decode(String.self, forKey: .party)
            side = try container.decode(String.self, forKey: .side)
            mode = try container.decode(String.self, forKey: .mode)
            kind = try container.decode(String.self, forKey: .kind)
            aggressor = try container.decode(String?.self, forKey: .aggressor)
            target = try container.decode(String?.self, forKey: .target)
            negated = try container.decode(Bool.self, forKey: .negated)
            victim = try container.decode(String?.self, forKey: .victim)
            outcome = try container.decode(String?.self, forKey: .outcome)
            count = try container.decode(Count?.self, forKey: .count)
            date = try container.decode(String?.self, forKey: .date)
            quote = try container.decode(String.self, forKey: .quote)
        }

        private enum CodingKeys: String, CodingKey {
            case party, side, mode, kind, aggressor, target, negated, victim, outcome, count, date, quote
        }
    }

    let document: String
    let claims: [Claim]

    /// Decodes the file, or says where and why it is not the label format.
    static func decode(_ bytes: [UInt8], file: String) throws(LabelError) -> LabelFile {
        do {
            return try JSONDecoder().decode(LabelFile.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw labelError(error, file: file, bytes: bytes)
        } catch {
            throw LabelError(file: file, message: "not a label file: \(error)")
        }
    }

    /// The decoder's message, placed at the claim it concerns: `claim 2: missing field 'quote'`.
    private static func labelError(_ error: DecodingError, file: String, bytes: [UInt8]) -> LabelError {
        let (path, message): ([any CodingKey], String)
        switch error {
        case .keyNotFound(let key, let context):
            (path, message) = (
                context.codingPath,
                "missing field '\(key.stringValue)'; write every field of the label format, null where it does not apply"
            )
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            (path, message) = (context.codingPath, fieldMessage(context))
        case .dataCorrupted(let context) where context.codingPath.isEmpty:
            (path, message) = ([], "not valid JSON: " + (syntaxError(in: bytes) ?? context.debugDescription))
        case .dataCorrupted(let context):
            (path, message) = (context.codingPath, fieldMessage(context))
        @unknown default:
            (path, message) = ([], "not a label file: \(error)")
        }
        // The path of a claim's field is `claims`, `Index n`, field.
        let claim = path.count >= 2 && path[0].stringValue == "claims" ? path[1].intValue.map { $0 + 1 } : nil
        return LabelError(file: file, claim: claim, message: message)
    }

    /// Where the JSON syntax breaks ("Unexpected end of file during JSON parse."): the
    /// decoder only says that it does.
    private static func syntaxError(in bytes: [UInt8]) -> String? {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes))
            return nil
        } catch {
            return (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        }
    }

    private static func fieldMessage(_ context: DecodingError.Context) -> String {
        guard let field = context.codingPath.last?.stringValue, context.codingPath.last?.intValue == nil else {
            return context.debugDescription
        }
        return "field '\(field)': \(context.debugDescription) (see \"Gold labels\" in DESIGN.md for its type)"
    }
}
