namespace Crosswire.Storage.Stories;

/// <summary>
/// The headline a stored story is listed under: among its articles' titles, the one that shares the most words
/// with the others, so that a story is named after what most of its reports say rather than after whichever
/// page came first (a statement's "Full text: …", a live page). Ties, and stories of one or two titled
/// articles, keep the earliest title; a story with no titled article takes its earliest article's headline.
/// </summary>
public static class StoryHeadline
{
    /// <summary>Titled articles compared, the earliest: bounds the work on a story of thousands of articles.</summary>
    public const int MaxCompared = 50;

    // Words shorter than this are mostly function words ("and", "the", "for") or abbreviations.
    private const int MinWordLength = 4;

    /// <summary>The headline of a story whose articles, in arrival order, have <paramref name="articles"/>'
    /// headlines (<see cref="ArticleHeadline.Of"/>) and say whether the article has a title; empty when there
    /// are none.</summary>
    public static string Choose(IReadOnlyList<(string Headline, bool Titled)> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var titled = articles.Where(article => article.Titled).Take(MaxCompared).Select(article => article.Headline).ToList();
        if (titled.Count == 0)
        {
            return articles.Count > 0 ? articles[0].Headline : "";
        }

        if (titled.Count <= 2)
        {
            return titled[0];
        }

        var words = titled.Select(Words).ToList();
        var best = 0;
        var bestScore = double.NegativeInfinity;
        for (var i = 0; i < words.Count; i++)
        {
            double score = 0;
            for (var j = 0; j < words.Count; j++)
            {
                if (j != i && words[i].Count > 0 && words[j].Count > 0)
                {
                    score += words[i].Count(words[j].Contains) / Math.Sqrt(words[i].Count * (double)words[j].Count);
                }
            }

            if (score > bestScore + 1e-9)
            {
                (best, bestScore) = (i, score);
            }
        }

        return titled[best];
    }

    private static HashSet<string> Words(string headline)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= headline.Length; i++)
        {
            if (i < headline.Length && char.IsLetterOrDigit(headline[i]))
            {
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0 && i - start >= MinWordLength)
            {
                words.Add(headline[start..i].ToLowerInvariant());
            }

            start = -1;
        }

        return words;
    }
}
