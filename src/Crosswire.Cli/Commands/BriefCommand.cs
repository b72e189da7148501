using System.CommandLine;
using Crosswire.Cli.Hosting;
using Crosswire.Cli.Rendering;
using Crosswire.Comparison.Sources;
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

    /// <summary>One standalone HTML file, see <see cref="BriefHtmlWriter"/>.</summary>
    Html,
}

/// <summary>
/// <c>crosswire brief PATH... [--format md|json|html] [--words N]</c>: reads the given articles as one story
/// and writes its sourced brief: the summary, then the source comparison (agreed facts, only in one source,
/// conflicts, quotes by speaker, entities, timeline) and the sources. Articles that cannot be read are
/// reported and the brief is made of the others.
/// </summary>
public static class BriefCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var format = new Option<BriefFormat>("--format")
        {
            Description = "Output format: md (Markdown), json or html (one standalone page)",
            HelpName = "md|json|html",
            DefaultValueFactory = _ => BriefFormat.Md,
        }.AcceptOnlyFromAmong("md", "json", "html");
        var words = SummaryOptions.Words();
        var command = new Command("brief", "Reads articles about one story and writes its sourced brief: summary, agreed facts, single-source claims, conflicts, quotes, entities, timeline and sources")
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

        var storyId = StoryId(paths);
        var comparer = new SourceComparer();
        var comparison = comparer.Compare(storyId, articles);
        foreach (var rejection in comparison.Rejections)
        {
            console.Rejected(rejection);
        }

        var brief = comparer.Complete(assembler.Assemble(storyId, articles, words), comparison);
        switch (format)
        {
            case BriefFormat.Json:
                console.WriteJson(json => BriefJsonWriter.Write(json, [brief]));
                break;
            case BriefFormat.Html:
                BriefHtmlWriter.Write(console.Out, [brief]);
                break;
            default:
                BriefMarkdownWriter.Write(console.Out, brief);
                break;
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
