using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosswire.Cli.Hosting;
using Crosswire.Cli.Rendering;
using Crosswire.Core.Errors;
using Crosswire.Summarization.Extractive;

namespace Crosswire.Cli.Commands;

/// <summary>
/// <c>crosswire summarize --dataset FILE.jsonl [--words N] --out OUT.jsonl</c>: summarizes every cluster of a
/// dataset and writes one line per cluster, <c>{"id", "sentences": [...], "sources": [["a1", "a3"], ...]}</c>,
/// where <c>sources[i]</c> lists every article reporting sentence <c>i</c>, the one it was taken from first.
/// A cluster that cannot be summarized is reported on stderr and the others go on.
/// </summary>
public static class SummarizeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var dataset = SummaryOptions.Dataset();
        var words = SummaryOptions.Words();
        var output = new Option<string>("--out")
        {
            Description = "Where to write the summaries (JSON lines); - for standard output",
            HelpName = "FILE",
            Required = true,
        };
        var command = new Command("summarize", "Summarizes every cluster of a dataset into a JSON lines file of sentences and their sources")
        {
            dataset, words, output,
        };
        command.SetHandler((result, console) =>
            Run(console, result.GetRequiredValue(dataset), result.GetValue(words), result.GetRequiredValue(output)));
        return command;
    }

    private static int Run(CliConsole console, string path, int words, string outputPath)
    {
        var summarizer = SummaryOptions.Summarizer(words);
        var stories = new DatasetStories(console);
        var written = 0;
        using (var output = outputPath == "-" ? null : OpenOutput(outputPath))
        using (var progress = ProgressMeter.Start(console, "Summarizing", "clusters", writesToOutput: output is null))
        {
            var stream = output ?? Console.OpenStandardOutput();
            foreach (var story in stories.Read(path))
            {
                progress.Advance();
                Summary summary;
                try
                {
                    summary = summarizer.Summarize(story.Cluster.Id, story.Articles, words);
                }
                catch (CrosswireException error)
                {
                    stories.Reject(error.ToRejection());
                    continue;
                }

                WriteLine(stream, story, summary);
                written++;
            }

            stream.Flush();
        }

        console.Note($"crosswire: {written:N0} summaries written to {(outputPath == "-" ? "standard output" : outputPath)}, {stories.Rejected:N0} rejected");
        return written == 0 ? ExitCodes.Failure : stories.Rejected == 0 ? ExitCodes.Success : ExitCodes.SomeRejected;
    }

    private static FileStream OpenOutput(string path)
    {
        try
        {
            return new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CrosswireException(ErrorCatalogue.OutputUnwritable, path, error, error.Message);
        }
    }

    private static void WriteLine(Stream stream, DatasetStory story, Summary summary)
    {
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("id", story.Cluster.Id);
            json.WriteStartArray("sentences");
            foreach (var sentence in summary.Sentences)
            {
                json.WriteStringValue(sentence.Text);
            }

            json.WriteEndArray();
            json.WriteStartArray("sources");
            foreach (var sentence in summary.Sentences)
            {
                json.WriteStartArray();
                foreach (var source in sentence.Sources)
                {
                    json.WriteStringValue(story.LocalId(source));
                }

                json.WriteEndArray();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
    }
}
