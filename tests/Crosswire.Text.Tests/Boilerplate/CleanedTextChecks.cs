using Crosswire.Core.Documents;
using Crosswire.Text.Boilerplate;
using Xunit;

namespace Crosswire.Text.Tests.Boilerplate;

/// <summary>The contract of <see cref="CleanedText"/>, checked on any input.</summary>
internal static class CleanedTextChecks
{
    /// <summary>
    /// Every non-white-space character lies in exactly one kept paragraph or removed span; spans are sorted,
    /// do not overlap, are trimmed and lie inside the text.
    /// </summary>
    public static void AssertInvariant(string text, CleanedText cleaned, string name = "text")
    {
        var spans = new List<TextSpan>(cleaned.Paragraphs.Length + cleaned.Removed.Length);
        spans.AddRange(cleaned.Paragraphs.Select(p => p.Span));
        spans.AddRange(cleaned.Removed.Select(r => r.Span));
        AssertSorted(cleaned.Paragraphs.Select(p => p.Span), name, "paragraphs");
        AssertSorted(cleaned.Removed.Select(r => r.Span), name, "removed spans");
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));

        var end = 0;
        var covered = 0;
        foreach (var span in spans)
        {
            Assert.True(span.Start >= end, $"{name}: span {span} overlaps the one before (ends at {end})");
            Assert.True(span.End <= text.Length, $"{name}: span {span} runs past the end ({text.Length})");
            Assert.True(span.Length > 0, $"{name}: empty span at {span.Start}");
            Assert.False(char.IsWhiteSpace(text[span.Start]), $"{name}: span {span} starts with white space");
            Assert.False(char.IsWhiteSpace(text[span.End - 1]), $"{name}: span {span} ends with white space");
            for (var i = end; i < span.Start; i++)
            {
                Assert.True(char.IsWhiteSpace(text[i]), $"{name}: character {i} ('{text[i]}') is neither kept nor removed");
            }

            covered += span.Length;
            end = span.End;
        }

        for (var i = end; i < text.Length; i++)
        {
            Assert.True(char.IsWhiteSpace(text[i]), $"{name}: character {i} ('{text[i]}') is neither kept nor removed");
        }

        Assert.True(covered <= text.Length);
    }

    /// <summary>The text of each kept paragraph.</summary>
    public static string[] Kept(string text, CleanedText cleaned) =>
        [.. cleaned.Paragraphs.Select(p => text.Substring(p.Span.Start, p.Span.Length))];

    /// <summary>The text of each removed piece.</summary>
    public static string[] Removed(string text, CleanedText cleaned) =>
        [.. cleaned.Removed.Select(r => text.Substring(r.Span.Start, r.Span.Length))];

    private static void AssertSorted(IEnumerable<TextSpan> spans, string name, string what)
    {
        var previous = -1;
        foreach (var span in spans)
        {
            Assert.True(span.Start > previous, $"{name}: {what} are not sorted at {span}");
            previous = span.Start;
        }
    }
}
