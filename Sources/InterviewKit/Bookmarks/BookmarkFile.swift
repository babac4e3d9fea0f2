import Foundation

/// The bookmark file's format: a JSON object with a format name, a version and the bookmarks.
///
/// ```json
/// { "format": "parley-bookmarks", "version": 1, "bookmarks": [ { "interviewID": "…", … } ] }
/// ```
/// The version lets a later Parley change the layout without an older one misreading it, and an
/// older Parley refuses to write over a file whose version it does not know (it would drop fields
/// it does not understand).
enum BookmarkFile {
    static let formatName = "parley-bookmarks"
    static let currentVersion = 1

    /// What a bookmark file holds, as far as this version can tell.
    enum Contents: Sendable {
        case missing
        case bookmarks([Bookmark])
        /// Not a bookmark file this or any version could have written; `reason` says what is wrong.
        case corrupt(reason: String)
        /// Written by a newer Parley. `bookmarks` holds what could be read of it, for display only.
        case newer(version: Int, bookmarks: [Bookmark])
    }

    /// Reads the file at `url`; a missing file is `.missing`, an unreadable one (a folder in its
    /// place, no permission) throws, since it cannot be told apart from a good file we cannot see.
    static func read(_ url: URL) throws -> Contents {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            return .missing
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { return .missing }
            throw BookmarkStoreError.unreadable(path: url.path, reason: BookmarkStoreError.reason(error))
        }
        return decode(data)
    }

    static func decode(_ data: Data) -> Contents {
        guard (try? JSONSerialization.jsonObject(with: data)) != nil else {
            return .corrupt(reason: data.isEmpty ? "the file is empty" : "it is not valid JSON")
        }
        guard let header = try? JSONDecoder().decode(Header.self, from: data), header.format == formatName else {
            return .corrupt(reason: "it is not a Parley bookmark file (no \"format\": \"\(formatName)\" and \"version\")")
        }
        if header.version > currentVersion {
            let lenient = try? decoder.decode(LenientDocument.self, from: data)
            return .newer(version: header.version, bookmarks: lenient?.bookmarks.compactMap(\.value) ?? [])
        }
        guard header.version >= 1 else { return .corrupt(reason: "its version \(header.version) does not exist") }
        do {
            return .bookmarks(try decoder.decode(Document.self, from: data).bookmarks)
        } catch {
            return .corrupt(reason: describe(error))
        }
    }

    /// The file's bytes for `bookmarks`: pretty-printed with sorted keys so that it can be read
    /// and diffed by a person, newest bookmark first.
    static func encode(_ bookmarks: [Bookmark]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(date.formatted(preciseTime))
        }
        var data = try encoder.encode(Document(format: formatName, version: currentVersion, bookmarks: bookmarks))
        data.append(0x0A)
        return data
    }

    private struct Header: Decodable {
        var format: String
        var version: Int
    }

    private struct Document: Codable {
        var format: String
        var version: Int
        var bookmarks: [Bookmark]
    }

    private struct LenientDocument: Decodable {
        var bookmarks: [Lenient]
    }

    /// One bookmark of a newer file, or `nil` if its layout changed too much to read.
    private struct Lenient: Decodable {
        var value: Bookmark?
        init(from decoder: Decoder) throws { value = try? Bookmark(from: decoder) }
    }

    private static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        // Whole seconds (a hand-edited file) are accepted too.
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            if let date = (try? Date(text, strategy: preciseTime)) ?? (try? Date(text, strategy: .iso8601)) {
                return date
            }
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "`\(text)` is not an ISO 8601 time")
        }
        return decoder
    }

    /// ISO 8601 in UTC with milliseconds: whole seconds would make bookmarks made in the same
    /// second tie in the newest-first order. A format style, not `ISO8601DateFormatter`, because
    /// on Linux the latter goes through ICU for every date, which made each save of a few hundred
    /// bookmarks cost tens of milliseconds.
    static let preciseTime = Date.ISO8601FormatStyle(includingFractionalSeconds: true)

    /// A decoding error in a few words, naming the bookmark and field it is about.
    private static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return BookmarkStoreError.reason(error) }
        func place(_ path: [CodingKey]) -> String {
            path.map { $0.intValue.map { "bookmark \($0 + 1)" } ?? "`\($0.stringValue)`" }.joined(separator: ", ")
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = place(context.codingPath)
            return "field `\(key.stringValue)` is missing" + (at.isEmpty ? "" : " in \(at)")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(place(context.codingPath)) is not valid: \(context.debugDescription)"
        @unknown default:
            return "\(error)"
        }
    }
}
