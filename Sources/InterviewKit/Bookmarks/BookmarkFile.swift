import Foundation

/// The bookmark file's format: a JSON object with a format name, a version and the bookmarks.
///
/// ```json
/// { "format": "parley-bookmarks", "version": 2, "bookmarks": [ { "interviewID": "…", … } ] }
/// ```
/// Version 2 added a bookmark's optional `note`; a version 1 file is read as bookmarks without
/// notes, and written back as version 2.
/// The version lets a later Parley change the layout without an older one misreading it, and an
/// older Parley refuses to write over a file whose version it does not know (it would drop fields
/// it does not understand).
enum BookmarkFile {
    static let formatName = "parley-bookmarks"
    static let currentVersion = 2
    /// The largest bookmark file that is read: a bookmark takes about 500 bytes, so this is some
    /// 60,000 bookmarks, far more than a person makes. A file beyond it is a mistake or hostile,
    /// and decoding it whole would take gigabytes and seconds on every change.
    public static let maximumSize = 32 << 20

    /// What a bookmark file holds, as far as this version can tell.
    enum Contents: Sendable {
        case missing
        case bookmarks([Bookmark])
        /// A bookmark file of which some bookmarks could not be read: `bookmarks` are the good
        /// ones, `rejected` says which others were bad and why, one entry each.
        case partial(bookmarks: [Bookmark], rejected: [String])
        /// Not a bookmark file this or any version could have written; `reason` says what is wrong.
        case corrupt(reason: String)
        /// Written by a newer Parley. `bookmarks` holds what could be read of it, for display only.
        case newer(version: Int, bookmarks: [Bookmark])
    }

    /// Reads the file at `url`; a missing file is `.missing`, an unreadable one (a folder in its
    /// place, no permission, over `maximumSize`) throws, since it cannot be told apart from a good
    /// file we cannot see.
    static func read(_ url: URL) throws -> Contents {
        let data: Data
        do {
            data = try BoundedFile.read(url.path, limit: maximumSize)
        } catch .missing {
            return .missing
        } catch .tooLarge(let bytes) {
            throw BookmarkStoreError.tooLarge(path: url.path, bytes: bytes)
        } catch .folder {
            throw BookmarkStoreError.unreadable(path: url.path, reason: "it is a folder, not a file; move it away or choose another file with --bookmarks")
        } catch {
            throw BookmarkStoreError.unreadable(path: url.path, reason: error.reason)
        }
        return decode(data)
    }

    static func decode(_ data: Data) -> Contents {
        // The decoder, not `JSONSerialization`, decides what is JSON: the latter refuses a whole
        // file for one number out of range (`1e400`), which costs only its bookmark here.
        guard let header = try? JSONDecoder().decode(Header.self, from: data), header.format == formatName else {
            if data.isEmpty { return .corrupt(reason: "the file is empty") }
            if (try? JSONDecoder().decode(JSONShape.self, from: data)) == nil {
                return .corrupt(reason: "it is not valid JSON")
            }
            return .corrupt(reason: "it is not a Parley bookmark file (no \"format\": \"\(formatName)\" and \"version\")")
        }
        if header.version > currentVersion {
            let lenient = try? decoder.decode(LenientDocument.self, from: data)
            return .newer(version: header.version, bookmarks: lenient?.bookmarks.compactMap(\.value) ?? [])
        }
        guard header.version >= 1 else { return .corrupt(reason: "its version \(header.version) does not exist") }
        // Each bookmark is read on its own, so one bad field costs that bookmark, not the file.
        let entries: [Lenient]
        do {
            entries = try decoder.decode(LenientDocument.self, from: data).bookmarks
        } catch {
            return .corrupt(reason: describe(error))
        }
        let rejected = entries.compactMap(\.problem)
        let good = entries.compactMap(\.value)
        return rejected.isEmpty ? .bookmarks(good) : .partial(bookmarks: good, rejected: rejected)
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

    /// Any JSON value at all: decoding it only checks the syntax.
    private struct JSONShape: Decodable {
        init(from decoder: Decoder) throws { _ = try decoder.singleValueContainer() }
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

    /// One bookmark, or why it could not be read (a newer file's layout may have changed too
    /// much; a hand edit may have broken a field).
    private struct Lenient: Decodable {
        var value: Bookmark?
        /// Which bookmark could not be read and why.
        var problem: String?
        init(from decoder: Decoder) throws {
            do {
                value = try Bookmark(from: decoder)
            } catch let error as DecodingError {
                problem = describe(error)
            } catch {
                // Foundation reports a number too large for its field with no field named.
                problem = "\(place(decoder.codingPath)) holds a value that cannot be read (a number out of range?)"
            }
        }
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

    /// Where in the file a coding path points: `bookmark 3, `exchangeIndex``.
    private static func place(_ path: [CodingKey]) -> String {
        path.filter { $0.intValue != nil || $0.stringValue != "bookmarks" }
            .map { $0.intValue.map { "bookmark \($0 + 1)" } ?? "`\($0.stringValue)`" }.joined(separator: ", ")
    }

    /// A decoding error in a few words, naming the bookmark and field it is about.
    private static func describe(_ error: Error) -> String {
        guard let error = error as? DecodingError else { return BookmarkStoreError.reason(error) }
        switch error {
        case .keyNotFound(let key, let context):
            let at = place(context.codingPath)
            return "field `\(key.stringValue)` is missing" + (at.isEmpty ? "" : " in \(at)")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let at = place(context.codingPath)
            return (at.isEmpty ? "a value" : at) + " is not valid: " + context.debugDescription
        @unknown default:
            return "\(error)"
        }
    }
}
