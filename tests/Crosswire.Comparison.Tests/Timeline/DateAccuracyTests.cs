using System.Globalization;
using Crosswire.Comparison.Tests.Kit;
using Crosswire.Comparison.Timeline;
using Crosswire.Core.Documents;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Comparison.Tests.Timeline;

/// <summary>Date normalisation against the gold <c>dates</c> of the fixture stories (ANNOTATION.md):
/// accuracy = gold expressions found (a predicted expression of the same article overlapping the gold text's
/// occurrence) with the right value, over gold expressions; detection precision = predicted expressions
/// overlapping a gold occurrence, over predicted expressions. The first 7 stories (by name) are for
/// development, the last 4 are held out.</summary>
public sealed class DateAccuracyTests
{
    private const int DevelopmentStories = 7;

    private readonly ITestOutputHelper _output;

    public DateAccuracyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void Tagger_NormalisesGoldDatesOfAllFixtures()
    {
        var development = Score(FixtureStory.All.Take(DevelopmentStories), log: true);
        var heldOut = Score(FixtureStory.All.Skip(DevelopmentStories), log: true);
        var all = development + heldOut;
        _output.WriteLine($"development: {development}");
        _output.WriteLine($"held-out:    {heldOut}");
        _output.WriteLine($"all 11:      {all}");
        Assert.True(all.Accuracy >= 0.9, $"date normalisation accuracy {all}");
        Assert.True(all.Precision >= 0.8, $"date detection precision {all}");
    }

    private DateScore Score(IEnumerable<FixtureStory> stories, bool log)
    {
        var score = new DateScore(0, 0, 0, 0, 0);
        foreach (var story in stories)
        {
            foreach (var article in story.Articles)
            {
                var predicted = TemporalTagger.Default.Tag(TextPipeline.Default.Analyze(article));
                var gold = Occurrences(article, story.Expected.Dates.Where(d => d.Article == article.Id));
                var found = 0;
                var correct = 0;
                foreach (var (span, date) in gold)
                {
                    var overlapping = predicted.Where(p => p.Span.Overlaps(span)).ToList();
                    if (overlapping.Count == 0)
                    {
                        Log(log, $"{story.Slug}/{article.Id} MISSED '{date.Text}' = {date.Value}");
                        continue;
                    }

                    found++;
                    if (overlapping.Any(p => p.Value?.ToString() == date.Value))
                    {
                        correct++;
                    }
                    else
                    {
                        Log(log, $"{story.Slug}/{article.Id} WRONG '{date.Text}' = {date.Value}: got {string.Join(", ", overlapping.Select(p => $"'{p.Text}' = {p.Value}"))}");
                    }
                }

                var spurious = predicted.Where(p => !gold.Any(g => g.Span.Overlaps(p.Span))).ToList();
                foreach (var extra in spurious)
                {
                    Log(log, $"{story.Slug}/{article.Id} EXTRA '{extra.Text}' = {extra.Value}");
                }

                score += new DateScore(gold.Count, found, correct, predicted.Length, predicted.Length - spurious.Count);
            }
        }

        return score;
    }

    /// <summary>Where each gold date text occurs: whole-word occurrences taken in order (the gold list is
    /// in text order).</summary>
    private static List<(TextSpan Span, GoldDate Date)> Occurrences(Article article, IEnumerable<GoldDate> dates)
    {
        var result = new List<(TextSpan, GoldDate)>();
        var from = 0;
        foreach (var date in dates)
        {
            var at = FindWord(article.Text, date.Text, from);
            if (at < 0)
            {
                at = FindWord(article.Text, date.Text, 0);
            }

            Assert.True(at >= 0, $"{article.Id}: gold date '{date.Text}' not in the text");
            result.Add((new TextSpan(at, date.Text.Length), date));
            from = at + date.Text.Length;
        }

        return result;
    }

    private static int FindWord(string text, string word, int from)
    {
        for (var at = text.IndexOf(word, from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return at;
            }
        }

        return -1;
    }

    private void Log(bool log, string line)
    {
        if (log)
        {
            _output.WriteLine(line);
        }
    }

    private readonly record struct DateScore(int Gold, int Found, int Correct, int Predicted, int PredictedMatched)
    {
        public double Accuracy => Gold == 0 ? 0 : (double)Correct / Gold;

        public double Precision => Predicted == 0 ? 0 : (double)PredictedMatched / Predicted;

        public static DateScore operator +(DateScore a, DateScore b) =>
            new(a.Gold + b.Gold, a.Found + b.Found, a.Correct + b.Correct, a.Predicted + b.Predicted, a.PredictedMatched + b.PredictedMatched);

        public override string ToString() => string.Create(
            CultureInfo.InvariantCulture,
            $"accuracy {Correct}/{Gold} = {Accuracy:F3}, found {Found}/{Gold}, detection precision {PredictedMatched}/{Predicted} = {Precision:F3}");
    }
}
