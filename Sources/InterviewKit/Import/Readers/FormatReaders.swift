/// Every layout the importer knows, one reader each. The best fit wins (`ReaderChoice`); the
/// order here only breaks exact ties, so the more specific layouts come first.
enum FormatReaders {
    static let all: [any FormatReader] = [
        HTMLReader(),
        WebVTTReader(),
        SubRipReader(),
        PodcastTranscriptJSONReader(),
        OtterTextReader(),
        VideoPageReader(),
        LabelledAnswersReader(),
        LabelledTranscriptReader(),
        HeadingQAReader(),
        QAPostReader(),
        PlainProseReader(),
    ]
}
