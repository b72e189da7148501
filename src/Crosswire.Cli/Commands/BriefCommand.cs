using System.CommandLine;
using Crosswire.Cli.Hosting;
using Crosswire.Cli.Rendering;
using Crosswire.Core.Documents;
using Crosswire.Summarization.Briefs;
using Crosswire.Text.Pipeline;

namespace Crosswire.Cli.Commands;

/// <summary>How <c>brief</c> writes a brief.</summary>
public enum BriefFormat
{
    /// <summary>Markdown: headline, summary with source markers, numbered sources.</summary>
    Md,

    /// <summary>JSON: <c>{"stories":[...]}</c>, see <see cref="BriefJsonWriter"/>.</summary>
    Json,
}

/// <summary>
/// <c>crosswire brief PATH... [--format md|json] [--words N]</c>: reads the given articles as one story and
/// writes its sourced brief. Articles that cannot be read are reported and the brief is made of the others.
/// </summary>
public static class BriefCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var format = new Option<BriefFormat>("--format")
        {
            Description = "Output format: md (Markdown) or json",
            HelpName = "md|json",
            DefaultValueFactory = _ => BriefFormat.Md,
        }.AcceptOnlyFromAmong("md", "json");
        var words = SummaryOptions.Words();
        var command = new Command("brief", "Reads articles about one story and writes its sourced brief: summary with source markers and the sources")
        {
            inputs, format, words,
        };
        command.SetHandler((result, console) =>
            Run(console, result.GetRequiredValue(inputs), result.GetValue(format), result.GetValue(words)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, BriefFormat format, int words)
    {
        var assembler = new BriefAssembler(SummaryOptions.Summarizer(words));
        var batch = new ArticleBatch(console);
        List<AnalyzedArticle> articles;
        using (var progress = ProgressMeter.Start(console, "Reading", "articles"))
        {
            articles = [.. batch.ReadAnalyzed(paths, TextPipeline.Default, progress)];
        }

        if (articles.Count == 0)
        {
            batch.Finish();
            return ExitCodes.Failure;
        }

        var brief = assembler.Assemble(StoryId(paths), articles, words);
        if (format == BriefFormat.Json)
        {
            console.WriteJson(json => BriefJsonWriter.Write(json, [brief]));
        }
        else
        {
            BriefMarkdownWriter.Write(console.Out, brief);
        }

        return batch.Finish();
    }

    /// <summary>The story's id: the name of the single folder or file given, else <c>story</c>.</summary>
    private static string StoryId(string[] paths)
    {
        if (paths.Length != 1 || paths[0] == "-")
        {
            return "story";
        }

        var name = Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(paths[0]));
        return string.IsNullOrWhiteSpace(name) ? "story" : name;
    }
}
