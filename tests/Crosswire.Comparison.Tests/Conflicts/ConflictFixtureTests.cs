using Xunit;

namespace Crosswire.Comparison.Tests.Conflicts;

public sealed class ConflictFixtureTests(ITestOutputHelper output)
{
    [Fact]
    public void ConflictDetector_ReachesPrecisionAndRecallOnAllFixtureStories()
    {
        var development = ComparisonMeasure.Of(ComparisonMeasure.Development);
        var heldOut = ComparisonMeasure.Of(ComparisonMeasure.HeldOut);
        var all = ComparisonMeasure.Of(Kit.FixtureStory.All);
        output.WriteLine($"dev (7):      {development}");
        output.WriteLine($"held-out (4): {heldOut}");
        output.WriteLine($"all (11):     {all}");
        foreach (var miss in all.Misses)
        {
            output.WriteLine(miss);
        }

        Assert.True(all.Precision >= 0.8, $"conflict precision {all.Precision:F3} < 0.8");
        Assert.True(all.Recall >= 0.8, $"conflict recall {all.Recall:F3} < 0.8");
    }
}
