import Foundation
@testable import InterviewKit

/// Interviews and folders the bookmark tests share.
enum BookmarkFixtures {
    /// An interview with one interviewer and one interviewee; each pair is (question, answer).
    static func interview(id: String = "talk", _ pairs: [(String, String)]) -> Interview {
        Interview(
            id: id, title: "A talk",
            speakers: [
                Speaker(id: "host", name: "Host", role: .interviewer),
                Speaker(id: "guest", name: "Guest Speaker", role: .interviewee),
            ],
            exchanges: pairs.map { question, answer in
                Exchange(question: Question(speaker: "host", text: question),
                         answers: [Answer(speaker: "guest", paragraphs: [answer])])
            }
        )
    }

    static let pairs: [(String, String)] = [
        ("Where did the project start?", "In a garage, with two borrowed laptops and a lot of coffee."),
        ("Why a terminal reader?", "Because reading long interviews in a browser is tiring; text wants a calm screen."),
        ("What comes next?", "Search that understands who said what."),
        ("Anything else?", "Thank you for having me."),
    ]

    /// A fresh empty folder under the system's temporary folder.
    static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("parley-bookmark-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Names of the files in `folder`, sorted.
    static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    static let epoch = Date(timeIntervalSince1970: 1_780_000_000)
}

extension BookmarkFixtures {
    /// Deletes a folder made by `folder()`; a test's leftovers must not pile up in /tmp.
    static func remove(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }
}

/// The built `parley` executable, for tests that need separate processes.
///
/// The test target does not depend on the executable (SwiftPM does not let a test target depend
/// on an executable product), so it is looked for next to the test bundle — `swift build` puts
/// both in `.build/debug` — or at `$PARLEY_BINARY`. Tests that need it are disabled, with a
/// message, when it is not there.
enum ParleyBinary {
    static let url: URL? = {
        var candidates: [URL] = []
        if let explicit = ProcessInfo.processInfo.environment["PARLEY_BINARY"] {
            candidates.append(URL(fileURLWithPath: explicit))
        }
        let running = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates.append(running.deletingLastPathComponent().appendingPathComponent("parley"))
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(package.appendingPathComponent(".build/debug/parley"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    struct Run {
        var status: Int32
        var output: String
        var errors: String
    }

    /// Runs `parley` with `arguments` and waits for it.
    static func run(_ arguments: [String], in folder: URL) throws -> Run {
        guard let url else { throw CocoaError(.fileNoSuchFile) }
        return try runAll(url, [arguments], in: folder)[0]
    }

    /// Starts `executable` once per argument list, all at once, and waits for every one. Output
    /// is collected through files so that a large output cannot fill a pipe and stall a child.
    static func runAll(_ executable: URL, _ argumentLists: [[String]], in folder: URL) throws -> [Run] {
        let started = try argumentLists.enumerated().map { index, arguments in
            let out = folder.appendingPathComponent("run-\(index).out"), err = folder.appendingPathComponent("run-\(index).err")
            try Data().write(to: out)
            try Data().write(to: err)
            let process = Process()
            process.executableURL = executable
            process.arguments = arguments
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            try process.run()
            return (process, out, err)
        }
        return try started.map { process, out, err in
            process.waitUntilExit()
            let run = Run(
                status: process.terminationStatus,
                output: try String(contentsOf: out, encoding: .utf8),
                errors: try String(contentsOf: err, encoding: .utf8))
            try FileManager.default.removeItem(at: out)
            try FileManager.default.removeItem(at: err)
            return run
        }
    }
}
