namespace Crosswire.Ingest.Input;

/// <summary>One decoded input handed to a format reader.</summary>
/// <param name="Name">The input's name as reported: a path, <c>-</c> for standard input, or the caller's name.</param>
/// <param name="IdStem">Base of the ids derived for its articles (the path relative to the directory read,
/// without extension; the file name stem for a file given directly).</param>
/// <param name="Extension">The name's extension with its dot, or empty.</param>
/// <param name="Content">The decoded text.</param>
internal sealed record InputDocument(string Name, string IdStem, string Extension, DecodedInput Content);
