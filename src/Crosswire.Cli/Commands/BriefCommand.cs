using System.CommandLine;
using Crosswire.Cli.Hosting;
using Crosswire.Cli.Rendering;
using Crosswire.Comparison.Sources;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Engine.Stories;
using Crosswire.Storage;
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
/// <c>crosswire brief PATH... [--format md|json|html] [--words N]</c>: reads the given articles, finds the
/// stories among them (<see cref="StoryFinder"/>, in memory) and writes one sourced brief per story: the
/// summary, then the source comparison (agreed facts, only in one source, conflicts, quotes by speaker,
/// entities, timeline) and the sources. Articles that cannot be read are reported and the briefs are made of
/// the others. <c>crosswire brief --story ID [--db PATH]</c> writes the brief of a stored story instead.
/// </summary>
public static class BriefCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        inputs.Arity = ArgumentArity.ZeroOrMore;
        var story = new Option<string>("--story")
        {
            Description = "Brief a story stored by 'crosswire ingest' (its id, as 'crosswire stories' lists it) instead of reading PATHs",
            HelpName = "ID",
        };
        var database = CommonOptions.Database();
        var format = new Option<BriefFormat>("--format")
        {
            Description = "Output format: md (Markdown), json or html (one standalone page)",
            HelpName = "md|json|html",
            DefaultValueFactory = _ => BriefFormat.Md,
        }.AcceptOnlyFromAmong("md", "json", "html");
        var words = SummaryOptions.Words();
        var command = new Command("brief", "Reads articles, finds their stories and writes a sourced brief per story (or the brief of a stored story with --story): summary, agreed facts, single-source claims, conflicts, quotes, entities, timeline and sources")
        {
            inputs, story, database, format, words,
        };
        command.SetHandler((result, console) =>
        {
            var paths = result.GetValue(inputs) ?? [];
            var storyId = result.GetValue(story);
            if ((storyId is null) == (paths.Length == 0))
            {
                throw new CrosswireException(ErrorCatalogue.BadArgument, "brief", "give either PATH... or --story ID");
            }

            return storyId is null
                ? Run(console, paths, result.GetValue(format), result.GetValue(words))
                : RunStoredAsync(console, CommonOptions.DatabaseOf(result, database), storyId, result.GetValue(format), result.GetValue(words)).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> RunStoredAsync(CliConsole console, string database, string storyId, BriefFormat format, int words)
    {
        StoredBrief stored;
        await using (var store = await StoryStores.OpenAsync(database))
        {
            var briefer = new StoryBriefer(store, SummaryOptions.Summarizer(words));
            stored = await briefer.BriefAsync(storyId, words);
        }

        foreach (var rejection in stored.Rejections)
        {
            console.Rejected(rejection);
        }

        Write(console, format, [stored.Brief]);
        return stored.Rejections.IsEmpty ? ExitCodes.Success : ExitCodes.SomeRejected;
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

        // One story keeps the name of what was given; several get the clusterer's story ids.
        var stories = new StoryFinder().Find(articles);
        var comparer = new SourceComparer();
        var briefs = new List<StoryBrief>(stories.Length);
        foreach (var found in stories)
        {
            var storyId = stories.Length == 1 ? StoryId(paths) : found.Id;
            var comparison = comparer.Compare(storyId, found.Articles);
            foreach (var rejection in comparison.Rejections)
            {
                console.Rejected(rejection);
            }

            briefs.Add(comparer.Complete(assembler.Assemble(storyId, found.Articles, words), comparison));
        }

        Write(console, format, briefs);
        return batch.Finish();
    }

    private static void Write(CliConsole console, BriefFormat format, List<StoryBrief> briefs)
    {
        switch (format)
        {
            case BriefFormat.Json:
                console.WriteJson(json => BriefJsonWriter.Write(json, briefs));
                break;
            case BriefFormat.Html:
                BriefHtmlWriter.Write(console.Out, briefs);
                break;
            default:
                for (var i = 0; i < briefs.Count; i++)
                {
                    if (i > 0)
                    {
                        console.Out.WriteLine();
                        console.Out.WriteLine("---");
                        console.Out.WriteLine();
                    }

                    BriefMarkdownWriter.Write(console.Out, briefs[i]);
                }

                break;
        }
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
