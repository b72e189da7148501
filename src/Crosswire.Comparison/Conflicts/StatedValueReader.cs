using System.Collections.Immutable;
using Crosswire.Comparison.Entities;
using Crosswire.Comparison.Timeline;
using Crosswire.Comparison.Values;
using Crosswire.Summarization.Stories;

namespace Crosswire.Comparison.Conflicts;

/// <summary>
/// Collects the values a story's articles state, for the <see cref="ConflictDetector"/>: numbers and
/// quantities from the <see cref="ValueRecognizer"/>, dates and clock times from the
/// <see cref="TemporalTagger"/> (resolved ones only) and participants: every mention of a person or
/// organisation entity, its value the entity's canonical name (so "Mr Smith" and "John Smith" agree).
/// </summary>
public sealed class StatedValueReader
{
    private readonly ValueRecognizer _values;

    /// <summary>Creates a reader over the given recognizer (default: <see cref="ValueRecognizer.Default"/>).</summary>
    public StatedValueReader(ValueRecognizer? values = null)
    {
        _values = values ?? ValueRecognizer.Default;
    }

    /// <summary>Every value stated in the story's sentences, in article order.</summary>
    /// <param name="story">The story.</param>
    /// <param name="dates">The date and time expressions of its articles (<see cref="TemporalTagger"/>).</param>
    /// <param name="entities">Its entities (<see cref="EntityResolver"/>).</param>
    public ImmutableArray<StatedValue> Read(StoryIndex story, IReadOnlyList<TemporalExpression> dates, IReadOnlyList<Entity> entities)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(entities);
        var found = ImmutableArray.CreateBuilder<StatedValue>();
        for (var a = 0; a < story.Articles.Length; a++)
        {
            var analyzed = story.Articles[a];
            var text = analyzed.Article.Text;
            foreach (var sentence in analyzed.Sentences)
            {
                if (IsFragment(text, sentence.Span))
                {
                    continue;
                }

                var revised = SaysRevised(text.AsSpan(sentence.Span.Start, sentence.Span.Length));

                foreach (var value in _values.Recognize(text, sentence.Span))
                {
                    if (IsNameOrDay(text, sentence.Span, value) || IsRangeEnd(text, sentence.Span, value))
                    {
                        continue;
                    }

                    var kind = value.Kind is ValueKind.Count or ValueKind.Ordinal or ValueKind.Age
                        ? ConflictKind.Number
                        : ConflictKind.Quantity;
                    found.Add(new StatedValue(a, value.Span, sentence.Span, kind, value.Normalized, value.Text, value.Counted)
                    {
                        Amount = value,
                        Revised = revised,
                    });
                }
            }
        }

