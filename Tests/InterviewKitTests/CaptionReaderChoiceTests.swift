import Testing
@testable import InterviewKit

/// Each caption or structured-transcript fixture is fitted best by its own reader among all the
/// registered readers, and prose is fitted by none of them.
@Suite("Caption reader choice")
struct CaptionReaderChoiceTests {
    static let cases: [(fixture: String, reader: String)] = [
        (WebVTTReaderTests.interview, WebVTTReader().name),
        (SubRipReaderTests.episode, SubRipReader().name),
        (PodcastTranscriptJSONReaderTests.wordLevel, PodcastTranscriptJSONReader().name),
        (OtterTextReaderTests.export, OtterTextReader().name),
    ]

    @Test("the matching reader scores highest", arguments: 0..<cases.count)
    func bestFit(_ index: Int) throws {
        let input = try ReaderTestSupport.input(Self.cases[index].fixture)
        let scores = FormatReaders.all.map { ($0.name, $0.fit(input).score) }
        let best = try #require(scores.max { $0.1 < $1.1 })
        #expect(best.0 == Self.cases[index].reader)
        #expect(scores.filter { $0.1 == best.1 }.count == 1)
    }

    @Test("prose with a colon, a time and an arrow is nobody's caption")
    func proseFitsNone() throws {
        let prose = """
        Notes: we met at 10:30 to talk.

        The pipeline goes parse --> check --> emit, as {"segments"} says.

        Jane  wrote the rest.
        """
        let input = try ReaderTestSupport.input(prose)
        for reader in FormatReaders.all {
            #expect(reader.fit(input).score < 0.2, "\(reader.name) fits prose")
        }
    }
}
