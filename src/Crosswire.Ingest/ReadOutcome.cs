using System.Diagnostics.CodeAnalysis;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;

namespace Crosswire.Ingest;

/// <summary>
/// What reading one article-sized piece of input gave: an <see cref="Core.Documents.Article"/> or a
/// <see cref="Core.Errors.Rejection"/> naming the input. Exactly one of the two is set (except on
/// <c>default</c>, which no reader returns).
/// </summary>
public readonly record struct ReadOutcome
{
    private ReadOutcome(Article? article, Rejection? rejection)
    {
        Article = article;
        Rejection = rejection;
    }

    /// <summary>The article read, or null when the input was rejected.</summary>
    public Article? Article { get; }

    /// <summary>Why the input was rejected, or null when an article was read.</summary>
    public Rejection? Rejection { get; }

    /// <summary>True when <see cref="Article"/> is set.</summary>
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Rejection))]
    public bool IsArticle => Article is not null;

    /// <summary>The input this outcome is about: the article's origin or the rejected input's name.</summary>
    public string Input => Article?.Origin ?? Article?.Id ?? Rejection?.Input ?? string.Empty;

    /// <summary>An outcome holding <paramref name="article"/>.</summary>
    public static ReadOutcome Accepted(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new ReadOutcome(article, null);
    }

    /// <summary>An outcome holding <paramref name="rejection"/>.</summary>
    public static ReadOutcome Rejected(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return new ReadOutcome(null, rejection);
    }

    /// <summary>An outcome for the error <paramref name="error"/> about <paramref name="input"/>.</summary>
    public static ReadOutcome Rejected(ErrorDescriptor error, string input, params object?[] args) =>
        Rejected(new CrosswireException(error, input, args).ToRejection());
}
