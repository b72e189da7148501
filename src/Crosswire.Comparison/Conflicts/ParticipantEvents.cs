using Crosswire.Core.Documents;
using Crosswire.Text.Stemming;

namespace Crosswire.Comparison.Conflicts;

/// <summary>
/// Reads what a sentence says a named participant did, from the words next to the name: a passive
/// "<c>led by</c> [title] X" (the participle may stand a few words before <c>by</c>: "bought at the auction
/// on Thursday by X") or a relative clause "X, <c>who</c> [is|was|has] <c>led</c>". Outlets word one role
/// differently ("led by X", "X, who led", "headed by X"), so the verb is reduced to a canonical stem through a
/// small table of news synonyms (general knowledge): lead, buy, sell, advise, referee, run, win, kill.
/// </summary>
internal static class ParticipantEvents
{
    /// <summary>Words between the name and <c>by</c> (titles: "by fisheries minister X", "by its chief
    /// negotiator, X").</summary>
    private const int TitleWords = 4;

    /// <summary>Words between <c>by</c> and the participle before it.</summary>
    private const int ParticipleWords = 6;

    private static readonly Dictionary<string, string> s_synonyms = new(StringComparer.Ordinal)
    {
        ["led"] = "lead", ["lead"] = "lead", ["head"] = "lead", ["chair"] = "lead", ["command"] = "lead", ["direct"] = "lead",
        ["bought"] = "buy", ["buy"] = "buy", ["purchas"] = "buy", ["acquir"] = "buy",
        ["sold"] = "sell", ["sell"] = "sell",
        ["advis"] = "advise", ["counsel"] = "advise",
        ["refere"] = "referee", ["offici"] = "referee",
        ["run"] = "run", ["ran"] = "run", ["manag"] = "run", ["oper"] = "run",
        ["won"] = "win", ["win"] = "win",
        ["kill"] = "kill", ["shot"] = "kill", ["murder"] = "kill",
        ["appoint"] = "appoint", ["name"] = "appoint", ["chosen"] = "appoint", ["select"] = "appoint",
        ["found"] = "found", ["establish"] = "found",
        ["own"] = "own",
        ["design"] = "design", ["built"] = "build", ["build"] = "build",
        ["discov"] = "discover",
    };

    private static readonly HashSet<string> s_auxiliaries = new(StringComparer.OrdinalIgnoreCase)
    {
        "is", "was", "are", "were", "has", "had", "have", "been", "be", "will", "would", "also", "then", "now", "currently",
    };

    /// <summary>The canonical deed of the participant at <paramref name="name"/>, or null.</summary>
    public static string? Of(string text, TextSpan sentence, TextSpan name)
    {
        var before = WordsBefore(text, sentence.Start, name.Start);
        var by = before.FindIndex(0, Math.Min(before.Count, TitleWords + 1), w => w.Equals("by", StringComparison.OrdinalIgnoreCase));
        if (by >= 0)
        {
            for (var i = by + 1; i < before.Count && i <= by + ParticipleWords; i++)
            {
                if (Canonical(before[i]) is { } deed)
                {
                    return deed;
                }
            }
        }

        var after = WordsAfter(text, name.End, sentence.End);
        var next = 0;
        if (after.Count > 0 && after[0].Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            // "X of Mercia Vale Police, who is leading": the organisation belongs to the name.
            next = 1;
            while (next < after.Count && (char.IsUpper(after[next][0]) || after[next] is "the" or "and" or "of"))
            {
                next++;
            }
        }

        var who = next < after.Count && after[next].Equals("who", StringComparison.OrdinalIgnoreCase) ? next + 1 : -1;
        if (who > 0)
        {
            var i = who;
            while (i < after.Count && s_auxiliaries.Contains(after[i]))
            {
                i++;
            }

            return i < after.Count ? Canonical(after[i]) : null;
        }

        return null;
    }

    private static string? Canonical(string word) =>
        s_synonyms.TryGetValue(EnglishStemmer.Instance.Stem(word.ToLowerInvariant()), out var deed) ? deed : null;

    /// <summary>The words before <paramref name="end"/>, nearest first.</summary>
    private static List<string> WordsBefore(string text, int start, int end)
    {
        var words = new List<string>();
        var i = end;
        while (i > start && words.Count < TitleWords + ParticipleWords + 2)
        {
            while (i > start && !char.IsLetter(text[i - 1]))
            {
                i--;
            }

            var to = i;
            while (i > start && char.IsLetter(text[i - 1]))
            {
                i--;
            }

            if (to > i)
            {
                words.Add(text[i..to]);
            }
        }

        return words;
    }

    /// <summary>The first few words after <paramref name="start"/>; numbers are skipped ("X, 34, who").</summary>
    private static List<string> WordsAfter(string text, int start, int end)
    {
        var words = new List<string>();
        var i = start;
        while (i < end && words.Count < 12)
        {
            while (i < end && !char.IsLetter(text[i]))
            {
                i++;
            }

            var from = i;
            while (i < end && char.IsLetter(text[i]))
            {
                i++;
            }

            if (i > from)
            {
                words.Add(text[from..i]);
            }
        }

        return words;
    }
}
