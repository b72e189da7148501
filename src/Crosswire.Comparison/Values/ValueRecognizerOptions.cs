namespace Crosswire.Comparison.Values;

/// <summary>Options of the <see cref="ValueRecognizer"/>.</summary>
public sealed record ValueRecognizerOptions
{
    /// <summary>The default options.</summary>
    public static ValueRecognizerOptions Default { get; } = new();

    /// <summary>
    /// How many lower-case words after a count are searched for the noun it counts (<c>11 previously unknown
    /// species</c> needs three). The search stops early at a function word or punctuation. Default 4.
    /// </summary>
    public int CountedWordWindow { get; init; } = 4;
}
