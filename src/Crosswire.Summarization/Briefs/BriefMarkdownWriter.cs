using System.Globalization;
using System.Text;

namespace Crosswire.Summarization.Briefs;

/// <summary>
/// Writes briefs as Markdown: the headline, the summary as one paragraph with source markers after each
/// sentence (<c>[1][3]</c>, the article it was taken from first), then the numbered sources with outlet,
/// title, date, origin and, for a reprint, which source it copies. A compared story also gets agreed facts,
/// only-in-one-source per outlet, conflicts side by side (a table per conflict), quotes by speaker, entities
/// and the timeline. Text from articles is escaped so it can
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
        if (brief.IsCompared)
        {
            WriteComparison(writer, brief, numbers);
        }

        writer.WriteLine("## Sources");
        writer.WriteLine();
        foreach (var source in brief.Sources)
        {
            writer.WriteLine(SourceLine(source, numbers));
        }
    }

    private static void WriteComparison(TextWriter writer, StoryBrief brief, Dictionary<string, int> numbers)
    {
        string Markers(IEnumerable<string> ids) =>
            string.Concat(ids.Select(id => numbers.TryGetValue(id, out var n) ? string.Create(CultureInfo.InvariantCulture, $"[{n}]") : $"[{Escape(id)}]"));

        writer.WriteLine("## Agreed facts");
        writer.WriteLine();
        var agreed = brief.Claims.Where(c => c.Status == BriefClaimStatus.Corroborated).ToList();
        WriteList(writer, agreed.Select(c => $"{Escape(c.Text)} {Markers(c.Sources)}"), "No fact is reported by two independent sources.");

        writer.WriteLine("## Only in one source");
        writer.WriteLine();
        var single = brief.Claims.Where(c => c.Status == BriefClaimStatus.SingleSource).ToList();
        if (single.Count == 0)
        {
            writer.WriteLine("Every claim is reported by more than one source.");
            writer.WriteLine();
        }

        foreach (var source in brief.Sources)
        {
            var only = single.Where(c => c.Sources.Length > 0 && c.Sources[0] == source.ArticleId).ToList();
            if (only.Count == 0)
            {
                continue;
            }

            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"### Only in {Escape(source.Outlet ?? source.ArticleId)} [{source.Number}]"));
            writer.WriteLine();
            WriteList(writer, only.Select(c => $"{Escape(c.Text)} {Markers(c.Sources)}"), string.Empty);
        }

        writer.WriteLine("## Conflicts");
        writer.WriteLine();
        var conflicts = brief.Claims.Where(c => c.Status == BriefClaimStatus.Conflict).ToList();
        if (conflicts.Count == 0)
        {
            writer.WriteLine("The sources do not disagree on any figure, date or name found.");
            writer.WriteLine();
        }

        foreach (var conflict in conflicts)
        {
            writer.WriteLine($"### {Escape(conflict.ConflictKind ?? "conflict")}");
            writer.WriteLine();
            writer.WriteLine("| Sources | Value | Sentence |");
            writer.WriteLine("|---|---|---|");
            foreach (var variant in conflict.Variants)
            {
                writer.WriteLine($"| {Markers(variant.Sources)} | {Escape(variant.Value ?? string.Empty)} | {Escape(variant.Text)} |");
            }

            writer.WriteLine();
        }

        writer.WriteLine("## Quotes by speaker");
        writer.WriteLine();
        if (brief.Quotes.IsEmpty)
        {
            writer.WriteLine("No quotes found.");
            writer.WriteLine();
        }

        foreach (var speaker in brief.Quotes.GroupBy(q => q.Speaker, StringComparer.Ordinal))
        {
            writer.WriteLine($"### {Escape(speaker.Key)}");
            writer.WriteLine();
            WriteList(writer, speaker.Select(q => $"“{Escape(q.Text)}” {Markers(q.Sources)}"), string.Empty);
        }

        writer.WriteLine("## Entities");
        writer.WriteLine();
        if (brief.Entities.IsEmpty)
        {
            writer.WriteLine("No people, organisations or places found.");
            writer.WriteLine();
        }
        else
        {
            writer.WriteLine("| Name | Type | Mentions |");
            writer.WriteLine("|---|---|---|");
            foreach (var entity in brief.Entities)
            {
                var mentions = string.Join(", ", entity.Mentions.Select(m => string.Create(CultureInfo.InvariantCulture, $"{Markers([m.Key])} ×{m.Value}")));
                writer.WriteLine($"| {Escape(entity.Name)} | {entity.Type} | {mentions} |");
            }

            writer.WriteLine();
        }

        writer.WriteLine("## Timeline");
        writer.WriteLine();
        WriteList(writer, brief.Timeline.Select(e => $"**{Escape(e.Date)}** {Escape(e.Text)} {Markers(e.Sources)}"), "No dated events found.");
    }

    private static void WriteList(TextWriter writer, IEnumerable<string> items, string empty)
    {
        var any = false;
        foreach (var item in items)
        {
            writer.WriteLine($"- {item}");
            any = true;
        }

        if (!any && empty.Length > 0)
        {
            writer.WriteLine(empty);
        }

        writer.WriteLine();
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
