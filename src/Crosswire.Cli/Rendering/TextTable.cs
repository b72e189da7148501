using System.Text;
using Crosswire.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Rendering;
using SpectreText = Spectre.Console.Text;

namespace Crosswire.Cli.Rendering;

/// <summary>A column of a <see cref="TextTable"/>.</summary>
/// <param name="Header">Column heading.</param>
/// <param name="AlignRight">Right-align the cells (numbers).</param>
/// <param name="MaxWidth">In plain output, longer cells are cut to this many characters and end with
/// <c>…</c>; 0 for no limit. A terminal table wraps long cells instead.</param>
public sealed record TableColumn(string Header, bool AlignRight = false, int MaxWidth = 0);

/// <summary>
/// Rows of text written as a Spectre table when stdout is a terminal and as plain aligned columns (two spaces
/// apart, a header line, no escape codes) when it is piped or redirected. Cells are plain text: line breaks
/// and other control characters in them become spaces.
/// </summary>
public sealed class TextTable
{
    private readonly TableColumn[] _columns;
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table with <paramref name="columns"/>.</summary>
    public TextTable(params TableColumn[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentOutOfRangeException.ThrowIfZero(columns.Length, nameof(columns));
        _columns = columns;
    }

    /// <summary>Number of rows added.</summary>
    public int RowCount => _rows.Count;

    /// <summary>Adds a row; it must have one cell per column (null for an empty cell).</summary>
    public void AddRow(params string?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _columns.Length)
        {
            throw new ArgumentException($"{cells.Length} cells for {_columns.Length} columns", nameof(cells));
        }

        _rows.Add([.. cells.Select(cell => PlainText.OneLine(cell ?? string.Empty))]);
    }

    /// <summary>Writes the table to stdout, under <paramref name="title"/> when given.</summary>
    public void Render(CliConsole console, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (console.OutIsTerminal)
        {
            console.OutTerminal.Write(ToSpectre(title));
        }
        else
        {
            WritePlain(console.Out, title);
        }
    }

    /// <summary>Writes the table as plain aligned text.</summary>
    public void WritePlain(TextWriter writer, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (title is not null)
        {
            writer.WriteLine(title);
        }

        var cells = _rows.Select(row => row.Select((cell, i) => Cut(cell, _columns[i].MaxWidth)).ToArray()).ToList();
        var widths = new int[_columns.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = Math.Max(_columns[i].Header.Length, cells.Count == 0 ? 0 : cells.Max(row => row[i].Length));
        }

        var line = new StringBuilder();
        WriteLine(writer, line, widths, [.. _columns.Select(c => c.Header)]);
        foreach (var row in cells)
        {
            WriteLine(writer, line, widths, row);
        }
    }

    private void WriteLine(TextWriter writer, StringBuilder line, int[] widths, string[] cells)
    {
        line.Clear();
        for (var i = 0; i < cells.Length; i++)
        {
            var last = i == cells.Length - 1;
            var padding = widths[i] - cells[i].Length;
            if (_columns[i].AlignRight)
            {
                line.Append(' ', padding).Append(cells[i]);
            }
            else
            {
                line.Append(cells[i]);
                if (!last)
                {
                    line.Append(' ', padding);
                }
            }

            if (!last)
            {
                line.Append("  ");
            }
        }

        writer.WriteLine(line.ToString().TrimEnd());
    }

    private Table ToSpectre(string? title)
    {
        var table = new Table().Border(TableBorder.Rounded);
        if (title is not null)
        {
            table.Title(new TableTitle(title, new Style(decoration: Decoration.Bold)));
        }

        foreach (var column in _columns)
        {
            var tableColumn = new Spectre.Console.TableColumn(new SpectreText(column.Header, new Style(decoration: Decoration.Bold)));
            table.AddColumn(column.AlignRight ? tableColumn.RightAligned() : tableColumn);
        }

        foreach (var row in _rows)
        {
            table.AddRow(row.Select(cell => (IRenderable)new SpectreText(cell)));
        }

        return table;
    }

    private static string Cut(string cell, int maxWidth) =>
        maxWidth > 1 && cell.Length > maxWidth ? string.Concat(cell.AsSpan(0, maxWidth - 1), "…") : cell;
}
