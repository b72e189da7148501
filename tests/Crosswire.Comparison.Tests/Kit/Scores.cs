using System.Globalization;

namespace Crosswire.Comparison.Tests.Kit;

/// <summary>Counts of a detection measure: true positives, predictions and gold items.</summary>
public sealed record Counts(int Correct, int Predicted, int Gold)
{
    /// <summary>Nothing counted yet.</summary>
    public static Counts Zero { get; } = new(0, 0, 0);

    /// <summary>Correct over predicted (1 when nothing was predicted).</summary>
    public double Precision => Predicted == 0 ? 1 : (double)Correct / Predicted;

    /// <summary>Correct over gold (1 when there is no gold item).</summary>
    public double Recall => Gold == 0 ? 1 : (double)Correct / Gold;

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Adds two counts.</summary>
    public static Counts operator +(Counts a, Counts b) => new(a.Correct + b.Correct, a.Predicted + b.Predicted, a.Gold + b.Gold);

    /// <summary>P/R/F1 with the raw counts, for reports.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"P {Precision:0.000} R {Recall:0.000} F1 {F1:0.000} ({Correct}/{Predicted} predicted, {Correct}/{Gold} gold)");
}

/// <summary>Correct out of total, for accuracies.</summary>
public sealed record Accuracy(int Correct, int Total)
{
    /// <summary>Nothing counted yet.</summary>
    public static Accuracy Zero { get; } = new(0, 0);

    /// <summary>Correct over total (1 when there is nothing to count).</summary>
    public double Value => Total == 0 ? 1 : (double)Correct / Total;

    /// <summary>Adds two accuracies.</summary>
    public static Accuracy operator +(Accuracy a, Accuracy b) => new(a.Correct + b.Correct, a.Total + b.Total);

    /// <summary>The value with the raw counts.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Value:0.000} ({Correct}/{Total})");
}

/// <summary>The split used for honest measuring: the first 7 stories (by name) for development, the last 4
/// held out.</summary>
public static class FixtureSplit
{
    /// <summary>Number of development stories.</summary>
    public const int DevelopmentCount = 7;

    /// <summary>The parts reported: development, held-out and all.</summary>
    public static IEnumerable<(string Part, IReadOnlyList<FixtureStory> Stories)> Parts()
    {
        var all = FixtureStory.All;
        yield return ("development", all.Take(DevelopmentCount).ToList());
        yield return ("held-out", all.Skip(DevelopmentCount).ToList());
        yield return ("all", all);
    }
}
