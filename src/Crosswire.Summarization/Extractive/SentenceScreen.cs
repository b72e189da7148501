using System.Buffers;
using System.Collections.Frozen;
using Crosswire.Summarization.Stories;

namespace Crosswire.Summarization.Extractive;

/// <summary>
/// Judges whether each sentence of a story reads well on its own in a summary (<see cref="SentenceFlaws"/>):
/// its length, whether it is whole, whether its quotation marks balance, whether it is a caption, and whether
/// it starts by pointing back to a sentence the reader will not see. Pure: it only reads the text.
/// </summary>
public sealed class SentenceScreen
{
    private static readonly SearchValues<char> s_closers = SearchValues.Create("\"'”’»)]");
    private static readonly SearchValues<char> s_terminals = SearchValues.Create(".!?…");

    // Words that, first in a sentence, need the sentence before: personal and demonstrative pronouns,
    // possessives and discourse connectives. "This"/"That" are demonstratives far more often than not.
    private static readonly FrozenSet<string> s_danglingWords = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "theirs", "this", "these", "those",
        "that", "such", "both", "but", "and", "or", "nor", "so", "however", "also", "meanwhile", "moreover",
        "furthermore", "nevertheless", "nonetheless", "still", "yet", "then", "thus", "therefore", "hence",
        "instead", "besides", "otherwise", "likewise", "similarly", "additionally", "consequently",
        "accordingly", "indeed", "though", "afterward", "afterwards", "plus", "anyway");

    // Multi-word openers that point back.
    private static readonly string[] s_danglingPhrases =
    [
        "in addition", "as a result", "for example", "for instance", "on the other hand", "at the same time",
        "in turn", "in fact", "after all", "even so", "the two", "the pair", "the former", "the latter",
    ];

    // Captions and credits: cues that prose almost never starts with or contains.
    private static readonly string[] s_captionStarts =
    [
        "photo:", "photo by", "photos:", "image:", "image by", "video:", "caption:", "file photo", "pictured:",
        "credit:", "watch:", "click ", "read more", "related:", "see also", "advertisement",
    ];

    private static readonly string[] s_captionParts =
    [
        "(ap photo", "(photo:", "(photo by", "getty images", "(reuters/", "/ap)", "(afp photo", "photo credit",
        "(image:", "(credit:", "(file photo", "images)",
    ];

    private readonly SummarizerOptions _options;

    /// <summary>Creates a screen with the length limits of <paramref name="options"/>.</summary>
    public SentenceScreen(SummarizerOptions? options = null)
    {
        _options = options ?? SummarizerOptions.Default;
    }

    /// <summary>The flaws of every sentence of <paramref name="story"/>, by sentence id.</summary>
    public SentenceFlaws[] Screen(StoryIndex story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var flaws = new SentenceFlaws[story.SentenceCount];
        foreach (var sentence in story.Sentences)
        {
            var text = sentence.Span.Slice(story.Articles[sentence.Article].Article.Text);
            flaws[sentence.Id] = Judge(text, sentence.Words);
        }

        return flaws;
    }

    /// <summary>The flaws of one sentence.</summary>
    /// <param name="text">The sentence.</param>
    /// <param name="words">Its white-space separated words.</param>
    public SentenceFlaws Judge(ReadOnlySpan<char> text, int words)
    {
        var flaws = SentenceFlaws.None;
        if (words < _options.MinSentenceWords)
        {
            flaws |= SentenceFlaws.TooShort;
        }

        if (words > _options.MaxSentenceWords)
        {
            flaws |= SentenceFlaws.TooLong;
        }

        text = text.Trim();
        if (!EndsWhole(text) || StartsLowerCase(text))
        {
            flaws |= SentenceFlaws.Fragment;
        }

        if (!QuotesBalance(text))
        {
            flaws |= SentenceFlaws.HalfQuote;
        }

        if (IsCaption(text))
        {
            flaws |= SentenceFlaws.Caption;
        }

        if (StartsDangling(text))
        {
            flaws |= SentenceFlaws.Dangling;
        }

        return flaws;
    }

    /// <summary>Share of the sentence's letters that stand inside quotation marks, 0 to 1.</summary>
    public static double QuotedShare(ReadOnlySpan<char> text)
    {
        var inside = false;
        var quoted = 0;
        var letters = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '"':
                    inside = !inside;
                    break;
                case '“' or '«':
                    inside = true;
                    break;
                case '”' or '»':
                    inside = false;
                    break;
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        letters++;
                        quoted += inside ? 1 : 0;
                    }

                    break;
            }
        }

        return letters == 0 ? 0 : (double)quoted / letters;
    }

    private static bool EndsWhole(ReadOnlySpan<char> text)
    {
        var end = text.Length;
        while (end > 0 && s_closers.Contains(text[end - 1]))
        {
            end--;
        }

        return end > 0 && s_terminals.Contains(text[end - 1]);
    }

    private static bool StartsLowerCase(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                // "iPhone", "eBay": a lower-case letter followed by a capital is a name, not a cut sentence.
                return char.IsLower(c) && !NextIsUpper(text, c);
            }

            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return false;
    }

    private static bool NextIsUpper(ReadOnlySpan<char> text, char first)
    {
        var at = text.IndexOf(first);
        return at + 1 < text.Length && char.IsUpper(text[at + 1]);
    }

    private static bool QuotesBalance(ReadOnlySpan<char> text)
    {
        var straight = text.Count('"');
        var open = text.Count('“') + text.Count('«');
        var close = text.Count('”') + text.Count('»');
        return straight % 2 == 0 && open == close;
    }

    private static bool IsCaption(ReadOnlySpan<char> text)
    {
        Span<char> lower = stackalloc char[Math.Min(text.Length, 160)];
        text[..lower.Length].ToLowerInvariant(lower);
        foreach (var start in s_captionStarts)
        {
            if (lower.StartsWith(start, StringComparison.Ordinal))
            {
                return true;
            }
        }

        foreach (var part in s_captionParts)
        {
            if (lower.Contains(part, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsDangling(ReadOnlySpan<char> text)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            // A sentence that opens a quote speaks in the quoted person's voice; its pronouns are theirs.
            if (text[start] is '"' or '“' or '«' or '\'' or '‘')
            {
                return false;
            }

            start++;
        }

        var rest = text[start..];
        var end = 0;
        while (end < rest.Length && (char.IsLetter(rest[end]) || rest[end] is '\'' or '’'))
        {
            end++;
        }

        var lookup = s_danglingWords.GetAlternateLookup<ReadOnlySpan<char>>();
        if (end > 0 && lookup.Contains(rest[..end]))
        {
            return true;
        }

        foreach (var phrase in s_danglingPhrases)
        {
            if (rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)
                && (rest.Length == phrase.Length || !char.IsLetter(rest[phrase.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
