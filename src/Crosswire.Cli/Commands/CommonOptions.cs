using System.CommandLine;

namespace Crosswire.Cli.Commands;

/// <summary>How a command writes its results.</summary>
public enum OutputFormat
{
    /// <summary>A table: a Spectre table on a terminal, plain aligned text when piped or redirected.</summary>
    Table,

    /// <summary>One JSON document, for scripts.</summary>
    Json,
}

/// <summary>
/// Options and arguments shared by several commands, so that they are spelled and described the same way
/// everywhere. Each call makes a new instance: a command keeps it to read its value from the parse result.
/// </summary>
public static class CommonOptions
{
    /// <summary>The input paths: files, directories (read recursively) or <c>-</c> for standard input; at
    /// least one.</summary>
    public static Argument<string[]> Inputs() => new("PATH")
    {
        Description = "Files or directories to read (directories recursively); - reads standard input",
        Arity = ArgumentArity.OneOrMore,
    };

    /// <summary><c>--format table|json</c>, default table.</summary>
    public static Option<OutputFormat> Format() => new Option<OutputFormat>("--format")
    {
        Description = "Output format: table (aligned text; a rich table on a terminal) or json",
        HelpName = "table|json",
        DefaultValueFactory = _ => OutputFormat.Table,
    }.AcceptOnlyFromAmong("table", "json");
}
