namespace Crosswire.Core;

/// <summary>Limits that protect every stage against pathological input.</summary>
public sealed record InputLimits
{
    /// <summary>Default limits.</summary>
    public static InputLimits Default { get; } = new();

    /// <summary>Largest file or request body read, in bytes. Default 64 MiB (feeds and datasets are big).</summary>
    public long MaxInputBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest text of one article, in characters. Default 2,000,000 (about 2 MB of prose).</summary>
    public int MaxArticleChars { get; init; } = 2_000_000;

    /// <summary>Deepest nesting of HTML, XML or JSON accepted. Default 256.</summary>
    public int MaxDepth { get; init; } = 256;

    /// <summary>Longest sentence, in characters, before the segmenter forces a break. Default 2,000.</summary>
    public int MaxSentenceChars { get; init; } = 2_000;
}
