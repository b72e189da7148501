using System.Collections.Immutable;
using Crosswire.Comparison.Entities;
using Crosswire.Comparison.Quotes;
using Crosswire.Core.Documents;
using Crosswire.Text.Pipeline;

namespace Crosswire.Comparison.Tests.Kit;

/// <summary>
/// Quote measure against the gold <c>quotes</c> of a fixture story. A predicted quotation matches a gold one
/// of the same article when their texts are equal after trimming outer white space, punctuation and
/// quotation marks, or when they overlap substantially: the characters both cover are at least half of the
/// longer of the two (gold spans are located in the article text). Matching is one-to-one, exact matches
/// first. Detection P/R/F1 counts every quotation whatever its kind; per-kind figures are stricter: a match
/// counts for a kind only when both the gold and the predicted quotation are of that kind. Speaker accuracy is over matched pairs: the predicted
/// speaker equals the gold canonical name exactly (<c>unknown</c> = <c>unknown</c>).
/// </summary>
public sealed record QuoteEvaluation(Counts Detection, Accuracy Speakers, ImmutableDictionary<string, Counts> ByKind, ImmutableArray<string> Errors)
{
    /// <summary>Analyses the story, resolves entities, extracts quotations and scores them.</summary>
    public static QuoteEvaluation Of(FixtureStory story)
    {
        var analyzed = story.Articles.Select(a => TextPipeline.Default.Analyze(a)).ToList();
        var entities = EntityResolver.Default.Resolve(analyzed);
        var quotes = QuoteExtractor.Default.Extract(analyzed, entities);
        return Score(story, quotes);
    }

    /// <summary>Scores <paramref name="quotes"/> against the story's gold quotes.</summary>
    public static QuoteEvaluation Score(FixtureStory story, ImmutableArray<Quote> quotes)
    {
        var gold = story.Expected.Quotes.Select(g => (Gold: g, Span: Locate(story, g))).ToList();
        var goldUsed = new bool[gold.Count];
        var predictedUsed = new bool[quotes.Length];
        var pairs = new List<(int Predicted, int Gold)>();
        foreach (var exact in new[] { true, false })
        {
            for (var p = 0; p < quotes.Length; p++)
            {
                if (predictedUsed[p])
                {
                    continue;
                }

                for (var g = 0; g < gold.Count; g++)
                {
                    if (goldUsed[g] || gold[g].Gold.Article != quotes[p].ArticleId)
                    {
                        continue;
                    }

                    if (exact ? Trim(gold[g].Gold.Text) == Trim(quotes[p].Words) : Overlaps(gold[g].Span, quotes[p].Text))
                    {
                        goldUsed[g] = predictedUsed[p] = true;
                        pairs.Add((p, g));
                        break;
                    }
                }
            }
        }

        var errors = ImmutableArray.CreateBuilder<string>();
        var speakers = 0;
        foreach (var (p, g) in pairs)
        {
            if (quotes[p].Speaker == gold[g].Gold.Speaker)
            {
                speakers++;
            }
            else
            {
                errors.Add($"{story.Slug}/{quotes[p].ArticleId}: speaker '{quotes[p].Speaker}', gold '{gold[g].Gold.Speaker}' for {gold[g].Gold.Kind} \"{Short(gold[g].Gold.Text)}\"");
            }
        }

        for (var p = 0; p < quotes.Length; p++)
        {
            if (!predictedUsed[p])
            {
                errors.Add($"{story.Slug}/{quotes[p].ArticleId}: spurious {quotes[p].Kind} \"{Short(quotes[p].Words)}\" ({quotes[p].Speaker})");
            }
        }

        for (var g = 0; g < gold.Count; g++)
        {
            if (!goldUsed[g])
            {
                errors.Add($"{story.Slug}/{gold[g].Gold.Article}: missed {gold[g].Gold.Kind} \"{Short(gold[g].Gold.Text)}\" ({gold[g].Gold.Speaker})");
            }
        }

        var byKind = ImmutableDictionary.CreateBuilder<string, Counts>();
        foreach (var kind in new[] { "direct", "partial", "reported" })
        {
            var correct = pairs.Count(x => gold[x.Gold].Gold.Kind == kind && KindName(quotes[x.Predicted].Kind) == kind);
            byKind[kind] = new Counts(correct, quotes.Count(q => KindName(q.Kind) == kind), gold.Count(x => x.Gold.Kind == kind));
        }

        return new QuoteEvaluation(new Counts(pairs.Count, quotes.Length, gold.Count), new Accuracy(speakers, pairs.Count), byKind.ToImmutable(), errors.ToImmutable());
    }

    private static TextSpan Locate(FixtureStory story, GoldQuote quote)
    {
        var at = story.Article(quote.Article).Text.IndexOf(quote.Text, StringComparison.Ordinal);
        return at < 0 ? default : new TextSpan(at, quote.Text.Length);
    }

    private static bool Overlaps(TextSpan gold, TextSpan predicted)
    {
        var common = Math.Min(gold.End, predicted.End) - Math.Max(gold.Start, predicted.Start);
        return common > 0 && common * 2 >= Math.Max(gold.Length, predicted.Length);
    }

    private static string Trim(string text) => text.Trim().Trim('"', '\u201C', '\u201D', '\'', '\u2018', '\u2019', '.', ',', ';', ':', '!', '?', ' ');

    private static string Short(string text) => text.Length <= 70 ? text : text[..67] + "...";

    private static string KindName(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        _ => "reported",
    };
}
