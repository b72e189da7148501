using Crosswire.Comparison.Tests.Kit;
using Xunit;

namespace Crosswire.Comparison.Tests.Entities;

public sealed class EntityAcceptanceTests
{
    [Fact]
    public void EntityResolver_ReachesMentionF1OnAllFixtureStories()
    {
        var output = TestContext.Current.TestOutputHelper;
        var results = FixtureStory.All.ToDictionary(s => s.Slug, s => EntityEvaluation.Of(s));
        foreach (var (part, stories) in FixtureSplit.Parts())
        {
            var mentions = stories.Aggregate(Counts.Zero, (sum, s) => sum + results[s.Slug].Mentions);
            var resolution = stories.Aggregate(Accuracy.Zero, (sum, s) => sum + results[s.Slug].Resolution);
            output?.WriteLine($"entities {part}: mentions {mentions}; resolution {resolution}");
        }

        foreach (var (slug, result) in results)
        {
            output?.WriteLine($"  {slug}: {result.Mentions}; resolution {result.Resolution}");
        }

        Dump("entities", results.Values.SelectMany(r => r.Errors));
        var all = results.Values.Aggregate(Counts.Zero, (sum, r) => sum + r.Mentions);
        Assert.True(all.F1 >= 0.85, $"entity mention F1 {all}");
    }

    internal static void Dump(string name, IEnumerable<string> lines)
    {
        // Error listings for tuning, written only when asked for.
        var folder = Environment.GetEnvironmentVariable("CROSSWIRE_EVAL_DUMP");
        if (!string.IsNullOrEmpty(folder))
        {
            File.WriteAllLines(Path.Combine(folder, name + ".txt"), lines);
        }
    }
}
