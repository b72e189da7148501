using System.Globalization;
using System.Text;

namespace Crosswire.Summarization.Briefs;

/// <summary>
/// Writes briefs as Markdown: the headline, the summary as one paragraph with source markers after each
/// sentence (<c>[1][3]</c>, the article it was taken from first), then the numbered sources with outlet,
/// title, date, origin and, for a reprint, which source it copies. Text from articles is escaped so it can
/// never turn into markup or a fake marker.
/// </summary>
public static class BriefMarkdownWriter
{
    /// <summary>The Markdown of one brief, ending with a newline.</summary>
    public static string Write(StoryBrief brief)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(writer, brief);
        return writer.ToString();
    }

    /// <summary>Writes the Markdown of <paramref name="brief"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, StoryBrief brief)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(brief);
        writer.Write("# ");
        writer.WriteLine(Escape(brief.Headline));
        writer.WriteLine();
        var numbers = brief.Sources.ToDictionary(source => source.ArticleId, source => source.Number, StringComparer.Ordinal);
        var paragraph = new StringBuilder();
        foreach (var sentence in brief.Summary)
        {
            if (paragraph.Length > 0)
            {
                paragraph.Append(' ');
            }

            paragraph.Append(Escape(sentence.Text)).Append(' ');
            foreach (var source in sentence.Sources)
            {
                paragraph.Append('[').Append(numbers.TryGetValue(source, out var number) ? number.ToString(CultureInfo.InvariantCulture) : Escape(source)).Append(']');
            }
        }

        writer.WriteLine(paragraph.ToString());
        writer.WriteLine();
        writer.WriteLine("## Sources");
        writer.WriteLine();
        foreach (var source in brief.Sources)
        {
            writer.WriteLine(SourceLine(source, numbers));
        }
    }

    /// <summary>Escapes the characters that Markdown would read as markup.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|')
            {
                builder.Append('\\');
            }

            builder.Append(c is '\r' or '\n' ? ' ' : c);
        }

        return builder.ToString();
    }

    private static string SourceLine(BriefSource source, Dictionary<string, int> numbers)
    {
        var parts = new List<string>(5) { source.Outlet is null ? Escape(source.ArticleId) : $"**{Escape(source.Outlet)}**" };
        if (source.Title is not null)
        {
            parts.Add($"*{Escape(source.Title)}*");
        }

        if (source.Published is { } published)
        {
            parts.Add(published.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture));
        }

        if (source.CopyOf is not null)
        {
            parts.Add(numbers.TryGetValue(source.CopyOf, out var original) ? $"copy of [{original}]" : $"copy of {Escape(source.CopyOf)}");
        }

        if (source.Origin is not null)
        {
            parts.Add($"`{source.Origin.Replace('`', '\'')}`");
        }

        return string.Create(CultureInfo.InvariantCulture, $"{source.Number}. {string.Join(" · ", parts)}");
    }
}
