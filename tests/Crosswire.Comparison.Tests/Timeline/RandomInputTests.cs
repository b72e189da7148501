using Crosswire.Comparison.Timeline;
using Crosswire.Comparison.Values;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Comparison.Tests.Timeline;

/// <summary>Random text built from the pieces date and number recognition look at: nothing may throw, and
/// every span must point at its text.</summary>
public sealed class RandomInputTests
{
    private static readonly string[] Pieces =
    [
        "on", "Monday", "night", "12", "June", "2025", "last", "next", "year", "the", "end", "of", "between", "and",
        "10.15pm", "10:15", "p.m.", "o'clock", "seven", "1950-53", "2026-02-30", "£", "NZ$", "1.2bn", "245p", "%",
        "per", "cent", "at", "least", "six", "years", "eight", "months", "aged", "52-year-old", "71st", "minute",
        "following", "morning", "Jan.", ".", ",", "-", "–", "'s", "every", "Sundays", "9999", "0", "31", "Feb", "29",
        "third", "quarter", "summer", "ago", "weeks", "three", "\"", "(", ")", "\n\n", "May", "dozens", "m", "ha", "999", "a",
    ];

    [Fact]
    public void TaggerAndRecognizer_SurviveRandomText()
    {
        var random = new Random(20260523);
        DateTimeOffset?[] published = [null, new DateTimeOffset(1000, 2, 28, 23, 0, 0, TimeSpan.FromHours(-10)), new DateTimeOffset(2026, 12, 31, 23, 0, 0, TimeSpan.FromHours(13))];
        for (var round = 0; round < 300; round++)
        {
            var words = Enumerable.Range(0, random.Next(1, 60)).Select(_ => Pieces[random.Next(Pieces.Length)]);
            var text = string.Join(random.Next(3) == 0 ? "" : " ", words);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var article = TextPipeline.Default.Analyze(ArticleKit.Article(text, published: published[round % 3]));
            foreach (var expression in TemporalTagger.Default.Tag(article))
            {
                Assert.Equal(expression.Text, text.Substring(expression.Span.Start, expression.Span.Length));
            }

            foreach (var value in ValueRecognizer.Default.Recognize(text))
            {
                Assert.Equal(value.Text, text.Substring(value.Span.Start, value.Span.Length));
                Assert.False(string.IsNullOrEmpty(value.Normalized));
            }

            TimelineBuilder.Default.Build([article]);
            Assert.False(TemporalValue.TryParse(text, out _) && text.Contains(' ', StringComparison.Ordinal));
        }
    }
}
