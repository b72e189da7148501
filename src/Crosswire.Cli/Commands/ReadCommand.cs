using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Crosswire.Cli.Hosting;
using Crosswire.Cli.Rendering;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Text.Pipeline;

namespace Crosswire.Cli.Commands;

/// <summary>
/// <c>crosswire read PATH... [--explain] [--format table|json]</c>: the articles found (id, source, title,
/// published, sentence and word counts, origin), what was rejected and why, and a summary line. With
/// <c>--explain</c>, every piece of boilerplate removed from each article, with its kind, rule and text.
/// </summary>
public static class ReadCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var explain = new Option<bool>("--explain")
        {
            Description = "Also list every piece of boilerplate removed from each article, with its kind, rule and text",
        };
        var format = CommonOptions.Format();
        var command = new Command("read", "Reads articles (text, HTML, JSON lines, RSS/Atom, Multi-News, dataset) and lists what was found and rejected")
        {
            inputs, explain, format,
        };
        command.SetHandler((result, console) =>
            Run(console, result.GetRequiredValue(inputs), result.GetValue(explain), result.GetValue(format)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, bool explain, OutputFormat format)
    {
        var batch = new ArticleBatch(console) { DeferRejections = true };
        var listings = new List<ArticleListing>();
        using (var progress = ProgressMeter.Start(console, "Reading", "articles"))
        {
            foreach (var analyzed in batch.ReadAnalyzed(paths, TextPipeline.Default, progress))
            {
                listings.Add(ArticleListing.Of(analyzed, explain));
            }
        }

        var removed = listings.Sum(listing => listing.RemovedCount);
        if (format == OutputFormat.Json)
        {
            console.WriteJson(json => WriteJson(json, listings, batch.Rejections, removed, explain));
            return batch.Finish();
        }

        if (listings.Count > 0)
        {
            ArticleTable(listings).Render(console);
            if (explain)
            {
                console.Out.WriteLine();
                RemovedTable(listings).Render(console, "Removed boilerplate");
            }
        }

        var exitCode = batch.Finish();
        console.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{Count(listings.Count, "article")}, {batch.Rejections.Count:N0} rejected, {Count(removed, "boilerplate piece")} removed"));
        return exitCode;
    }

    private static TextTable ArticleTable(List<ArticleListing> listings)
    {
        var table = new TextTable(
            new TableColumn("ID", MaxWidth: 40),
            new TableColumn("SOURCE", MaxWidth: 28),
            new TableColumn("TITLE", MaxWidth: 48),
            new TableColumn("PUBLISHED"),
            new TableColumn("SENTENCES", AlignRight: true),
            new TableColumn("WORDS", AlignRight: true),
            new TableColumn("ORIGIN"));
        foreach (var listing in listings)
        {
            var article = listing.Article;
            table.AddRow(
                article.Id,
                article.Source,
                article.Title,
                article.Published?.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture),
                listing.Sentences.ToString("N0", CultureInfo.InvariantCulture),
                listing.Words.ToString("N0", CultureInfo.InvariantCulture),
                article.Origin);
        }

        return table;
    }

    private static TextTable RemovedTable(List<ArticleListing> listings)
    {
        var table = new TextTable(
            new TableColumn("ARTICLE", MaxWidth: 40),
            new TableColumn("KIND"),
            new TableColumn("RULE"),
            new TableColumn("TEXT"));
        foreach (var listing in listings)
        {
            foreach (var piece in listing.Removed)
            {
                table.AddRow(listing.Article.Id, piece.Kind.ToString(), piece.Rule, piece.Text);
            }
        }

        return table;
    }

    private static void WriteJson(Utf8JsonWriter json, List<ArticleListing> listings, IReadOnlyList<Rejection> rejections, int removed, bool explain)
    {
        json.WriteStartObject();
        json.WriteStartArray("articles");
        foreach (var listing in listings)
        {
            var article = listing.Article;
            json.WriteStartObject();
            json.WriteString("id", article.Id);
            WriteOptional(json, "source", article.Source);
            WriteOptional(json, "title", article.Title);
            if (article.Published is { } published)
            {
                json.WriteString("published", published);
            }

            WriteOptional(json, "url", article.Url);
            WriteOptional(json, "language", article.Language);
            WriteOptional(json, "origin", article.Origin);
            json.WriteNumber("characters", listing.Characters);
            json.WriteNumber("paragraphs", listing.Paragraphs);
            json.WriteNumber("sentences", listing.Sentences);
            json.WriteNumber("words", listing.Words);
            json.WriteNumber("removedCount", listing.RemovedCount);
            if (explain)
            {
                json.WriteStartArray("removed");
                foreach (var piece in listing.Removed)
                {
                    json.WriteStartObject();
                    json.WriteNumber("start", piece.Span.Start);
                    json.WriteNumber("length", piece.Span.Length);
                    json.WriteString("kind", piece.Kind.ToString());
                    json.WriteString("rule", piece.Rule);
                    json.WriteString("text", piece.Text);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        RejectionJson.WriteArray(json, "rejected", rejections);
        json.WriteStartObject("summary");
        json.WriteNumber("articles", listings.Count);
        json.WriteNumber("rejected", rejections.Count);
        json.WriteNumber("removed", removed);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {noun}{(count == 1 ? "" : "s")}");

    /// <summary>What the listing keeps of one analysed article: metadata and counts, not its text.</summary>
    private sealed record ArticleListing(Article Article, int Characters, int Paragraphs, int Sentences, int Words, int RemovedCount, IReadOnlyList<RemovedPiece> Removed)
    {
        public static ArticleListing Of(AnalyzedArticle analyzed, bool keepRemovedText)
        {
            var article = analyzed.Article;
            IReadOnlyList<RemovedPiece> removed = keepRemovedText
                ? [.. analyzed.Removed.Select(piece => new RemovedPiece(piece.Span, piece.Kind, piece.Rule, article.Slice(piece.Span)))]
                : [];
            // The listing outlives the loop: keep the metadata, drop the body.
            return new ArticleListing(
                article with { Text = string.Empty },
                article.Text.Length,
                analyzed.Paragraphs.Length,
                analyzed.Sentences.Length,
                analyzed.WordCount,
                analyzed.Removed.Length,
                removed);
        }
    }

    private sealed record RemovedPiece(TextSpan Span, BoilerplateKind Kind, string Rule, string Text);
}
