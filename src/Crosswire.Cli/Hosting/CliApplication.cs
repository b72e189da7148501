using System.CommandLine;
using System.CommandLine.Invocation;
using Crosswire.Core.Errors;

namespace Crosswire.Cli.Hosting;

/// <summary>
/// The <c>crosswire</c> program: the root command with the commands <c>Program.cs</c> lists, parsing, and
/// the one place where errors become user-facing text and exit codes (see <see cref="ExitCodes"/>).
/// </summary>
public static class CliApplication
{
    /// <summary>What <c>crosswire --help</c> says Crosswire is.</summary>
    public const string Description =
        "Crosswire: finds the stories in news articles from many outlets and writes one sourced brief per story.";

    /// <summary>The root command holding <paramref name="commands"/> and the global options.</summary>
    public static RootCommand CreateRoot(IEnumerable<Command> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var root = new RootCommand(Description) { GlobalOptions.Verbose };
        foreach (var command in commands)
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    /// <summary>Parses <paramref name="args"/>, runs the chosen command and returns the exit code.</summary>
    public static int Run(string[] args, IEnumerable<Command> commands)
    {
        var root = CreateRoot(commands);
        var result = root.Parse(args);
        if (result.Action is ParseErrorAction)
        {
            return ReportUsageErrors(result);
        }

        try
        {
            return result.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CrosswireException error)
        {
            Console.Error.WriteLine($"crosswire: {error.Message} [{error.Code}]");
            if (result.GetValue(GlobalOptions.Verbose))
            {
                Console.Error.WriteLine(error.ToString());
            }

            return ExitCodes.Failure;
        }
        catch (IOException error) when (IsBrokenPipe(error))
        {
            // The reader of our output went away (`crosswire sentences x | head`): nothing left to do.
            return ExitCodes.Success;
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"crosswire: internal error: {error.GetType().Name}: {error.Message}");
            Console.Error.WriteLine(result.GetValue(GlobalOptions.Verbose)
                ? error.ToString()
                : "crosswire: run again with --verbose for the details, and please report it.");
            return ExitCodes.InternalError;
        }
    }

    private static int ReportUsageErrors(ParseResult result)
    {
        foreach (var error in result.Errors)
        {
            Console.Error.WriteLine($"crosswire: {error.Message}");
        }

        var path = string.Join(' ', CommandPath(result.CommandResult.Command));
        Console.Error.WriteLine($"Run '{path} --help' for usage.");
        return ExitCodes.Failure;
    }

    private static Stack<string> CommandPath(Command command)
    {
        var names = new Stack<string>();
        for (Symbol? symbol = command; symbol is not null; symbol = symbol.Parents.FirstOrDefault())
        {
            names.Push(symbol is RootCommand ? "crosswire" : symbol.Name);
        }

        return names;
    }

    private static bool IsBrokenPipe(IOException error) =>
        error.HResult == 32 || error.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);
}
