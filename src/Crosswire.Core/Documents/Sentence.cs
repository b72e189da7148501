namespace Crosswire.Core.Documents;

/// <summary>A sentence: a span of the article's text and the range of its tokens.</summary>
/// <param name="Span">Characters of the sentence, trimmed of surrounding white space.</param>
/// <param name="Paragraph">Index of the paragraph the sentence belongs to.</param>
/// <param name="FirstToken">Index of its first token in <see cref="AnalyzedArticle.Tokens"/>.</param>
/// <param name="TokenCount">Number of tokens.</param>
public readonly record struct Sentence(TextSpan Span, int Paragraph, int FirstToken, int TokenCount);

/// <summary>A paragraph of kept prose (after boilerplate removal).</summary>
/// <param name="Span">Characters of the paragraph, trimmed of surrounding white space.</param>
public readonly record struct Paragraph(TextSpan Span);
