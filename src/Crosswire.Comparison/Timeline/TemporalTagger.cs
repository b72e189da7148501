using System.Collections.Immutable;
using Crosswire.Comparison.Values;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;

namespace Crosswire.Comparison.Timeline;

/// <summary>
/// Finds the date and time expressions of an analysed article (weekdays, relative days and periods, dated
/// days, months, years, quarters, seasons, clock times, ranges, anaphora such as <c>the following
/// morning</c>) and normalises each against the article's publication date, in the notation of
/// <see cref="TemporalValue"/>. Durations, ages, recurring times (<c>every Thursday</c>, <c>Sunday
/// afternoons</c>) and vague periods (<c>the 1990s</c>) are not tagged.
/// </summary>
/// <remarks>
/// Relative expressions use the local date of <see cref="Article.Published"/> (the date as printed with its
/// offset). When an article has no publication date, only absolute expressions (<c>12 June 2025</c>,
/// <c>1887</c>) get a value; relative ones are still returned, with a null value. A bare weekday is the most
/// recent such day on or before publication unless the clause is in the future (<c>will</c>, <c>is due
/// to</c>), then the first one after; a month or day without a year is the nearest occurrence, or the coming
/// one in a future clause. Thread-safe.
/// </remarks>
public sealed class TemporalTagger
{
    private static readonly string[] s_futureCues =
    [
        "will", "shall", "would", "due", "expected", "scheduled", "set", "plans", "planned", "planning", "intends",
        "threatened", "threatens", "promised", "vowed", "hopes", "hoped", "aims", "going", "until", "soon", "upcoming",
    ];

    private static readonly string[] s_pastVerbs =
    [
        "was", "were", "had", "did", "said", "told", "met", "took", "came", "went", "left", "began", "made", "won",
        "lost", "held", "broke", "fell", "rose", "sold", "paid", "fled", "struck", "saw", "gave", "got", "found",
        "since",
    ];

    // After one of these an -ed word is an adjective ("a protected area", "the planned plant"), not a verb.
    private static readonly string[] s_determiners =
        ["a", "an", "the", "its", "their", "his", "her", "our", "your", "this", "that", "these", "those"];

    private static readonly string[] s_strongFutureCues = ["will", "shall", "due", "scheduled"];

    // Words before an expression searched for its tense; beyond them only a strong future cue counts.
    private const int TenseWindow = 12;

    private static readonly string[] s_passiveAuxiliaries = ["be", "been", "being", "is", "are", "am", "get", "gets"];

    private readonly TemporalTaggerOptions _options;

    /// <summary>Creates a tagger.</summary>
    public TemporalTagger(TemporalTaggerOptions? options = null)
    {
        _options = options ?? TemporalTaggerOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(_options.NewsDayWindow, nameof(options));
    }

    /// <summary>A shared tagger with the default options.</summary>
    public static TemporalTagger Default { get; } = new();

    /// <summary>The temporal expressions of <paramref name="article"/>, in text order.</summary>
    /// <exception cref="CrosswireException">E210 when the publication date lies outside the years 1000 to 9000.</exception>
    public ImmutableArray<TemporalExpression> Tag(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Article.Text;
        DateOnly? published = null;
        if (article.Article.Published is { } stamp)
        {
            if (stamp.Year is < 1000 or > 9000)
            {
                throw new CrosswireException(ErrorCatalogue.PublishedOutOfRange, article.Article.Id, stamp.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            }

            published = DateOnly.FromDateTime(stamp.DateTime);
        }

        var units = new List<TextSpan>(article.Sentences.Length + 4);
        foreach (var sentence in article.Sentences)
        {
            units.Add(sentence.Span);
        }

        if (_options.IncludeCaptions)
        {
            foreach (var removed in article.Removed)
            {
                if (removed.Kind == BoilerplateKind.Caption)
                {
                    units.Add(removed.Span);
                }
            }

            units.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        var resolver = new TemporalResolver(published, _options.NewsDayWindow);
        var expressions = ImmutableArray.CreateBuilder<TemporalExpression>();
        var matches = new List<(TemporalPattern Pattern, int First, int Last)>();
        foreach (var unit in units)
        {
            var lexer = new ValueLexer(text, unit);
            matches.Clear();
            for (var i = 0; i < lexer.Count; i++)
            {
                if (TemporalMatcher.TryMatch(lexer, i, out var pattern, out var last))
                {
                    if (pattern is not Excluded)
                    {
                        matches.Add((pattern, i, last));
                    }

                    i = last;
                }
            }

            resolver.StartSentence();
            for (var m = 0; m < matches.Count; m++)
            {
                var (pattern, first, last) = matches[m];
                TemporalPattern? nextDay = null;
                for (var n = m + 1; n < matches.Count && nextDay is null; n++)
                {
                    nextDay = matches[n].Pattern.IsDay && matches[n].Pattern is not Anaphor ? matches[n].Pattern : null;
                }

                var value = resolver.Resolve(pattern, TenseBefore(lexer, first), nextDay, out var anchor);
                var span = TextSpan.FromBounds(lexer[first].Start, lexer[last].End);
                expressions.Add(new TemporalExpression(article.Article.Id, span, article.Article.Slice(span), value, anchor, unit));
            }
        }

        return expressions.ToImmutable();
    }

    /// <summary>The tense of the clause before token <paramref name="first"/>: the nearest future cue
    /// (<c>will</c>, <c>is due to</c>, <c>'ll</c>) or past-tense verb decides; <c>since</c> always looks
    /// back ("had been in talks since March").</summary>
    /// <remarks>Past the window only a strong future cue counts, and only when no past-tense verb comes
    /// first: an expression in a trailing phrase takes the tense of the clause it hangs on ("will travel to
    /// the site on Wednesday to see the new factory before flying back to Tokyo on Thursday": Thursday is
    /// ahead). A possessive weekday ("Monday's closing price") names a day already past.</remarks>
    private static Tense TenseBefore(ValueLexer lexer, int first)
    {
        var word0 = lexer.At(first);
        if (word0.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word0.EndsWith("’s", StringComparison.OrdinalIgnoreCase))
        {
            return Tense.Unknown;
        }

        for (var i = first - 1; i >= 0; i--)
        {
            if (lexer.IsPunctuation(i, ';') || lexer.IsPunctuation(i, '.'))
            {
                return Tense.Unknown;
            }

            if (!lexer.IsWord(i))
            {
                continue;
            }

            var word = lexer.At(i);
            if (i >= first - 2 && word.Equals("later", StringComparison.OrdinalIgnoreCase))
            {
                // "expected to visit later on Wednesday" in a Wednesday article: later the same day.
                return Tense.Unknown;
            }

            var inWindow = i >= first - TenseWindow;
            if (word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’ll", StringComparison.OrdinalIgnoreCase)
                || (inWindow ? IsAny(word, s_futureCues) : IsAny(word, s_strongFutureCues)))
            {
                return Tense.Future;
            }

            // The nearest verb decides: "will close after the council approved it on Monday" is past.
            if ((IsAny(word, s_pastVerbs) || (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)
                    && !IsAny(lexer.At(i - 1), s_determiners)))
                && !IsAny(lexer.At(i - 1), s_passiveAuxiliaries))
            {
                return inWindow ? Tense.Past : Tense.Unknown;
            }
        }

        return Tense.Unknown;
    }

    private static bool IsAny(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var candidate in words)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
