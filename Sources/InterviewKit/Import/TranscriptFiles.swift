import Foundation

/// The files an import reads: the files named, and the transcript files inside the folders
/// named, searched recursively, in a stable order.
public enum TranscriptFiles {
    /// What a transcript file is called, when it is found in a folder rather than named.
    public static let extensions: [String] = ["md", "txt", "vtt", "srt", "json", "html", "htm"]

    /// The files to read, and the folders named that hold none (each one an error to report).
    public static func collect(_ paths: [String]) -> (files: [URL], emptyFolders: [String]) {
        var urls: [URL] = []
        var empty: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                urls.append(URL(fileURLWithPath: path))  // reported as unreadable when read
                continue
            }
            guard isFolder.boolValue else {
                urls.append(URL(fileURLWithPath: path))
                continue
            }
            let found = folder(URL(fileURLWithPath: path, isDirectory: true))
            if found.isEmpty { empty.append(path) }
            urls += found
        }
        return (urls, empty)
    }

    /// Transcript files under a folder, hidden files and folders skipped, sorted by path.
    private static func folder(_ url: URL) -> [URL] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: keys, options: [.skipsHiddenFiles]) else { return [] }
        var found: [URL] = []
        while let next = enumerator.nextObject() as? URL {
            guard extensions.contains(next.pathExtension.lowercased()),
                  (try? next.resourceValues(forKeys: Set(keys)).isRegularFile) == true else { continue }
            found.append(next)
        }
        return found.sorted { $0.path < $1.path }
    }
}
