using System.Globalization;
using System.Net;

namespace Crosswire.Summarization.Briefs;

/// <summary>
/// Writes briefs as one standalone HTML file: an inline style sheet and no script, image, font or link to
/// anything outside the file. Every piece of text (headline, article sentences, quotes, names, outlets,
/// origins) is HTML-encoded, so article text holding <c>&lt;script&gt;</c> or an event handler is shown as
/// text and never runs. Sections follow the Markdown brief: summary, agreed facts, only in one source,
/// conflicts side by side, quotes by speaker, entities, timeline, sources.
/// </summary>
public static class BriefHtmlWriter
{
    private const string Style =
        "body{font-family:Georgia,serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#222}"
        + "h1{font-size:1.8rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}sup{color:#555}"
        + "table{border-collapse:collapse;width:100%}td,th{border:1px solid #ddd;padding:.3rem .5rem;vertical-align:top;text-align:left}"
        + ".conflict{background:#fff6e5}.value{font-weight:bold;white-space:nowrap}.muted{color:#666}";

    /// <summary>The HTML document of the briefs.</summary>
    public static string Write(IReadOnlyList<StoryBrief> briefs)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(writer, briefs);
        return writer.ToString();
    }

    /// <summary>Writes the HTML document of <paramref name="briefs"/> to <paramref name="writer"/>.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<StoryBrief> briefs)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(briefs);
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\">");
        writer.WriteLine("<head>");
        writer.WriteLine("<meta charset=\"utf-8\">");
        writer.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">");
        writer.WriteLine($"<title>{E(briefs.Count == 1 ? briefs[0].Headline : "Crosswire briefs")}</title>");
        writer.WriteLine($"<style>{Style}</style>");
        writer.WriteLine("</head>");
        writer.WriteLine("<body>");
        foreach (var brief in briefs)
        {
            WriteStory(writer, brief);
        }

        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
    }

    private static void WriteStory(TextWriter writer, StoryBrief brief)
    {
        var numbers = brief.Sources.ToDictionary(source => source.ArticleId, source => source.Number, StringComparer.Ordinal);
        string Markers(IEnumerable<string> ids) =>
            string.Concat(ids.Select(id => numbers.TryGetValue(id, out var n)
                ? string.Create(CultureInfo.InvariantCulture, $"<sup>[{n}]</sup>")
                : $"<sup>[{E(id)}]</sup>"));

        writer.WriteLine($"<article id=\"{E(brief.Id)}\">");
        writer.WriteLine($"<h1>{E(brief.Headline)}</h1>");
        writer.WriteLine("<h2>Summary</h2>");
        writer.WriteLine("<p>" + string.Join(" ", brief.Summary.Select(s => E(s.Text) + Markers(s.Sources))) + "</p>");
        if (brief.IsCompared)
        {
            writer.WriteLine("<h2>Agreed facts</h2>");
            List(writer, brief.Claims.Where(c => c.Status == BriefClaimStatus.Corroborated).Select(c => E(c.Text) + Markers(c.Sources)), "No fact is reported by two independent sources.");

            writer.WriteLine("<h2>Only in one source</h2>");
            var single = brief.Claims.Where(c => c.Status == BriefClaimStatus.SingleSource).ToList();
            foreach (var source in brief.Sources)
            {
                var only = single.Where(c => c.Sources.Length > 0 && c.Sources[0] == source.ArticleId).ToList();
                if (only.Count > 0)
                {
                    writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"<h3>Only in {E(source.Outlet ?? source.ArticleId)} <sup>[{source.Number}]</sup></h3>"));
                    List(writer, only.Select(c => E(c.Text) + Markers(c.Sources)), string.Empty);
                }
            }

            writer.WriteLine("<h2>Conflicts</h2>");
            var conflicts = brief.Claims.Where(c => c.Status == BriefClaimStatus.Conflict).ToList();
            if (conflicts.Count == 0)
            {
                writer.WriteLine("<p class=\"muted\">The sources do not disagree on any figure, date or name found.</p>");
            }

            foreach (var conflict in conflicts)
            {
                writer.WriteLine($"<h3>{E(conflict.ConflictKind ?? "conflict")}</h3>");
                writer.WriteLine("<table class=\"conflict\"><tr><th>Sources</th><th>Value</th><th>Sentence</th></tr>");
                foreach (var variant in conflict.Variants)
                {
                    writer.WriteLine($"<tr><td>{Markers(variant.Sources)}</td><td class=\"value\">{E(variant.Value ?? string.Empty)}</td><td>{E(variant.Text)}</td></tr>");
                }

                writer.WriteLine("</table>");
            }

            writer.WriteLine("<h2>Quotes by speaker</h2>");
            if (brief.Quotes.IsEmpty)
            {
                writer.WriteLine("<p class=\"muted\">No quotes found.</p>");
            }

            foreach (var speaker in brief.Quotes.GroupBy(q => q.Speaker, StringComparer.Ordinal))
            {
                writer.WriteLine($"<h3>{E(speaker.Key)}</h3>");
                List(writer, speaker.Select(q => "“" + E(q.Text) + "”" + Markers(q.Sources)), string.Empty);
            }

            writer.WriteLine("<h2>Entities</h2>");
            writer.WriteLine("<table><tr><th>Name</th><th>Type</th><th>Mentions</th></tr>");
            foreach (var entity in brief.Entities)
            {
                var mentions = string.Join(", ", entity.Mentions.Select(m => Markers([m.Key]) + string.Create(CultureInfo.InvariantCulture, $" ×{m.Value}")));
                writer.WriteLine($"<tr><td>{E(entity.Name)}</td><td>{E(entity.Type)}</td><td>{mentions}</td></tr>");
            }

            writer.WriteLine("</table>");
            writer.WriteLine("<h2>Timeline</h2>");
            List(writer, brief.Timeline.Select(e => $"<b>{E(e.Date)}</b> {E(e.Text)}{Markers(e.Sources)}"), "No dated events found.");
        }

        writer.WriteLine("<h2>Sources</h2>");
        writer.WriteLine("<ol>");
        foreach (var source in brief.Sources)
        {
            var parts = new List<string> { $"<b>{E(source.Outlet ?? source.ArticleId)}</b>" };
            if (source.Title is not null)
            {
                parts.Add($"<i>{E(source.Title)}</i>");
            }

            if (source.Published is { } published)
            {
                parts.Add(E(published.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture)));
            }

            if (source.CopyOf is not null)
            {
                parts.Add(numbers.TryGetValue(source.CopyOf, out var original)
                    ? string.Create(CultureInfo.InvariantCulture, $"copy of [{original}]")
                    : $"copy of {E(source.CopyOf)}");
            }

            if (source.Origin is not null)
            {
                parts.Add($"<code>{E(source.Origin)}</code>");
            }

            writer.WriteLine($"<li>{string.Join(" · ", parts)}</li>");
        }

        writer.WriteLine("</ol>");
        writer.WriteLine("</article>");
    }

    private static void List(TextWriter writer, IEnumerable<string> items, string empty)
    {
        var html = items.ToList();
        if (html.Count == 0)
        {
            if (empty.Length > 0)
            {
                writer.WriteLine($"<p class=\"muted\">{E(empty)}</p>");
            }

            return;
        }

        writer.WriteLine("<ul>");
        foreach (var item in html)
        {
            writer.WriteLine($"<li>{item}</li>");
        }

        writer.WriteLine("</ul>");
    }

    /// <summary>HTML-encodes text for element content and attribute values (<c>&lt; &gt; &amp; " '</c>).</summary>
    private static string E(string text) => WebUtility.HtmlEncode(text);
}
