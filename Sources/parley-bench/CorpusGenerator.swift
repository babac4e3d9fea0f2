import Foundation
import InterviewKit

/// Builds interview number `i` of a generated library from the real material.
///
/// Each interview draws from its own generator, seeded from the library seed and its number, so
/// the first 1,000 interviews of the 10,000 library are the 1,000 library: sizes compare the
/// same texts, and one interview can be regenerated without the others.
struct CorpusGenerator {
    let material: CorpusMaterial
    let seed: UInt64

    static let minimumBytes = 5_000
    static let maximumBytes = 200_000
    /// Sizes are `minimum × 40^(u^skew)`: between 5 KB and 200 KB, most of them small, about
    /// 30 KB on average (so 10,000 interviews weigh about 300 MB), like real interview pages
    /// and transcripts.
    static let sizeSkew = 2.3

    func interview(_ number: Int) -> Interview {
        var random = SeededRandom(seed: seed ^ (UInt64(number) &* 0x9E37_79B9_7F4A_7C15))
        let ratio = Double(Self.maximumBytes) / Double(Self.minimumBytes)
        let target = Int(Double(Self.minimumBytes) * pow(ratio, pow(random.unit(), Self.sizeSkew)))

        let speakers = pickSpeakers(&random)
        let host = speakers[0]
        let guests = Array(speakers.dropFirst())
        let title = "\(guests[0].name): \(Self.shortened(random.pick(material.questions), to: 70))"
        let id = "\(Slug.make(title, maxLength: 48))-\(String(format: "%05d", number))"
        let date = String(format: "%04d-%02d-%02d", 2012 + random.index(14), 1 + random.index(12), 1 + random.index(28))

        var bytes = title.utf8.count + 300
        var sections: [Section] = []
        if random.chance(0.4) {
            let intro = (0..<(1 + random.index(2))).map { _ in paragraph(&random) }
            bytes += intro.reduce(0) { $0 + $1.utf8.count + 2 }
            sections.append(Section(kind: .intro, paragraphs: intro, position: 0))
        }
        var exchanges: [Exchange] = []
        while bytes < target {
            let question = random.pick(material.questions)
            bytes += question.utf8.count + 8
            var answers: [Answer] = []
            let answerCount = random.chance(0.15) ? 2 : 1
            for answerIndex in 0..<answerCount {
                let speaker = answerIndex == 0 ? random.pick(guests) : random.pick(speakers)
                var paragraphs: [String] = []
                for _ in 0..<(1 + random.index(4)) {
                    let text = paragraph(&random)
                    guard bytes + text.utf8.count + 2 <= Self.maximumBytes - 2_000 else { break }
                    paragraphs.append(text)
                    bytes += text.utf8.count + 2
                }
                if !paragraphs.isEmpty { answers.append(Answer(speaker: speaker.id, paragraphs: paragraphs)) }
            }
            guard !answers.isEmpty else { break }
            exchanges.append(Exchange(question: Question(speaker: host.id, text: question), answers: answers))
        }
        return Interview(id: id, title: title, date: date, tags: ["generated"], speakers: speakers,
                         sections: sections, exchanges: exchanges)
    }

    /// The same interview as a raw transcript, the layout the podcast transcripts use: a title
    /// line, then `**Name:** words` turns. This is what the import benchmark reads.
    static func rawTranscript(of interview: Interview) -> String {
        var lines = [interview.title, ""]
        for section in interview.sections {
            for paragraph in section.paragraphs { lines += [paragraph, ""] }
        }
        for exchange in interview.exchanges {
            lines += ["**\(interview.name(of: exchange.question.speaker)):** \(exchange.question.text)", ""]
            for answer in exchange.answers {
                for (index, paragraph) in answer.paragraphs.enumerated() {
                    lines += [index == 0 ? "**\(interview.name(of: answer.speaker)):** \(paragraph)" : paragraph, ""]
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    private func paragraph(_ random: inout SeededRandom) -> String {
        if !material.unicodeParagraphs.isEmpty, random.chance(0.2) { return random.pick(material.unicodeParagraphs) }
        return random.pick(material.paragraphs)
    }

    /// A host and one to three guests with distinct names (and so distinct ids).
    private func pickSpeakers(_ random: inout SeededRandom) -> [Speaker] {
        let wanted = 2 + (random.chance(0.3) ? 1 + random.index(2) : 0)
        var chosen: [Speaker] = []
        var ids = Set<String>()
        while chosen.count < wanted {
            let name = random.pick(material.names)
            let id = Slug.make(name, fallback: "speaker")
            guard ids.insert(id).inserted else { continue }
            let role: Speaker.Role = chosen.isEmpty
                ? (random.chance(0.5) ? .host : .interviewer)
                : (random.chance(0.5) ? .guest : .interviewee)
            chosen.append(Speaker(id: id, name: name, role: role))
        }
        return chosen
    }

    /// Cuts at a word boundary, without a dangling question mark's sentence in half.
    static func shortened(_ text: String, to length: Int) -> String {
        let line = text.replacingOccurrences(of: "\n", with: " ")
        guard line.count > length else { return line }
        let prefix = line.prefix(length)
        let cut = prefix.lastIndex(of: " ").map { prefix[..<$0] } ?? prefix
        return cut.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }
}
