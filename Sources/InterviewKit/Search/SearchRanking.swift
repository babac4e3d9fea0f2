/// How much of a large set of matches a search ranks before answering.
///
/// bm25 has to score every matching row, and a word found in most passages matches hundreds
/// of thousands of them in a large library: ranking them all takes about a second on 10,000
/// interviews. A reader typing a query cannot wait that long for each letter, but a one-shot
/// search on the command line can.
public enum SearchRanking: Sendable, Hashable {
    /// The best hits among the first matches in index order, window by window until enough
    /// hits are found: the cost stays flat however large the library grows, and the ranking is
    /// exact whenever the query matches fewer rows than one window.
    case quick
    /// Every match ranked: the best hits of the whole library.
    case exact
}