        var articles = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < story.Articles.Length; a++)
        {
            articles[story.Articles[a].Article.Id] = a;
        }

        foreach (var date in dates)
        {
            if (date.Value is { } value && articles.TryGetValue(date.ArticleId, out var article)
                && !DatesTheStatement(story.Articles[article].Article.Text, date)
                && !IsDateline(story.Articles[article].Article.Text, date)
                && !IsFragment(story.Articles[article].Article.Text, date.Sentence))
            {
                var kind = value.Granularity == TemporalGranularity.Minute ? ConflictKind.Time : ConflictKind.Date;
                found.Add(new StatedValue(article, date.Span, date.Sentence, kind, value.ToString(), date.Text, null) { Date = value });
            }
        }

        foreach (var entity in entities)
        {
            if (entity.Type == EntityType.Place)
            {
                continue;
            }

            foreach (var mention in entity.Mentions)
            {
                if (articles.TryGetValue(mention.ArticleId, out var article)
                    && SentenceOf(story.Articles[article], mention.Span.Start) is { } sentence)
                {
                    found.Add(new StatedValue(article, mention.Span, sentence, ConflictKind.Participant, entity.Name, mention.Text, entity.Type.ToString())
                    {
                        Role = mention.Title,
                        Event = ParticipantEvents.Of(story.Articles[article].Article.Text, sentence, mention.Span),
                    });
                }
            }
        }

        return [.. found.OrderBy(v => v.Article).ThenBy(v => v.Span.Start)];
    }

    /// <summary>Headings, captions and one-line fragments ("Super Bowl 2013 Ads", "There were two camps.")
    /// state no comparable fact: fewer than <see cref="MinFactWords"/> words.</summary>
    private static bool IsFragment(string text, Core.Documents.TextSpan sentence)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text.AsSpan(sentence.Start, sentence.Length))
        {
            var letter = char.IsLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words < MinFactWords;
    }

    /// <summary>True for a bare number that is part of a name, a code or a date rather than a count: right after
    /// a capitalised word ("Number 10", "Terminal 5", "Oct. 13", "a Phase 3 trial"; "route 41" is kept, and so is
    /// "About 300 people") or joined to capitals by a hyphen ("CVT-401", "VESTA-3 trial").</summary>
    private static bool IsNameOrDay(string text, Core.Documents.TextSpan sentence, RecognizedValue value)
    {
        if (value.Kind != ValueKind.Count || value.Modifier != ValueModifier.None)
        {
            return false;
        }

        var i = value.Span.Start;
        var hyphen = i > sentence.Start && text[i - 1] == '-';
        while (i > sentence.Start && (text[i - 1] == ' ' || text[i - 1] == '.' || (hyphen && text[i - 1] == '-')))
        {
            i--;
        }

        var end = i;
        while (i > sentence.Start && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        if (end == i || !char.IsUpper(text[i]))
        {
            return false;
        }

        // A number that counts something ("3 trials") after a capital is still a name's number when the capital
        // is inside the sentence ("its Phase 3 trial", "Terminal 5 passengers"), but not after a sentence's
        // first word ("About 300 people") or a month ("in March 2,000 workers").
        return value.Counted is null || hyphen
            || (!IsSentenceStart(text, sentence, i) && CalendarWords.Month(text.AsSpan(i, end - i)) == 0);
    }

    private static bool IsSentenceStart(string text, Core.Documents.TextSpan sentence, int position) =>
        text.AsSpan(sentence.Start, position - sentence.Start).Trim(" \"'“‘(-—–").IsEmpty;

    /// <summary>True for either end of a range ("from $1.6 million to $10 million", "between 3 and 4
    /// million dollars", "$3-$4 million"): neither end alone is what the outlet states.</summary>
    private static bool IsRangeEnd(string text, Core.Documents.TextSpan sentence, RecognizedValue value)
    {
        var before = text.AsSpan(sentence.Start, value.Span.Start - sentence.Start).TrimEnd();
        var after = text.AsSpan(value.Span.End, sentence.End - value.Span.End).TrimStart();
        var opens = EndsWithWord(before, "from") || EndsWithWord(before, "between");
        var joined = StartsWithJoin(after, out var rest) && rest.Length > 0 && (char.IsDigit(rest[0]) || "$£€¥".Contains(rest[0]));
        if (opens && joined)
        {
            return true;
        }

        // The upper end: "from X to <value>", "between X and <value>", "X-<value>".
        foreach (var join in (ReadOnlySpan<string>)["to", "and", "-", "–"])
        {
            if (!before.EndsWith(join, StringComparison.OrdinalIgnoreCase) || (char.IsLetter(join[0]) && !EndsWithWord(before, join)))
            {
                continue;
            }

            var head = before[..^join.Length].TrimEnd();
            var numeric = head.Length > 0 && (char.IsDigit(head[^1]) || EndsWithWord(head, "million") || EndsWithWord(head, "billion") || EndsWithWord(head, "bn") || EndsWithWord(head, "m"));
            if (!numeric)
            {
                return false;
            }

            var window = head[Math.Max(0, head.Length - 40)..];
            return !char.IsLetter(join[0]) || window.Contains(" from ", StringComparison.OrdinalIgnoreCase)
                || window.Contains(" between ", StringComparison.OrdinalIgnoreCase)
                || window.StartsWith("from ", StringComparison.OrdinalIgnoreCase) || window.StartsWith("between ", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }

    private static bool EndsWithWord(ReadOnlySpan<char> text, string word) =>
        text.EndsWith(word, StringComparison.OrdinalIgnoreCase) && (text.Length == word.Length || !char.IsLetter(text[text.Length - word.Length - 1]));

    private static bool StartsWithJoin(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        foreach (var join in (ReadOnlySpan<string>)["to ", "and ", "-", "–"])
        {
            if (text.StartsWith(join, StringComparison.OrdinalIgnoreCase))
            {
                rest = text[join.Length..].TrimStart();
                return true;
            }
        }

        rest = default;
        return false;
    }

    /// <summary>True when a sentence reports a figure as revised or changed since it was first given
    /// ("have now been cancelled", "has risen to", "more than first thought", "revised").</summary>
    internal static bool SaysRevised(ReadOnlySpan<char> sentence)
    {
        foreach (var cue in s_revisionCues)
        {
            var from = 0;
            while (from < sentence.Length)
            {
                var at = sentence[from..].IndexOf(cue, StringComparison.OrdinalIgnoreCase);
                if (at < 0)
                {
                    break;
                }

                var start = from + at;
                var end = start + cue.Length;
                if ((start == 0 || !char.IsLetter(sentence[start - 1])) && (end == sentence.Length || !char.IsLetter(sentence[end])))
                {
                    return true;
                }

                from = end;
            }
        }

        return false;
    }

    private static readonly string[] s_revisionCues =
    [
        "now", "risen", "rose to", "revised", "updated", "first thought", "first reported", "initially reported",
        "earlier estimate", "increased to", "climbed to", "jumped to",
    ];

    /// <summary>Sentences with fewer words are fragments. 6, as for claims.</summary>
    private const int MinFactWords = 6;

    /// <summary>True for the date of a dateline ("TOKYO, Oct. 14 (Wire) -"): it says when the article was
    /// filed, not when anything in the story happened.</summary>
    private static bool IsDateline(string text, TemporalExpression date)
    {
        var before = text.AsSpan(date.Sentence.Start, date.Span.Start - date.Sentence.Start).TrimEnd();
        if (before.Length < 3 || before[^1] != ',' || before.Length > 40)
        {
            return false;
        }

        foreach (var c in before[..^1])
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the date only says when something was said ("the company said on Tuesday",
    /// "announced yesterday"): outlets writing on different days date the same statement differently, and
    /// that is no disagreement about the story.</summary>
    private static bool DatesTheStatement(string text, TemporalExpression date)
    {
        var start = Math.Max(date.Sentence.Start, date.Span.Start - 40);
        var before = text.AsSpan(start, date.Span.Start - start).TrimEnd();
        foreach (var preposition in (ReadOnlySpan<string>)["on", "late on", "early on", "earlier on", "late", "early"])
        {
            if (before.EndsWith(preposition, StringComparison.OrdinalIgnoreCase)
                && (before.Length == preposition.Length || !char.IsLetter(before[before.Length - preposition.Length - 1])))
            {
                before = before[..^preposition.Length].TrimEnd();
                break;
            }
        }

        var cut = before.LastIndexOf(' ');
        var verb = cut < 0 ? before : before[(cut + 1)..];
        return s_statementVerbs.Contains(verb.ToString().ToLowerInvariant());
    }

    private static readonly HashSet<string> s_statementVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "announced", "confirmed", "stated", "added", "told", "reported", "revealed", "disclosed", "admitted",
    };

    private static Core.Documents.TextSpan? SentenceOf(Core.Documents.AnalyzedArticle article, int position)
    {
        foreach (var sentence in article.Sentences)
        {
            if (sentence.Span.Start <= position && position < sentence.Span.End)
            {
                return sentence.Span;
            }
        }

        return null;
    }
}
