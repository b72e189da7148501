using Crosswire.Core.Documents;

namespace Crosswire.Text.Boilerplate;

/// <summary>A named rule of the filter and the kind of boilerplate it removes.</summary>
/// <param name="Name">Rule name, shown by <c>crosswire read --explain</c>.</param>
/// <param name="Kind">Kind of boilerplate.</param>
internal sealed record BoilerplateRule(string Name, BoilerplateKind Kind);

/// <summary>
/// What the judge decided about one line (trimmed of white space): keep it, remove it whole, or remove a
/// prefix and/or a suffix of it. Offsets are relative to the trimmed line.
/// </summary>
internal readonly struct LineVerdict
{
    private LineVerdict(BoilerplateRule? whole, BoilerplateRule? prefix, int prefixLength, BoilerplateRule? suffix, int suffixStart)
    {
        Whole = whole;
        Prefix = prefix;
        PrefixLength = prefixLength;
        Suffix = suffix;
        SuffixStart = suffixStart;
    }

    /// <summary>The line is prose.</summary>
    public static LineVerdict Keep => default;

    /// <summary>Rule that removes the whole line, or null.</summary>
    public BoilerplateRule? Whole { get; }

    /// <summary>Rule that removes the first <see cref="PrefixLength"/> characters, or null.</summary>
    public BoilerplateRule? Prefix { get; }

    /// <summary>Length of the removed prefix.</summary>
    public int PrefixLength { get; }

    /// <summary>Rule that removes the characters from <see cref="SuffixStart"/> on, or null.</summary>
    public BoilerplateRule? Suffix { get; }

    /// <summary>Start of the removed suffix.</summary>
    public int SuffixStart { get; }

    /// <summary>True when nothing of the line is removed.</summary>
    public bool IsKeep => Whole is null && Prefix is null && Suffix is null;

    /// <summary>Removes the whole line.</summary>
    public static LineVerdict RemoveLine(BoilerplateRule rule) => new(rule, null, 0, null, 0);

    /// <summary>Removes the first <paramref name="length"/> characters.</summary>
    public static LineVerdict RemovePrefix(BoilerplateRule rule, int length) => new(null, rule, length, null, 0);

    /// <summary>Removes the characters from <paramref name="start"/> on.</summary>
    public static LineVerdict RemoveSuffix(BoilerplateRule rule, int start) => new(null, null, 0, rule, start);

    /// <summary>This verdict with a suffix removal added.</summary>
    public LineVerdict WithSuffix(BoilerplateRule rule, int start) => new(Whole, Prefix, PrefixLength, rule, start);
}
