using Crosswire.Core.Documents;
using Xunit;

namespace Crosswire.Text.Tests.Tokenization;

/// <summary>The tokenizer's contract: tokens inside the range, in order, not overlapping, not empty, never
/// containing white space, and every character left out is a separator (white space, control, zero-width).</summary>
internal static class TokenizerInvariants
{
    public static void Check(string text, TextSpan range, IReadOnlyList<Token> tokens)
    {
        var covered = range.Start;
        foreach (var token in tokens)
        {
            var span = token.Span;
            Assert.True(range.Contains(span) && span.Length > 0, $"token {span} empty or outside {range}");
            Assert.True(span.Start >= covered, $"token {span} overlaps the previous one");
            Assert.False(span.Slice(text).ContainsAny(" \t\n\r\u00A0"), $"token {span} contains white space");
            AssertOnlySeparators(text, covered, span.Start);
            covered = span.End;
        }

        AssertOnlySeparators(text, covered, range.End);
    }

    private static void AssertOnlySeparators(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            Assert.True(
                char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF',
                $"character U+{(int)c:X4} at {i} is in no token");
        }
    }
}
