import Foundation

/// libFuzzer entry point for the importer: any bytes, as if read from a raw interview file.
///
/// Compiled into the same module as the importer's sources (see scripts/fuzz.sh), so a crash,
/// a trap or an AddressSanitizer report anywhere in Importer is a finding. Beyond not crashing,
/// whatever the importer accepts must be a valid interview that the canonical format can write
/// and read back unchanged: that is the importer's promise to the library.
@_cdecl("LLVMFuzzerTestOneInput")
public func importerFuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    guard let result = try? Importer.importText(data, fileName: "fuzz.txt") else { return 0 }
    let interview = result.interview
    let problems = interview.validate()
    guard problems.isEmpty else {
        fatalError("the importer produced an invalid interview: \(problems)")
    }
    let text = InterviewFormat.write(interview)
    let reread: Interview
    do {
        reread = try InterviewFormat.read(text)
    } catch {
        fatalError("the canonical text of an imported interview does not read back: \(error)\n\(text)")
    }
    guard reread == interview else {
        fatalError("an imported interview changed on the way through the canonical format:\n\(text)")
    }
    return 0
}
