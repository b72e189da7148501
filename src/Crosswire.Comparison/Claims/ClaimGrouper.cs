using System.Collections.Immutable;
using Crosswire.Comparison.Conflicts;
using Crosswire.Core.Documents;
using Crosswire.Summarization.Attribution;
using Crosswire.Summarization.Stories;

namespace Crosswire.Comparison.Claims;

/// <summary>
/// Groups the sentences of a story's articles into claims: the same information told in different words by
/// different articles. It reuses the summarizer's story index and sentence similarity (story-IDF cosine over
/// stemmed content words, names, numbers and bigrams; <see cref="SourceAttributor"/>) and its copy detection.
/// Sentences are taken in article order; each joins the claim whose every member is at least
/// <see cref="ClaimGrouperOptions.SimilarityThreshold"/> similar to it (complete linkage, strongest claim
/// first), provided that claim has no sentence of the same article yet; otherwise it starts a claim of its
/// own. Candidates come from the attributor's inverted index, so the cost follows shared terms, not all
/// pairs. A claim's status counts independent outlets: an article and its copies count once.
/// </summary>
public sealed class ClaimGrouper
{
    private readonly ClaimGrouperOptions _options;

    /// <summary>Creates a grouper.</summary>
    public ClaimGrouper(ClaimGrouperOptions? options = null)
    {
        _options = options ?? ClaimGrouperOptions.Default;
        _options.Validate();
    }

    /// <summary>The claims of <paramref name="story"/>, most widely reported first, then in reading order.
    /// Every claim is <see cref="ClaimStatus.Corroborated"/> or <see cref="ClaimStatus.SingleSource"/>; the
    /// conflict detector marks conflicts afterwards.</summary>
    public ImmutableArray<Claim> Group(StoryIndex story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var attributor = new SourceAttributor(story, new AttributionOptions { SimilarityThreshold = _options.SimilarityThreshold });
        var layout = new SentenceLayout(story);
        var claimOf = new int[layout.Count];
        Array.Fill(claimOf, -1);
        var members = new List<List<int>>();

        for (var id = 0; id < layout.Count; id++)
        {
            var (article, index) = layout.Locate(id);
            var analyzed = story.Articles[article];
            if (CountWords(analyzed.SentenceText(index)) < _options.MinWords)
            {
                continue;
            }

            var best = -1;
            var bestScore = 0.0;
            foreach (var match in attributor.Attribute(id))
            {
                if (layout.Find(match.ArticleId, match.Span) is not { } other || other > id || claimOf[other] < 0)
                {
                    continue;
                }

                var claim = claimOf[other];
                if (claim == best || layout.HasArticle(members[claim], article))
                {
                    continue;
                }

                var score = double.MaxValue;
                foreach (var member in members[claim])
                {
                    score = Math.Min(score, attributor.Similarity(id, member));
                }

                if (score >= _options.SimilarityThreshold && score > bestScore)
                {
                    best = claim;
                    bestScore = score;
                }
            }

            if (best < 0)
            {
                best = members.Count;
                members.Add([]);
            }

            members[best].Add(id);
            claimOf[id] = best;
        }

        var originals = OriginalsOf(story);
        return [.. members
            .Select(group => Build(story, layout, attributor, originals, group))
            .OrderByDescending(claim => claim.IndependentSources)
            .ThenByDescending(claim => claim.Sources.Length)
            .ThenBy(claim => layout.Find(claim.Sources[0].ArticleId, claim.Sources[0].Span))];
    }

    /// <summary>
    /// Marks the claims the conflicts touch: a claim holding the sentences of two variants with different
    /// values becomes <see cref="ClaimStatus.Conflict"/>; a conflict whose variants fall in different claims
    /// (the outlets told the fact in different sentences) becomes a claim of its own, so every conflict has a
    /// claim. Conflict claims come first.
    /// </summary>
    public static ImmutableArray<Claim> MarkConflicts(ImmutableArray<Claim> claims, IReadOnlyList<Conflict> conflicts)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        var marked = claims.ToBuilder();
        var added = new List<Claim>();
        foreach (var conflict in conflicts)
        {
            var found = false;
            for (var c = 0; c < marked.Count; c++)
            {
                var values = conflict.Variants
                    .Where(v => v.Sources.Any(source => marked[c].Sources.Contains(source)))
                    .Select(v => v.Value)
                    .Distinct(StringComparer.Ordinal)
                    .Count();
                if (values >= 2)
                {
                    marked[c] = marked[c] with { Status = ClaimStatus.Conflict };
                    found = true;
                }
            }

            if (!found)
            {
                var sources = conflict.Variants.SelectMany(v => v.Sources).ToImmutableArray();
                added.Add(new Claim(
                    conflict.Variants[0].Text,
                    ClaimStatus.Conflict,
                    sources,
                    [.. conflict.Variants.Skip(1).Where(v => !string.Equals(v.Text, conflict.Variants[0].Text, StringComparison.Ordinal))
                        .Select(v => new ClaimVariant(v.Text, v.Sources))],
                    conflict.Variants.Length));
            }
        }

        return [.. added, .. marked.Where(c => c.Status == ClaimStatus.Conflict), .. marked.Where(c => c.Status != ClaimStatus.Conflict)];
    }

    /// <summary>Article id → the id of the original of its group of copies (itself when it copies nothing).</summary>
    internal static Dictionary<string, string> OriginalsOf(StoryIndex story)
    {
        var originals = story.Articles.ToDictionary(a => a.Article.Id, a => a.Article.Id, StringComparer.Ordinal);
        foreach (var copy in story.Copies)
        {
            originals[copy.ArticleId] = copy.OriginalId;
        }

        return originals;
    }

    private static Claim Build(StoryIndex story, SentenceLayout layout, SourceAttributor attributor, Dictionary<string, string> originals, List<int> group)
    {
        // The representative is the medoid: the sentence closest on average to the others (earliest on ties).
        var representative = group[0];
        var bestMean = -1.0;
        foreach (var candidate in group)
        {
            var sum = 0.0;
            foreach (var other in group)
            {
                sum += other == candidate ? 0 : attributor.Similarity(candidate, other);
            }

            var mean = group.Count == 1 ? 0 : sum / (group.Count - 1);
            if (mean > bestMean + 1e-9)
            {
                bestMean = mean;
                representative = candidate;
            }
        }

        var sources = group.Select(id => layout.Source(id)).ToImmutableArray();
        var text = layout.Text(representative);
        var variants = group
            .Where(id => id != representative)
            .GroupBy(layout.Text, StringComparer.Ordinal)
            .Where(wording => !string.Equals(wording.Key, text, StringComparison.Ordinal))
            .Select(wording => new ClaimVariant(wording.Key, [.. wording.Select(layout.Source)]))
            .ToImmutableArray();
        var independent = sources.Select(s => originals[s.ArticleId]).Distinct(StringComparer.Ordinal).Count();
        var ordered = sources.Sort((a, b) => SourceOrder(layout, a, b));
        var first = layout.Source(representative);
        ordered = [first, .. ordered.Where(s => s != first)];
        return new Claim(text, independent >= 2 ? ClaimStatus.Corroborated : ClaimStatus.SingleSource, ordered, variants, independent);
    }

    private static int SourceOrder(SentenceLayout layout, ClaimSource a, ClaimSource b) =>
        Nullable.Compare(layout.Find(a.ArticleId, a.Span), layout.Find(b.ArticleId, b.Span));

    private static int CountWords(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
