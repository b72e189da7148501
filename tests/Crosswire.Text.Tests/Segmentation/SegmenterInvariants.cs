using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Xunit;

namespace Crosswire.Text.Tests.Segmentation;

/// <summary>The segmenter's contract: sentences inside the range, in order, not overlapping, trimmed,
/// not empty, no longer than the limit, and covering every non-space character.</summary>
internal static class SegmenterInvariants
{
    public static void Check(string text, TextSpan range, ImmutableArray<TextSpan> spans, int maxSentenceChars)
    {
        var covered = range.Start;
        foreach (var span in spans)
        {
            Assert.True(range.Contains(span), $"sentence {span} outside range {range}");
            Assert.True(span.Length > 0 && span.Length <= maxSentenceChars, $"sentence {span} has length {span.Length}");
            Assert.True(span.Start >= covered, $"sentence {span} overlaps or precedes the previous one");
            Assert.False(char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]), $"sentence {span} not trimmed");
            Assert.True(text.AsSpan(covered, span.Start - covered).IsWhiteSpace(), $"non-space text before {span} is in no sentence");
            covered = span.End;
        }

        Assert.True(text.AsSpan(covered, range.End - covered).IsWhiteSpace(), "non-space text at the end is in no sentence");
    }
}
