using System.Collections.Immutable;
using Crosswire.Comparison.Entities;
using Crosswire.Core.Documents;

namespace Crosswire.Comparison.Quotes;

/// <summary>
/// Finds the quotations of a story's articles: direct and partial quotes between quotation marks (also over
/// several paragraphs) and reported speech (<c>X said that …</c>, <c>…, X said</c>, <c>according to X</c>),
/// and resolves each speaker to an entity of the story: a name in the attribution, a pronoun (the latest
/// person of that gender), a role (<c>the minister</c>, <c>the judge</c>), an organisation noun (<c>the
/// council</c>, <c>the force</c>) or the speaker of the quotation before; <see cref="Quote.Unknown"/> when the
/// text does not say.
/// </summary>
public sealed class QuoteExtractor
{
    private readonly QuoteExtractorOptions _options;

    /// <summary>Creates an extractor with <paramref name="options"/> (default: <see cref="QuoteExtractorOptions.Default"/>).</summary>
    public QuoteExtractor(QuoteExtractorOptions? options = null)
    {
        _options = options ?? QuoteExtractorOptions.Default;
    }

    /// <summary>An extractor with the default options.</summary>
    public static QuoteExtractor Default { get; } = new();

    internal QuoteExtractorOptions Options => _options;

    /// <summary>The quotations of every article of a story, in story order, with speakers resolved against
    /// <paramref name="entities"/> (from <see cref="EntityResolver.Resolve(IReadOnlyList{AnalyzedArticle})"/>).</summary>
    public ImmutableArray<Quote> Extract(IReadOnlyList<AnalyzedArticle> story, ImmutableArray<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(story);
        var byArticle = MentionsByArticle(entities.IsDefault ? [] : entities);
        var result = ImmutableArray.CreateBuilder<Quote>();
        foreach (var article in story)
        {
            var mentions = byArticle.TryGetValue(article.Article.Id, out var list) ? list : [];
            result.AddRange(new ArticleQuotes(this, article, entities.IsDefault ? [] : entities, mentions).Run());
        }

        return result.ToImmutable();
    }

    /// <summary>The quotations of one article, in text order.</summary>
    public ImmutableArray<Quote> Extract(AnalyzedArticle article, ImmutableArray<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(article);
        var all = entities.IsDefault ? [] : entities;
        var mentions = MentionsByArticle(all).TryGetValue(article.Article.Id, out var list) ? list : [];
        return new ArticleQuotes(this, article, all, mentions).Run();
    }

    /// <summary>Each article's mentions with their entities, in text order.</summary>
    private static Dictionary<string, List<(EntityMention Mention, Entity Entity)>> MentionsByArticle(ImmutableArray<Entity> entities)
    {
        var byArticle = new Dictionary<string, List<(EntityMention Mention, Entity Entity)>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            foreach (var mention in entity.Mentions)
            {
                if (!byArticle.TryGetValue(mention.ArticleId, out var list))
                {
                    byArticle[mention.ArticleId] = list = [];
                }

                list.Add((mention, entity));
            }
        }

        foreach (var list in byArticle.Values)
        {
            list.Sort((a, b) => a.Mention.Span.Start.CompareTo(b.Mention.Span.Start));
        }

        return byArticle;
    }

    /// <summary>Groups the same quotation carried by several articles: same speaker (or one side unknown)
    /// and words that agree at <see cref="QuoteExtractorOptions.GroupSimilarity"/> or more.</summary>
    public ImmutableArray<QuoteGroup> Group(IReadOnlyList<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var groups = new List<(Quote First, List<Quote> Members, HashSet<string> Words)>();
        foreach (var quote in quotes)
        {
            var words = WordsOf(quote.Words);
            var match = -1;
            for (var g = 0; g < groups.Count && match < 0; g++)
            {
                var (first, members, groupWords) = groups[g];
                var sameSpeaker = first.Speaker == quote.Speaker || first.Speaker == Quote.Unknown || quote.Speaker == Quote.Unknown;
                if (sameSpeaker && members.All(m => m.ArticleId != quote.ArticleId) && Dice(words, groupWords) >= _options.GroupSimilarity)
                {
                    match = g;
                }
            }

            if (match < 0)
            {
                groups.Add((quote, [quote], words));
            }
            else
            {
                groups[match].Members.Add(quote);
            }
        }

        return groups.Select(g =>
        {
            var speaker = g.Members.Where(m => m.Speaker != Quote.Unknown)
                .GroupBy(m => m.Speaker, StringComparer.Ordinal)
                .OrderByDescending(s => s.Count())
                .Select(s => s.Key)
                .FirstOrDefault() ?? Quote.Unknown;
            return new QuoteGroup(g.First.Words, speaker, g.First.Kind, g.Members.Select(m => new QuoteSource(m.ArticleId, m.Text)).ToImmutableArray());
        }).ToImmutableArray();
    }

    private static HashSet<string> WordsOf(string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }

        return words;
    }

    private static double Dice(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count + b.Count == 0)
        {
            return 1;
        }

        var common = a.Count(b.Contains);
        return 2.0 * common / (a.Count + b.Count);
    }
}
