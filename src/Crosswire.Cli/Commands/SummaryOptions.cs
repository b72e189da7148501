using System.CommandLine;
using Crosswire.Core.Errors;
using Crosswire.Summarization.Extractive;

namespace Crosswire.Cli.Commands;

/// <summary>Options shared by the commands that summarize or score summaries.</summary>
public static class SummaryOptions
{
    /// <summary><c>--dataset FILE</c>: an evaluation dataset (JSON lines, see the shared data README); required.</summary>
    public static Option<string> Dataset() => new("--dataset")
    {
        Description = "Dataset file: JSON lines, one cluster a line (id, articles, reference or references)",
        HelpName = "FILE",
        Required = true,
    };

    /// <summary><c>--words N</c>: the word budget of a summary, default 300.</summary>
    public static Option<int> Words() => new("--words")
    {
        Description = "Word budget of each summary (white-space separated words), also the ROUGE -l limit",
        HelpName = "N",
        DefaultValueFactory = _ => 300,
    };

    /// <summary>A summarizer with the default options and a budget of <paramref name="words"/>.</summary>
    /// <exception cref="CrosswireException">E150 when <paramref name="words"/> is not positive.</exception>
    public static ExtractiveSummarizer Summarizer(int words) => words > 0
        ? new ExtractiveSummarizer(SummarizerOptions.Default with { Words = words })
        : throw new CrosswireException(ErrorCatalogue.SummaryBadBudget, "--words", words);
}
