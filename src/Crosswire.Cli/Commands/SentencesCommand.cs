using System.CommandLine;
using Crosswire.Cli.Hosting;
using Crosswire.Cli.Rendering;
using Crosswire.Text.Pipeline;

namespace Crosswire.Cli.Commands;

/// <summary><c>crosswire sentences PATH... [--ids] [--keep-boilerplate]</c>: one sentence a line.</summary>
public static class SentencesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var ids = new Option<bool>("--ids")
        {
            Description = "Start each line with the article id and a tab",
        };
        var keepBoilerplate = new Option<bool>("--keep-boilerplate")
        {
            Description = "Segment every line, without removing captions, bylines, prompts and other boilerplate",
        };
        var command = new Command("sentences", "Reads articles and prints their sentences, one a line (plain text accepted, e.g. from -)")
        {
            inputs, ids, keepBoilerplate,
        };
        command.SetHandler((result, console) =>
            Run(console, result.GetRequiredValue(inputs), result.GetValue(ids), result.GetValue(keepBoilerplate)));
        return command;
    }

    private static int Run(CliConsole console, string[] paths, bool ids, bool keepBoilerplate)
    {
        var pipeline = keepBoilerplate ? new TextPipelineBuilder().KeepBoilerplate().Build() : TextPipeline.Default;
        var batch = new ArticleBatch(console);
        var output = console.Out;
        using (var progress = ProgressMeter.Start(console, "Segmenting", "articles", writesToOutput: true))
        {
            foreach (var analyzed in batch.ReadAnalyzed(paths, pipeline, progress))
            {
                var id = ids ? PlainText.OneLine(analyzed.Article.Id) : null;
                for (var i = 0; i < analyzed.Sentences.Length; i++)
                {
                    if (id is not null)
                    {
                        output.Write(id);
                        output.Write('\t');
                    }

                    output.WriteLine(PlainText.OneLine(analyzed.SentenceText(i)));
                }
            }
        }

        return batch.Finish();
    }
}
