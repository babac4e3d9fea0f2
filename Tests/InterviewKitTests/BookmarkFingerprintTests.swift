import Foundation
import Testing
@testable import InterviewKit

@Suite struct BookmarkFingerprintTests {
    @Test func matchesPublishedFNV1a64Values() {
        // Reference values of FNV-1a 64 (offset basis for the empty string).
        #expect(BookmarkFingerprint.of(question: "") == "cbf29ce484222325")
        #expect(BookmarkFingerprint.of(question: "a") == "af63dc4c8601ec8c")
        #expect(BookmarkFingerprint.of(question: "foobar") == "85944171f73967e8")
    }

    @Test func ignoresCaseAndWhitespace() {
        let plain = BookmarkStore.fingerprint(question: "Why a terminal reader?")
        #expect(BookmarkStore.fingerprint(question: "  why a\nTERMINAL\t reader?  ") == plain)
        #expect(BookmarkStore.fingerprint(question: "Why a terminal reader!") != plain)
    }

    @Test func composedAndDecomposedAccentsAgree() {
        #expect(BookmarkStore.fingerprint(question: "Caf\u{E9}?") == BookmarkStore.fingerprint(question: "Cafe\u{301}?"))
    }

    @Test func alwaysSixteenHexDigits() {
        for text in ["", "a", "問題は何ですか？", "🎉 party?", String(repeating: "long ", count: 500)] {
            let print = BookmarkStore.fingerprint(question: text)
            #expect(print.count == 16)
            #expect(print.allSatisfy { $0.isHexDigit && !$0.isUppercase })
        }
    }

    @Test func makeKeepsAShortExcerptAndQuestion() {
        let long = String(repeating: "word ", count: 100)
        let interview = BookmarkFixtures.interview([("Q?", long), ("日本語の質問？", String(repeating: "長", count: 300))])
        let bookmark = BookmarkStore.make(interview: interview, exchange: 0, answer: 0, now: BookmarkFixtures.epoch)
        #expect(bookmark.excerpt.count <= Bookmark.excerptLength)
        #expect(bookmark.excerpt.hasSuffix("word…"))
        #expect(bookmark.speaker == "Guest Speaker")
        #expect(bookmark.question == "Q?")
        let cjk = BookmarkStore.make(interview: interview, exchange: 1, answer: 0, now: BookmarkFixtures.epoch)
        #expect(cjk.excerpt.count == Bookmark.excerptLength)
        #expect(cjk.excerpt.hasSuffix("長…"))
        #expect(cjk.exchangeIndex == 1)
    }
}
