using System.CommandLine;

namespace Crosswire.Cli.Hosting;

/// <summary>Options that every command accepts.</summary>
public static class GlobalOptions
{
    /// <summary><c>--verbose</c>: stack traces for errors and timing notes on stderr.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Print details of errors (stack traces) and timings on stderr",
        Recursive = true,
    };
}
