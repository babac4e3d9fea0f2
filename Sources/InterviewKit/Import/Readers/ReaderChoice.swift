/// Which reader reads a file: every reader's fit, best first.
///
/// A close second or a weak winner is worth telling the person about: the import may have
/// read the file in the wrong layout.
struct ReaderChoice {
    struct Candidate {
        var reader: any FormatReader
        var fit: ReaderFit
    }

    /// Readers that fit at all, best first; ties keep `FormatReaders.all`'s order.
    var candidates: [Candidate]

    /// Two fits closer than this are a tie worth a warning.
    static let tieMargin = 0.05
    /// A winner below this is a guess worth a warning.
    static let weakScore = 0.3
    /// A fit from this up is a format's own signature (`WEBVTT`, a doctype): no other reader
    /// should read the file if this one finds nothing in it.
    static let unmistakable = 0.95

    static func rank(_ input: ImportInput, readers: [any FormatReader] = FormatReaders.all) -> ReaderChoice {
        let scored = readers.enumerated().map { offset, reader in (offset, Candidate(reader: reader, fit: reader.fit(input))) }
        let ranked = scored.filter { $0.1.fit.score > 0 }
            .sorted { $0.1.fit.score != $1.1.fit.score ? $0.1.fit.score > $1.1.fit.score : $0.0 < $1.0 }
            .map(\.1)
        return ReaderChoice(candidates: ranked)
    }

    /// What was doubtful about choosing this candidate, if anything.
    func doubt(about chosen: Candidate) -> String? {
        if chosen.fit.score < Self.weakScore, chosen.reader.name != PlainProseReader().name {
            return "read as \(chosen.reader.name) on weak evidence (fit \(Self.percent(chosen.fit.score)))"
        }
        guard let runnerUp = candidates.first(where: { $0.reader.name != chosen.reader.name }),
              let index = candidates.firstIndex(where: { $0.reader.name == chosen.reader.name }),
              index == 0, chosen.fit.score - runnerUp.fit.score < Self.tieMargin
        else { return nil }
        return "could also be \(runnerUp.reader.name) (fit \(Self.percent(runnerUp.fit.score)) against \(Self.percent(chosen.fit.score)))"
    }

    static func percent(_ score: Double) -> String { "\(Int((score * 100).rounded()))%" }
}
