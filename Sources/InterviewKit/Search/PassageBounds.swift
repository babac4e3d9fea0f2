import GRDB

/// Keeps every FTS5 row small enough that the work done per hit has a bound.
///
/// FTS5's `snippet()` scores each match of a row against every other match of the row: its
/// cost is the square of the row's matches. A paragraph holding one word 80,000 times took 44 s
/// to show one hit, and a 10 MB file of one repeated word ran for minutes. So a question or
/// paragraph longer than `pieceTokens` tokens is stored as several rows ("pieces") of the same
/// place, cut where a token starts, so the pieces put together are the text exactly; hits on
/// pieces of one place collapse into one hit. The columns every row repeats (title, speaker,
/// start of the question) keep only their first tokens. A row then holds at most
/// `pieceTokens + PassageRow.contextWords + titleTokens + speakerTokens` tokens, and a
/// snippet costs at most the square of that, whatever the file.
///
/// The cost of the split: a phrase that runs across the cut between two pieces is not found.
/// Cuts only happen in texts longer than `pieceTokens` words, which are rare in interviews.
///
/// Token boundaries come from the index's own tokenizer, so a text FTS5 reads as many tokens
/// (`a.a.a.a…`, marks between letters) is cut as FTS5 counts them.
struct PassageBounds {
    static let pieceTokens = 256
    static let titleTokens = 64
    static let speakerTokens = 32

    private let tokenizer: any FTS5Tokenizer

    init(_ db: Database) throws {
        tokenizer = try db.makeTokenizer(FTS5TokenizerDescriptor(components: ["unicode61", "remove_diacritics", "2"]))
    }

    /// The rows to store for one passage: itself when it is small enough, else its pieces.
    func bounded(_ row: PassageRow, title: String) -> [PassageRow] {
        var row = row
        row.title = title
        row.speaker = prefix(of: row.speaker, tokens: Self.speakerTokens)
        if row.kind == .question {
            return pieces(of: row.question, tokens: Self.pieceTokens).map { piece in
                var copy = row
                copy.question = piece
                return copy
            }
        }
        row.question = prefix(of: row.question, tokens: PassageRow.contextWords)
        return pieces(of: row.text, tokens: Self.pieceTokens).map { piece in
            var copy = row
            copy.text = piece
            return copy
        }
    }

    /// The text cut before every `tokens`-th token, or the text itself when it is shorter.
    func pieces(of text: String, tokens: Int) -> [String] {
        guard Self.mayExceed(text, tokens: tokens) else { return [text] }
        let spans = tokenSpans(of: text, stopAfter: nil)
        guard spans.count > tokens else { return [text] }
        let bytes = Array(text.utf8)
        var cuts = stride(from: tokens, to: spans.count, by: tokens).map { spans[$0].start }
        cuts.append(bytes.count)
        var start = 0
        return cuts.map { cut in
            defer { start = cut }
            return String(decoding: bytes[start..<cut], as: UTF8.self)
        }
    }

    /// The text up to the end of its `tokens`-th token.
    func prefix(of text: String, tokens: Int) -> String {
        guard Self.mayExceed(text, tokens: tokens) else { return text }
        let spans = tokenSpans(of: text, stopAfter: tokens + 1)
        guard spans.count > tokens else { return text }
        return String(decoding: Array(text.utf8)[..<spans[tokens - 1].end], as: UTF8.self)
    }

    /// A token is at least one byte and tokens are apart, so a text of fewer than `2 × tokens`
    /// bytes cannot hold more than `tokens` tokens: most texts need no tokenizing at all.
    static func mayExceed(_ text: String, tokens: Int) -> Bool {
        text.utf8.count >= 2 * tokens
    }

    /// Where each token starts and ends, in UTF-8 bytes; at most `stopAfter` of them.
    func tokenSpans(of text: String, stopAfter limit: Int?) -> [(start: Int, end: Int)] {
        let collector = SpanCollector(limit: limit ?? Int.max)
        var bytes = ContiguousArray(text.utf8)
        bytes.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let context = Unmanaged.passUnretained(collector).toOpaque()
            // The tokenizer's result code only repeats what the callback returned; stopping
            // early is the callback's own doing, and unicode61 fails only when out of memory.
            _ = tokenizer.tokenize(
                context: context, tokenization: .document,
                pText: UnsafeRawPointer(base).assumingMemoryBound(to: CChar.self), nText: CInt(buffer.count)
            ) { context, _, _, _, start, end in
                guard let context else { return SpanCollector.stop }
                let collector = Unmanaged<SpanCollector>.fromOpaque(context).takeUnretainedValue()
                collector.spans.append((Int(start), Int(end)))
                return collector.spans.count < collector.limit ? SpanCollector.proceed : SpanCollector.stop
            }
        }
        return collector.spans
    }

    /// What the C callback fills in.
    private final class SpanCollector {
        /// SQLITE_OK: go on; SQLITE_DONE: the tokenizer stops and returns it.
        static let proceed: CInt = 0
        static let stop: CInt = 101

        let limit: Int
        var spans: [(start: Int, end: Int)] = []

        init(limit: Int) { self.limit = limit }
    }
}
