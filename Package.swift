// swift-tools-version:6.1
import PackageDescription

// Parley: a terminal reader for interviews.
// One module per layer: InterviewKit (model), TerminalUI (view), Reader (keymap controller),
// CNCurses (the C shim that only TerminalUI's ncurses backend imports), and `parley`, the
// executable that wires them together.
/// The static archives Foundation needs on Linux, in one linker group (see the `parley` target).
let staticFoundation = ["--start-group"] + [
    "Foundation", "FoundationEssentials", "FoundationInternationalization", "CoreFoundation", "_FoundationICU",
    "_FoundationCShims", "_FoundationCollections", "swiftSynchronization", "swift_StringProcessing",
    "swift_RegexParser", "swiftDispatch", "dispatch", "BlocksRuntime", "swiftCore",
].map { "-l" + $0 } + ["--end-group"]

let package = Package(
    name: "Parley",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "parley", targets: ["parley"]),
        .library(name: "InterviewKit", targets: ["InterviewKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "InterviewKit",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(name: "TerminalUI", dependencies: ["CNCurses"]),
        .target(name: "Reader", dependencies: ["InterviewKit", "TerminalUI"]),
        // The config file: read with TOMLKit, it yields the Keymap, Theme and reading width the
        // reader takes as inputs. It sits above Reader so neither the model nor the view knows TOML.
        .target(
            name: "ParleyConfig",
            dependencies: [
                "InterviewKit", "TerminalUI", "Reader",
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        .executableTarget(
            name: "parley",
            dependencies: [
                "InterviewKit", "TerminalUI", "Reader", "ParleyConfig",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // The Swift runtime and Foundation linked into the release binary on Linux: loading
            // and relocating their shared libraries at every start cost each command about 7 ms
            // of CPU (docs/PERFORMANCE.md). `-static-stdlib` links only the core libraries, so
            // Foundation's own static archives are named too, in one group as they refer to
            // each other. Debug builds stay dynamic (the tests link quickly); Apple platforms
            // keep the runtime in the system.
            linkerSettings: [.unsafeFlags(["-static-stdlib"] + staticFoundation.flatMap { ["-Xlinker", $0] }, .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "parley-bench",
            dependencies: [
                "InterviewKit", "TerminalUI", "Reader",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "InterviewKitTests",
            dependencies: [
                "InterviewKit",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(
            name: "TerminalUITests",
            dependencies: [
                "TerminalUI",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "ReaderTests", dependencies: ["Reader", "InterviewKit", "TerminalUI"]),
        .testTarget(name: "ParleyConfigTests", dependencies: ["ParleyConfig", "Reader", "TerminalUI"]),
        .testTarget(name: "EndToEndTests", dependencies: ["InterviewKit", "TerminalUI", "ParleyConfig"]),
    ],
    swiftLanguageModes: [.v6]
)
