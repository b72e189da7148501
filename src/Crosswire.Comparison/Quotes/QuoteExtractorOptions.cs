namespace Crosswire.Comparison.Quotes;

/// <summary>Options of the <see cref="QuoteExtractor"/>.</summary>
public sealed record QuoteExtractorOptions
{
    /// <summary>The defaults: reported speech extracted, reported clauses of at least 3 words, scare quotes of up to 2 words dropped, quotes of
    /// different articles grouped when their words agree at 0.8 or more.</summary>
    public static QuoteExtractorOptions Default { get; } = new();

    /// <summary>Extract reported (indirect) speech as well as quotations in marks. Default true.</summary>
    public bool IncludeReported { get; init; } = true;

    /// <summary>Shortest reported clause kept, in words. Default 3.</summary>
    public int MinReportedWords { get; init; } = 3;

    /// <summary>Longest phrase in marks, in words, that is taken for a scare quote (the reporter's own words, as
    /// in <c>a "smart" wall</c>) when it sits inside the reporter's sentence with no verb of saying near it.
    /// Default 2; 0 keeps every phrase in marks.</summary>
    public int MaxScareQuoteWords { get; init; } = 2;

    /// <summary>Word overlap (Dice coefficient over lower-cased words) from which quotations of two articles
    /// are taken for the same quotation in <see cref="QuoteExtractor.Group"/>. Default 0.8.</summary>
    public double GroupSimilarity { get; init; } = 0.8;
}
