using Crosswire.Core;
using Crosswire.Core.Errors;

namespace Crosswire.Ingest.Input;

/// <summary>
/// Applies the per-article checks of one batch: text over <see cref="InputLimits.MaxArticleChars"/> (E013)
/// and ids unique within the batch. A derived id that collides (two files <c>floods.txt</c> and
/// <c>floods.html</c> both give <c>floods</c>) takes the file name with its extension instead; an id that
/// still collides, or a duplicate id given by the input itself, is rejected (E014).
/// </summary>
internal sealed class IdRegistry
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly int _maxArticleChars;

    /// <summary>Creates the registry of one batch.</summary>
    public IdRegistry(int maxArticleChars)
    {
        _maxArticleChars = maxArticleChars;
    }

    /// <summary>The outcome to report for <paramref name="outcome"/> read from a document whose derived ids
    /// start with <paramref name="idStem"/>; <paramref name="fallbackStem"/> replaces it on a collision.</summary>
    public ReadOutcome Admit(ReadOutcome outcome, string idStem, string? fallbackStem)
    {
        if (!outcome.IsArticle)
        {
            return outcome;
        }

        var article = outcome.Article;
        var input = article.Origin ?? article.Id;
        if (article.Text.Length > _maxArticleChars)
        {
            return ReadOutcome.Rejected(ErrorCatalogue.ArticleTooLarge, input, article.Text.Length, _maxArticleChars);
        }

        if (_ids.Add(article.Id))
        {
            return outcome;
        }

        if (fallbackStem is not null && IsDerived(article.Id, idStem))
        {
            var alternative = fallbackStem + article.Id[idStem.Length..];
            if (_ids.Add(alternative))
            {
                return ReadOutcome.Accepted(article with { Id = alternative });
            }
        }

        return ReadOutcome.Rejected(ErrorCatalogue.DuplicateId, input, article.Id);
    }

    private static bool IsDerived(string id, string stem) =>
        id.StartsWith(stem, StringComparison.Ordinal) && (id.Length == stem.Length || id[stem.Length] is '#' or ':');
}
