using System.Text.RegularExpressions;

namespace Crosswire.Text.Boilerplate;

/// <summary>Rules for markup left in the text by an extractor (attributes of players and images).</summary>
internal static partial class MarkupRules
{
    /// <summary>True when <paramref name="line"/> holds an HTML attribute with a link or path
    /// (<c>poster="https://…"</c>).</summary>
    public static bool HasAttribute(ReadOnlySpan<char> line) => AttributeRegex().IsMatch(line);

    [GeneratedRegex(@"\b[a-z][a-z\-]{1,20}=""(?:https?:|/)", Patterns.Options)]
    private static partial Regex AttributeRegex();
}
