/// The fixed 200 queries every search measurement runs, of every kind the query language has.
///
/// They are plain technical vocabulary, chosen to span very common words (found in most
/// interviews) to rare ones, so that latency is measured over realistic result sizes and not
/// only over cheap queries.
enum BenchQueries {
    enum Kind: String, Codable, CaseIterable {
        case oneWord = "one word"
        case severalWords = "several words"
        case phrase
        case prefix
        case filter
        case noHits = "no hits"
    }

    struct Query: Codable {
        var kind: Kind
        var text: String
        /// The literal `grep -ril` looks for, when grep can express the query.
        var grepLiteral: String?
    }

    static let oneWords = [
        "think", "people", "code", "really", "time", "work", "language", "team", "problem", "project",
        "software", "open", "community", "data", "design", "build", "performance", "testing", "database", "learn",
        "company", "product", "security", "server", "browser", "library", "framework", "kubernetes", "javascript", "python",
        "rust", "compiler", "docker", "cloud", "api", "interview", "conference", "documentation", "refactoring", "latency",
        "garbage", "concurrency", "typescript", "postgres", "elixir", "webassembly", "monorepo", "observability", "accessibility", "café",
    ]

    static let severalWords = [
        "open source", "data science", "machine learning", "type system", "web browser", "test suite",
        "code review", "error handling", "package manager", "build system", "memory safety", "developer experience",
        "cloud provider", "release cycle", "side project", "remote work", "hiring process", "user interface",
        "distributed systems", "mobile app", "first job", "computer science", "garbage collector", "unit tests",
        "database schema", "version control", "command line", "static typing", "functional programming", "hot reload",
        "pull request review", "open source maintainers", "learn new language", "production incident postmortem",
        "javascript framework fatigue", "rust compiler errors", "kubernetes cluster upgrade", "python packaging tools",
        "terminal text editor", "design system components",
    ]

    static let phrases = [
        "open source", "pull request", "the first time", "at the end of the day", "I think that",
        "a lot of people", "best practices", "in production", "machine learning", "the command line",
        "my first job", "side project", "we ended up", "it depends", "code of conduct",
        "technical debt", "the hard part", "back in the day", "move fast", "single page app",
        "state management", "type safety", "dependency injection", "continuous integration", "feature flags",
        "load balancer", "static site", "developer advocate", "standard library", "what do you think",
    ]

    static let prefixes = [
        "kube*", "data*", "prog*", "test*", "deploy*", "micro*", "java*", "type*", "comp*", "perf*",
        "secur*", "conf*", "infra*", "contain*", "algo*", "refact*", "observ*", "async*", "frame*", "regis*",
        "open sour*", "machine lear*", "unit tes*", "type sys*", "web asse*", "garbage coll*", "pack*", "interv*", "doc*", "bench*",
    ]

    static let filters = [
        "speaker:jo code", "speaker:ma testing", "speaker:an design", "speaker:da database", "speaker:ch community",
        "speaker:st python", "speaker:ad \"open source\"", "speaker:ke rust", "speaker:je javascript", "speaker:ni docker",
        "in:go concurrency", "in:rust compiler", "in:open community", "in:design people", "in:data python",
        "q:why", "q:how work", "q:favorite", "q:advice", "q:start",
        "testing -javascript", "database -postgres", "rust -go", "python -django", "cloud -aws",
        "rust OR go", "vim OR emacs", "postgres OR mysql", "react OR vue OR angular", "kubernetes OR docker -swarm",
    ]

    static let noHits = [
        "zqxjvw", "flurbotronic", "quixotically", "xylophonist", "qwertzuiop",
        "blorptastic", "snorkelwocky", "\"banana kubernetes toaster\"", "zzyzx*", "mxyzptlk",
        "frobnicatorium", "glibberflux", "speaker:zzqq code", "in:xyzzyplugh code", "q:wibblewobble",
        "plonkfiddle", "\"purple compiler giraffe\"", "vorpalsnicker", "jabberwockyish", "quuxbazinator",
    ]

    /// All 200, in a fixed order.
    static let all: [Query] = {
        var queries: [Query] = []
        queries += oneWords.map { Query(kind: .oneWord, text: $0, grepLiteral: $0) }
        queries += severalWords.map { Query(kind: .severalWords, text: $0, grepLiteral: nil) }
        queries += phrases.map { Query(kind: .phrase, text: "\"\($0)\"", grepLiteral: $0) }
        queries += prefixes.map { Query(kind: .prefix, text: $0, grepLiteral: nil) }
        queries += filters.map { Query(kind: .filter, text: $0, grepLiteral: nil) }
        queries += noHits.map { Query(kind: .noHits, text: $0, grepLiteral: nil) }
        precondition(queries.count == 200, "the benchmark promises 200 queries")
        return queries
    }()

    /// The queries grep is timed on: a spread of one-word and phrase queries, from common to rare.
    static let grepSample: [Query] = {
        let words = all.filter { $0.kind == .oneWord }
        let phrases = all.filter { $0.kind == .phrase }
        return stride(from: 0, to: words.count, by: 5).map { words[$0] } + stride(from: 0, to: phrases.count, by: 6).map { phrases[$0] }
    }()

    /// The word typed letter by letter in the reader's search pane: found in most interviews.
    static let commonWord = "think"
    /// Typed after it: a rarer word, then a phrase.
    static let typedAfter = ["kubernetes", "\"open source\""]
}
