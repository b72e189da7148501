using Crosswire.Comparison.Tests.Entities;
using Crosswire.Comparison.Tests.Kit;
using Xunit;

namespace Crosswire.Comparison.Tests.Quotes;

public sealed class QuoteAcceptanceTests
{
    [Fact]
    public void QuoteExtractor_ReachesDetectionF1AndSpeakerAccuracyOnAllFixtureStories()
    {
        var output = TestContext.Current.TestOutputHelper;
        var results = FixtureStory.All.ToDictionary(s => s.Slug, QuoteEvaluation.Of);
        foreach (var (part, stories) in FixtureSplit.Parts())
        {
            var detection = stories.Aggregate(Counts.Zero, (sum, s) => sum + results[s.Slug].Detection);
            var speakers = stories.Aggregate(Accuracy.Zero, (sum, s) => sum + results[s.Slug].Speakers);
            output?.WriteLine($"quotes {part}: detection {detection}; speakers {speakers}");
            foreach (var kind in new[] { "direct", "partial", "reported" })
            {
                var counts = stories.Aggregate(Counts.Zero, (sum, s) => sum + results[s.Slug].ByKind[kind]);
                output?.WriteLine($"  {kind}: {counts}");
            }
        }

        foreach (var (slug, result) in results)
        {
            output?.WriteLine($"  {slug}: {result.Detection}; speakers {result.Speakers}");
        }

        EntityAcceptanceTests.Dump("quotes", results.Values.SelectMany(r => r.Errors));
        var all = results.Values.Aggregate(Counts.Zero, (sum, r) => sum + r.Detection);
        var allSpeakers = results.Values.Aggregate(Accuracy.Zero, (sum, r) => sum + r.Speakers);
        Assert.True(all.F1 >= 0.9, $"quote detection F1 {all}");
        Assert.True(allSpeakers.Value >= 0.9, $"speaker accuracy {allSpeakers}");
    }
}
