namespace Crosswire.Summarization.Stories;

/// <summary>An article recognised as a reprint of another article of the same story (syndicated wire copy,
/// a press release published as news).</summary>
/// <param name="ArticleId">The reprint.</param>
/// <param name="OriginalId">The article it copies: the earliest published of its group of copies (the
/// first given when dates are unknown).</param>
/// <param name="Containment">Share of the smaller article's word shingles found in the other, 0 to 1.</param>
public sealed record ArticleCopy(string ArticleId, string OriginalId, double Containment);
