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
    /// least one. A value that looks like an option (<c>--colour</c>) is a usage error, not a path.</summary>
    public static Argument<string[]> Inputs()
    {
        var inputs = new Argument<string[]>("PATH")
        {
            Description = "Files or directories to read (directories recursively); - reads standard input",
            Arity = ArgumentArity.OneOrMore,
        };
        // The parser hands an unknown option to an argument that accepts any string; a misspelt option
        // must not be read (and rejected) as a missing file.
        inputs.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"Unrecognized command or argument '{token.Value}' (to read a file of that name, write ./{token.Value})");
                }
            }
        });
        return inputs;
    }

    /// <summary><c>--format table|json</c>, default table.</summary>
    public static Option<OutputFormat> Format() => new Option<OutputFormat>("--format")
    {
        Description = "Output format: table (aligned text; a rich table on a terminal) or json",
        HelpName = "table|json",
        DefaultValueFactory = _ => OutputFormat.Table,
    }.AcceptOnlyFromAmong("table", "json");

    /// <summary><c>--db PATH|URL</c>: the story database: a SQLite file (default <c>./crosswire.db</c>, created
    /// when missing) or a PostgreSQL URL; <c>$CROSSWIRE_DB</c> when not given. Read it with
    /// <see cref="DatabaseOf"/>: the option has no default value of its own, so that <c>--help</c> never prints
    /// a password held in <c>$CROSSWIRE_DB</c>.</summary>
    public static Option<string> Database() => new("--db")
    {
        Description = "The story database: a SQLite file (created when missing) or a PostgreSQL URL postgres://user:password@host:port/database "
            + "(also an Npgsql connection string Host=...); default $" + Storage.StoryStores.LocationVariable + ", else " + Storage.Sqlite.SqliteStoryStore.DefaultPath,
        HelpName = "PATH|URL",
    };

    /// <summary>The store <paramref name="option"/> names in <paramref name="result"/>, or
    /// <see cref="Storage.StoryStores.DefaultLocation"/> when it was not given.</summary>
    public static string DatabaseOf(ParseResult result, Option<string> option) =>
        result.GetValue(option) is { Length: > 0 } location ? location : Storage.StoryStores.DefaultLocation;
}
