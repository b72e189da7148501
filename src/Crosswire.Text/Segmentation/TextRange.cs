using Crosswire.Core.Documents;

namespace Crosswire.Text.Segmentation;

/// <summary>Argument checks shared by the stages that work on a range of an article's text.</summary>
internal static class TextRange
{
    /// <summary>Fails at once when <paramref name="text"/> is null or <paramref name="range"/> is not inside it.</summary>
    public static void ThrowIfInvalid(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (range.Start < 0 || range.Length < 0 || range.End > text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(range), range, $"range is outside the text of {text.Length} characters");
        }
    }
}
