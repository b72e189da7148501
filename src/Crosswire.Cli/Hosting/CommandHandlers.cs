using System.CommandLine;

namespace Crosswire.Cli.Hosting;

/// <summary>Connects a command to its work.</summary>
public static class CommandHandlers
{
    /// <summary>
    /// Runs <paramref name="handler"/> when <paramref name="command"/> is invoked, with the parse result and
    /// an open <see cref="CliConsole"/> (flushed afterwards); its return value is the exit code (see
    /// <see cref="ExitCodes"/>). A <see cref="Core.Errors.CrosswireException"/> it throws is reported by
    /// <see cref="CliApplication"/> as a message with its code, never a stack trace.
    /// </summary>
    public static void SetHandler(this Command command, Func<ParseResult, CliConsole, int> handler)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(handler);
        command.SetAction(result =>
        {
            using var console = CliConsole.Open(result.GetValue(GlobalOptions.Verbose));
            return handler(result, console);
        });
    }
}
