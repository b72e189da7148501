using System.CommandLine;
using System.Globalization;
using Crosswire.Cli.Hosting;
using Crosswire.Cli.Rendering;
using Crosswire.Engine.Ingestion;
using Crosswire.Ingest;
using Crosswire.Storage;

namespace Crosswire.Cli.Commands;

/// <summary><c>crosswire ingest PATH... [--db PATH] [--format table|json]</c>: reads articles, places them in
/// stories and stores them.</summary>
public static class IngestCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var database = CommonOptions.Database();
        var format = CommonOptions.Format();
        var chunk = new Option<int>("--chunk")
        {
            Description = "Articles committed per transaction",
            HelpName = "N",
            DefaultValueFactory = _ => StoryIngestorOptions.Default.ChunkSize,
        };
        chunk.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--chunk must be at least 1");
            }
        });
        var command = new Command("ingest", "Reads articles, finds their stories and stores them in the database; content already stored is counted as a duplicate")
        {
            inputs, database, format, chunk,
        };
        command.SetHandler((result, console) =>
            RunAsync(console, result.GetRequiredValue(inputs), CommonOptions.DatabaseOf(result, database), result.GetValue(format), result.GetValue(chunk))
                .GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string[] paths, string database, OutputFormat format, int chunkSize)
    {
        await using var store = await StoryStores.OpenAsync(database);
        var ingestor = new StoryIngestor(store, StoryIngestorOptions.Default with { ChunkSize = chunkSize });
        IngestReport report;
        using (var meter = ProgressMeter.Start(console, "Ingesting", "inputs"))
        {
            report = await ingestor.IngestAsync(new ArticleReader().ReadPaths(paths), new MeterProgress(meter));
        }

        if (format == OutputFormat.Json)
        {
            WriteJson(console, store.Name, report);
        }
        else
        {
            WriteTable(console, store.Name, report);
        }

        foreach (var rejection in report.Rejections)
        {
            console.Rejected(rejection);
        }

        if (console.Verbose)
        {
            foreach (var duplicate in report.Duplicates)
            {
                console.Note($"duplicate: {duplicate.Input}: article '{duplicate.ArticleId}' has the content of stored article '{duplicate.StoredAs}'");
            }
        }

        var processed = report.Stored + report.Duplicates.Length;
        if (processed == 0 && report.Rejections.IsEmpty)
        {
            console.Note("crosswire: no articles found");
        }

        return ExitCodes.ForBatch(processed, report.Rejections.Length);
    }

    private static void WriteTable(CliConsole console, string database, IngestReport report)
    {
        var output = console.Out;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{database}: {report.Stored:N0} new ({report.NewVersions:N0} new versions), {report.Duplicates.Length:N0} duplicate, {report.Rejections.Length:N0} rejected"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.Stories.Length:N0} stories touched ({report.StoriesStarted:N0} started, {report.Merges:N0} merges)"));
        if (!report.Stories.IsEmpty)
        {
            output.WriteLine();
            StoryListing.RenderTable(console, report.Stories);
        }

        output.Flush();
    }

    private static void WriteJson(CliConsole console, string database, IngestReport report) =>
        console.WriteJson(json =>
        {
            json.WriteStartObject();
            json.WriteString("database", database);
            json.WriteNumber("new", report.Stored);
            json.WriteNumber("newVersions", report.NewVersions);
            json.WriteNumber("duplicates", report.Duplicates.Length);
            json.WriteNumber("rejected", report.Rejections.Length);
            json.WriteNumber("storiesStarted", report.StoriesStarted);
            json.WriteNumber("merges", report.Merges);
            json.WriteStartArray("stories");
            foreach (var story in report.Stories)
            {
                StoryListing.WriteJson(json, story);
            }

            json.WriteEndArray();
            json.WriteStartArray("duplicateArticles");
            foreach (var duplicate in report.Duplicates)
            {
                json.WriteStartObject();
                json.WriteString("article", duplicate.ArticleId);
                json.WriteString("storedAs", duplicate.StoredAs);
                json.WriteString("input", duplicate.Input);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            RejectionJson.WriteArray(json, "rejections", report.Rejections);
            json.WriteEndObject();
        });

    /// <summary>Moves the meter with the inputs read; called on the ingesting thread.</summary>
    private sealed class MeterProgress(ProgressMeter meter) : IProgress<IngestProgress>
    {
        private int _read;

        public void Report(IngestProgress value)
        {
            meter.Advance(value.Read - _read);
            _read = value.Read;
        }
    }
}
