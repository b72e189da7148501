using System.Globalization;
using Crosswire.Cli.Hosting;
using Spectre.Console;

namespace Crosswire.Cli.Rendering;

/// <summary>
/// A progress bar on stderr for long work. It appears only when stderr is a terminal and the work is still
/// running after <see cref="DefaultDelay"/>, so short runs and piped or redirected runs print nothing extra.
/// The work runs on the calling thread and calls <see cref="Advance"/>; a background thread draws. Diagnostics
/// written through <see cref="CliConsole.Note"/> and <see cref="CliConsole.Rejected"/> meanwhile appear above
/// the bar. Dispose the meter (which removes the bar) before writing results to a terminal. One meter at a
/// time.
/// </summary>
public sealed class ProgressMeter : IDisposable
{
    /// <summary>How long work runs before the bar appears: one second.</summary>
    public static readonly TimeSpan DefaultDelay = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan s_refresh = TimeSpan.FromMilliseconds(100);

    private readonly CliConsole _console;
    private readonly string _unit;
    private readonly ManualResetEventSlim _done = new();
    private readonly Thread? _drawer;
    private readonly TimeSpan _delay;
    private long _value;
    private long _total;
    private volatile string _description;

    private ProgressMeter(CliConsole console, string description, string unit, long total, TimeSpan delay, bool show)
    {
        _console = console;
        _description = description;
        _unit = unit;
        _total = total;
        _delay = delay;
        if (show)
        {
            _drawer = new Thread(Draw) { IsBackground = true, Name = "crosswire progress" };
            _drawer.Start();
        }
    }

    /// <summary>
    /// Starts a meter for work described by <paramref name="description"/> (e.g. <c>Reading</c>) counting
    /// <paramref name="unit"/>s (e.g. <c>articles</c>) up to <paramref name="total"/> (0 when unknown: the bar
    /// then only pulses and shows the count). Pass <paramref name="writesToOutput"/> when the command writes
    /// results to stdout while the work runs: the bar is then not drawn if stdout is the same terminal.
    /// </summary>
    public static ProgressMeter Start(
        CliConsole console,
        string description,
        string unit,
        long total = 0,
        bool writesToOutput = false,
        TimeSpan? delay = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        var show = console.ErrorIsTerminal
            && !(writesToOutput && console.OutIsTerminal)
            && console.ErrorTerminal.Profile.Capabilities.Ansi
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));
        return new ProgressMeter(console, description, unit, total, delay ?? DefaultDelay, show);
    }

    /// <summary>How many units are done.</summary>
    public long Value => Interlocked.Read(ref _value);

    /// <summary>Counts <paramref name="units"/> more units done.</summary>
    public void Advance(long units = 1) => Interlocked.Add(ref _value, units);

    /// <summary>Sets the total once it is known (0: unknown).</summary>
    public void SetTotal(long total)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        Interlocked.Exchange(ref _total, total);
    }

    /// <summary>Changes the description shown (e.g. to the stage now running).</summary>
    public void Describe(string description)
    {
        ArgumentNullException.ThrowIfNull(description);
        _description = description;
    }

    /// <summary>Stops the meter and removes the bar.</summary>
    public void Dispose()
    {
        _done.Set();
        _drawer?.Join();
        _done.Dispose();
    }

    private void Draw()
    {
        if (_done.Wait(_delay))
        {
            return;
        }

        var terminal = _console.ErrorTerminal;
        ConsoleCancelEventHandler showCursor = (_, _) => terminal.Cursor.Show();
        Console.CancelKeyPress += showCursor;
        try
        {
            terminal.Progress()
                .AutoClear(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask(Label(), autoStart: true, maxValue: 1);
                    do
                    {
                        var total = Interlocked.Read(ref _total);
                        task.IsIndeterminate = total == 0;
                        task.MaxValue = Math.Max(total, 1);
                        task.Value = total == 0 ? 0 : Math.Min(Value, total);
                        task.Description = Label();
                    }
                    while (!_done.Wait(s_refresh));
                });
        }
        finally
        {
            Console.CancelKeyPress -= showCursor;
        }
    }

    private string Label()
    {
        var total = Interlocked.Read(ref _total);
        var count = total == 0
            ? Value.ToString("N0", CultureInfo.InvariantCulture)
            : $"{Value.ToString("N0", CultureInfo.InvariantCulture)}/{total.ToString("N0", CultureInfo.InvariantCulture)}";
        return Markup.Escape($"{_description} {count} {_unit}");
    }
}
