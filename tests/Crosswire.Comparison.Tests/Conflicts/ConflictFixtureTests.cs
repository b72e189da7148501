using Xunit;

namespace Crosswire.Comparison.Tests.Conflicts;

/// <summary>Conflict precision and recall and claim-status accuracy against the gold annotations of the
/// fixture stories (matching rules in <see cref="ComparisonMeasure"/>).</summary>
public sealed class ConflictFixtureTests(ITestOutputHelper output)
{
    private ComparisonMeasure MeasureAndReport()
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

        return all;
    }

    /// <summary>Regression guard at the figures reached so far (all 11: P 0.860, R 0.811, claim status 0.645).</summary>
    [Fact]
    public void ConflictDetector_KeepsItsFixtureFigures()
    {
        var all = MeasureAndReport();
        Assert.True(all.Precision >= 0.84, $"conflict precision {all.Precision:F3} < 0.84");
        Assert.True(all.Recall >= 0.81, $"conflict recall {all.Recall:F3} < 0.81");
        Assert.True(all.StatusAccuracy >= 0.63, $"claim status accuracy {all.StatusAccuracy:F3} < 0.63");
    }

    /// <summary>The figures issue 5 asks for: precision and recall at least 0.8 on all 11 stories.</summary>
    [Fact]
    public void ConflictDetector_ReachesPrecisionAndRecallOnAllFixtureStories()
    {
        var all = MeasureAndReport();
        Assert.True(all.Precision >= 0.8, $"conflict precision {all.Precision:F3} < 0.8");
        Assert.True(all.Recall >= 0.8, $"conflict recall {all.Recall:F3} < 0.8");
    }
}
