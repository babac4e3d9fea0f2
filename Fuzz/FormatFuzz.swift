import Foundation

/// libFuzzer entry point for the canonical-format reader: any bytes, as if read from a file in
/// the library folder (which is untrusted input).
///
/// Reading must never crash; whatever it accepts and calls valid must survive a round trip
/// (`read(write(model)) == model`), and writing is canonical (`write(read(write(m))) == write(m)`).
@_cdecl("LLVMFuzzerTestOneInput")
public func formatFuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard let text = String(validating: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self) else { return 0 }
    guard let interview = try? InterviewFormat.read(text, file: "fuzz.md") else { return 0 }
    guard interview.validate().isEmpty else { return 0 }
    let written = InterviewFormat.write(interview)
    let reread: Interview
    do {
        reread = try InterviewFormat.read(written)
    } catch {
        fatalError("a valid interview's canonical text does not read back: \(error)\n\(written)")
    }
    guard reread == interview else {
        fatalError("a valid interview changed on the way through the canonical format:\n\(written)")
    }
    guard InterviewFormat.write(reread) == written else {
        fatalError("writing is not canonical:\n\(written)")
    }
    return 0
}
