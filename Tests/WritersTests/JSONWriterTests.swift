import Testing
import Writers

/// JSON written in the order given, with numbers that print the same on every machine.
struct JSONWriterTests {
    @Test func keysKeepTheirOrderAndStringsAreEscaped() {
        var json = JSONWriter()
        json.beginObject()
        json.key("quote")
        json.string("He said \"fire\"\n\tthen\u{1}left")
        json.key("count")
        json.null()
        json.key("places")
        json.beginArray()
        json.string("Jermuk")
        json.string("Goris")
        json.endArray()
        json.endObject()
        #expect(json.output == #"{"quote":"He said \"fire\"\n\tthen\u0001left","count":null,"places":["Jermuk","Goris"]}"#)
    }

    /// JSON Lines: each record on its own line, with no comma between records, and text that
    /// is not ASCII (or not native to Swift's strings) copied byte for byte.
    @Test func recordsEndWithALineBreakAndNoComma() {
        var json = JSONWriter()
        for place in ["Xankəndi", "Şuşa \"centre\""] {
            json.beginObject()
            json.key("place")
            json.string(place)
            json.endObject()
            json.endRecord()
        }
        json.string("Jermuk")
        #expect(json.output == "{\"place\":\"Xankəndi\"}\n{\"place\":\"Şuşa \\\"centre\\\"\"}\n\"Jermuk\"")
    }

    @Test(arguments: [
        (0.8125, "0.813"), (0.0, "0.000"), (1.0, "1.000"), (7.0 / 9, "0.778"), (0.0004, "0.000"), (-0.022, "-0.022"),
    ])
    func decimalsHaveFixedPlaces(value: Double, text: String) {
        var json = JSONWriter()
        json.decimal(value, places: 3)
        #expect(json.output == text)
        #expect(FixedPoint.text(value, places: 3) == text)
    }

    @Test func lineBreaksComeAfterCommas() {
        var json = JSONWriter()
        json.beginObject()
        json.lineBreak(indent: 2)
        json.key("a")
        json.int(1)
        json.lineBreak(indent: 2)
        json.key("b")
        json.decimal(nil, places: 3)
        json.lineBreak(indent: 0)
        json.endObject()
        #expect(json.output == "{\n  \"a\":1,\n  \"b\":null\n}")
    }

    /// An object that grows with the corpus goes out in pieces; the pieces make the same text.
    @Test func spilledPiecesJoinToTheWholeDocument() {
        func write(_ json: inout JSONWriter, spillingInto stream: inout String, atLeast size: Int) {
            json.beginObject()
            json.key("evidence")
            json.beginArray()
            for number in 1...40 {
                json.string("claim \(number) in Jermuk")
                json.spill(to: &stream, atLeast: size)
            }
            json.endArray()
            json.endObject()
        }
        var whole = JSONWriter()
        var unused = ""
        write(&whole, spillingInto: &unused, atLeast: Int.max)
        var pieces = ""
        var json = JSONWriter()
        write(&json, spillingInto: &pieces, atLeast: 64)
        #expect(unused.isEmpty)
        #expect(!pieces.isEmpty)
        #expect(json.output.utf8.count < 64 + 40)
        #expect(pieces + json.flush() == whole.output)
    }
}
