using Crosswire.Core;
using Crosswire.Ingest.Html;

namespace Crosswire.Ingest;

/// <summary>Options of <see cref="ArticleReader"/> and <see cref="Datasets.DatasetReader"/>.</summary>
public sealed record ReaderOptions
{
    /// <summary>Default options.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>Size and depth limits. Default <see cref="InputLimits.Default"/> (64 MiB a file, 2,000,000
    /// characters an article, nesting depth 256).</summary>
    public InputLimits Limits { get; init; } = InputLimits.Default;

    /// <summary>How HTML pages and the HTML inside feed items are turned into text. Default
    /// <see cref="HtmlExtractorOptions.Default"/>.</summary>
    public HtmlExtractorOptions Html { get; init; } = HtmlExtractorOptions.Default;

    /// <summary>When reading directories, also read hidden files and folders (names starting with a dot, or
    /// with the hidden attribute). Default false: they are skipped.</summary>
    public bool IncludeHidden { get; init; }
}
