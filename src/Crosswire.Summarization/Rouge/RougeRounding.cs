namespace Crosswire.Summarization.Rouge;

/// <summary>The arithmetic of the ROUGE-1.5.5 script: every score goes through <c>sprintf("%7.5f")</c> and
/// back to a number before it is used again.</summary>
internal static class RougeRounding
{
    private const double Scale = 100_000;

    /// <summary>Rounds to five decimals as C's <c>printf</c> does: from the exact binary value, ties to even.
    /// The result is the double nearest to the printed decimal, the number Perl reads back.</summary>
    public static double Round5(double value)
    {
        if (!double.IsFinite(value))
        {
            return value;
        }

        // Fused multiply-adds give the exact sign of value * 1e5 - k, so the floor and the tie are exact.
        var floor = Math.Floor(value * Scale);
        while (Math.FusedMultiplyAdd(value, Scale, -floor) < 0)
        {
            floor--;
        }

        while (Math.FusedMultiplyAdd(value, Scale, -(floor + 1)) >= 0)
        {
            floor++;
        }

        var aboveHalf = Math.FusedMultiplyAdd(value, Scale, -(floor + 0.5));
        var rounded = aboveHalf > 0 || (aboveHalf == 0 && Math.IEEERemainder(floor, 2) != 0) ? floor + 1 : floor;
        return rounded / Scale;
    }

    /// <summary><c>hits / count</c> rounded, or 0 when <paramref name="count"/> is 0.</summary>
    public static double Ratio(int hits, int count) => count != 0 ? Round5((double)hits / count) : Round5(0);

    /// <summary>The script's F-measure of rounded recall and precision, rounded.</summary>
    public static double FMeasure(double recall, double precision, double alpha)
    {
        var denominator = ((1 - alpha) * precision) + (alpha * recall);
        return denominator > 0 ? Round5(precision * recall / denominator) : Round5(0);
    }
}
