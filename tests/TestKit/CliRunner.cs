using System.Diagnostics;
using System.Text;
using Xunit;

namespace Crosswire.TestKit;

/// <summary>What one run of the CLI gave: exit code and everything it wrote.</summary>
/// <param name="ExitCode">The process exit code.</param>
/// <param name="StdOut">Everything written to standard output.</param>
/// <param name="StdErr">Everything written to standard error.</param>
public sealed record CliResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Standard output split into lines, without the empty line after the last newline.</summary>
    public IReadOnlyList<string> OutLines => SplitLines(StdOut);

    /// <summary>Standard error split into lines, without the empty line after the last newline.</summary>
    public IReadOnlyList<string> ErrLines => SplitLines(StdErr);

    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{StdOut}\n--- stderr ---\n{StdErr}";

    private static string[] SplitLines(string text) =>
        text.Length == 0 ? [] : text.TrimEnd('\n').Split('\n').Select(line => line.TrimEnd('\r')).ToArray();
}

/// <summary>
/// Runs the real, built CLI (<c>dotnet crosswire.dll</c>) as a child process, the way a user or a script
/// does: arguments, optional standard input, redirected (so never a terminal) standard output and error,
/// a time limit. Tests of any command reuse it.
/// </summary>
public sealed class CliRunner
{
    private const string AssemblyName = "crosswire.dll";

    /// <summary>Uses <paramref name="assemblyPath"/>, or <see cref="FindAssembly"/> when null.</summary>
    public CliRunner(string? assemblyPath = null) => AssemblyPath = assemblyPath ?? FindAssembly();

    /// <summary>The CLI assembly run.</summary>
    public string AssemblyPath { get; }

    /// <summary>The working directory of the child (default: the repository root, so that paths such as
    /// <c>examples/</c> work as in the README).</summary>
    public string WorkingDirectory { get; init; } = RepoPaths.Root;

    /// <summary>How long one run may take before it is killed and the test fails (default 60 s: the first
    /// run of a fresh build also pays for JIT, and the machine may be busy).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Runs the CLI with <paramref name="args"/> and an empty, closed standard input.</summary>
    public CliResult Run(params string[] args) => Run(args, stdin: null);

    /// <summary>Runs the CLI with <paramref name="args"/>, writing <paramref name="stdin"/> (UTF-8) to its
    /// standard input and closing it; <paramref name="environment"/> adds or (with a null value) removes
    /// environment variables.</summary>
    public CliResult Run(IEnumerable<string> args, string? stdin, IReadOnlyDictionary<string, string?>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(AssemblyPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null)
            {
                process.StandardInput.Write(stdin);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The CLI may exit (e.g. on a usage error) before reading its input; its output tells why.
        }

        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            Assert.Fail($"crosswire {string.Join(' ', args)} did not finish within {Timeout.TotalSeconds:0} s\n"
                + $"--- stdout ---\n{stdout.Result}\n--- stderr ---\n{stderr.Result}");
        }

        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The CLI assembly: beside the test assembly when the test project references the CLI
    /// project, else in <c>src/Crosswire.Cli/bin/&lt;configuration&gt;/&lt;framework&gt;/</c> of the
    /// configuration the tests were built with.</summary>
    /// <exception cref="FileNotFoundException">The CLI has not been built.</exception>
    public static string FindAssembly()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, AssemblyName);
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        // bin/<configuration>/<framework>/ of the test project gives the same pair for the CLI project.
        var framework = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var configuration = framework.Parent?.Name ?? "Release";
        var built = Path.Combine(RepoPaths.Root, "src", "Crosswire.Cli", "bin", configuration, framework.Name, AssemblyName);
        return File.Exists(built)
            ? built
            : throw new FileNotFoundException("the CLI is not built: run dotnet build src/Crosswire.Cli first", built);
    }
}
