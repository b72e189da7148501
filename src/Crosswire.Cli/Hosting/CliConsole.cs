using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Crosswire.Core.Errors;
using Spectre.Console;

namespace Crosswire.Cli.Hosting;

/// <summary>
/// The standard streams as a command sees them: results go to <see cref="Out"/> (stdout), diagnostics and
/// rejections to stderr. Spectre tables, colours and progress bars are used only on a stream that is a
/// terminal; piped or redirected output is plain UTF-8 text without ANSI escape codes.
/// </summary>
public sealed class CliConsole : IDisposable
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly Stream _outStream;
    private readonly StreamWriter _out;
    private readonly StreamWriter _error;
    private IAnsiConsole? _outTerminal;
    private IAnsiConsole? _errorTerminal;

    private CliConsole(Stream outStream, Stream errorStream, bool outIsTerminal, bool errorIsTerminal, bool verbose)
    {
        _outStream = outStream;
        // Redirected results are buffered (one system call per line would dominate `sentences`); on a
        // terminal every write shows at once and keeps its place among the diagnostics.
        _out = new StreamWriter(outStream, s_utf8, 1 << 16) { AutoFlush = outIsTerminal };
        _error = new StreamWriter(errorStream, s_utf8, 1 << 12) { AutoFlush = true };
        OutIsTerminal = outIsTerminal;
        ErrorIsTerminal = errorIsTerminal;
        Verbose = verbose;
    }

    /// <summary>Opens the process's standard output and error.</summary>
    public static CliConsole Open(bool verbose) =>
        new(Console.OpenStandardOutput(), Console.OpenStandardError(), !Console.IsOutputRedirected, !Console.IsErrorRedirected, verbose);

    /// <summary>Where results are written (stdout).</summary>
    public TextWriter Out => _out;

    /// <summary>True when stdout is a terminal (not piped or redirected).</summary>
    public bool OutIsTerminal { get; }

    /// <summary>True when stderr is a terminal (not piped or redirected).</summary>
    public bool ErrorIsTerminal { get; }

    /// <summary>True with <c>--verbose</c>: print stack traces and timings.</summary>
    public bool Verbose { get; }

    /// <summary>A Spectre console writing to stdout; only when <see cref="OutIsTerminal"/>.</summary>
    /// <exception cref="InvalidOperationException">stdout is not a terminal.</exception>
    public IAnsiConsole OutTerminal => _outTerminal ??= CreateTerminal(_out, OutIsTerminal, "stdout");

    /// <summary>A Spectre console writing to stderr; only when <see cref="ErrorIsTerminal"/>.</summary>
    /// <exception cref="InvalidOperationException">stderr is not a terminal.</exception>
    public IAnsiConsole ErrorTerminal => _errorTerminal ??= CreateTerminal(_error, ErrorIsTerminal, "stderr");

    /// <summary>Writes a diagnostic line to stderr (above a progress bar, when one is shown).</summary>
    public void Note(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (ErrorIsTerminal)
        {
            _out.Flush();
            ErrorTerminal.WriteLine(message);
        }
        else
        {
            _error.WriteLine(message);
        }
    }

    /// <summary>Reports a rejected input on stderr as <c>rejected: &lt;input&gt;: &lt;message&gt; [Exxx]</c>.</summary>
    public void Rejected(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        if (ErrorIsTerminal)
        {
            _out.Flush();
            ErrorTerminal.MarkupLineInterpolated($"[yellow]rejected:[/] {rejection.Message} [dim][[{rejection.Code}]][/]");
        }
        else
        {
            _error.WriteLine(FormatRejection(rejection));
        }
    }

    /// <summary>The plain text of a rejection line.</summary>
    public static string FormatRejection(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        return $"rejected: {rejection.Message} [{rejection.Code}]";
    }

    /// <summary>Writes one JSON document to stdout (indented, non-ASCII text kept readable), then a newline.</summary>
    public void WriteJson(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        _out.Flush();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(_outStream, options))
        {
            write(json);
        }

        _out.WriteLine();
        _out.Flush();
    }

    /// <summary>Flushes stdout.</summary>
    public void Dispose()
    {
        _out.Flush();
        _error.Flush();
    }

    private static IAnsiConsole CreateTerminal(TextWriter writer, bool isTerminal, string name)
    {
        if (!isTerminal)
        {
            throw new InvalidOperationException($"{name} is not a terminal: write plain text instead");
        }

        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            // Spectre's detection wants stdin, stdout and stderr all on the terminal; a progress bar on stderr
            // needs only stderr, and callers check that themselves.
            Interactive = InteractionSupport.Yes,
            Out = new TerminalOutput(writer),
        });
    }

    /// <summary>Spectre output over one of our writers, sized like the terminal.</summary>
    private sealed class TerminalOutput(TextWriter writer) : IAnsiConsoleOutput
    {
        public TextWriter Writer => writer;

        public bool IsTerminal => true;

        public int Width => Size(() => Console.WindowWidth, 80);

        public int Height => Size(() => Console.WindowHeight, 24);

        public void SetEncoding(Encoding encoding)
        {
            // Our writers are always UTF-8.
        }

        private static int Size(Func<int> read, int fallback)
        {
            try
            {
                var value = read();
                return value > 0 ? value : fallback;
            }
            catch (IOException)
            {
                return fallback;
            }
        }
    }
}
