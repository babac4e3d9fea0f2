import Foundation

/// Where the search index of a library folder lives.
///
/// The index is a cache, so it goes under `$XDG_CACHE_HOME/parley/` (`~/.cache/parley/` when
/// unset), one file per library folder. The file is named by a hash of the folder's resolved path
/// so that two libraries never share an index and the same folder reached through a symlink does.
enum IndexLocation {
    static func cacheDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        XDG.cacheHome(environment).appendingPathComponent("parley", isDirectory: true)
    }

    static func indexFile(for libraryFolder: URL, in directory: URL) -> URL {
        let path = libraryFolder.standardizedFileURL.resolvingSymlinksInPath().path
        return directory.appendingPathComponent(ContentHash.hex(of: Array(path.utf8)) + ".sqlite")
    }
}

/// FNV-1a, 64 bits: a fast, dependency-free fingerprint.
///
/// It only has to tell "this file changed" from "this file was touched" and keep folder names
/// apart; nobody gains from forging a collision in a local cache, so a cryptographic hash would
/// only cost time.
enum ContentHash {
    /// `basis` is FNV's offset basis; another one gives a second, independent hash of the same
    /// bytes (the catalogue's folder digest uses two).
    static func value<Bytes: Sequence>(of bytes: Bytes, basis: UInt64 = 0xcbf2_9ce4_8422_2325) -> UInt64 where Bytes.Element == UInt8 {
        var hash = basis
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    static func value(of data: Data) -> UInt64 {
        data.withUnsafeBytes { value(of: $0.bindMemory(to: UInt8.self)) }
    }

    static func hex(of bytes: [UInt8]) -> String {
        hex(value(of: bytes))
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
