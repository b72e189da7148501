using System.Collections.Immutable;
using Crosswire.Core.Documents;

namespace Crosswire.Text.Boilerplate;

/// <summary>
/// The result of <see cref="BoilerplateFilter.Clean"/>: the paragraphs of prose kept and the pieces of text
/// removed as boilerplate, all as spans into the text that was cleaned.
/// </summary>
/// <remarks>
/// Every non-white-space character of the cleaned text lies in exactly one kept paragraph or one removed
/// span. Both arrays are sorted by position and no two spans overlap.
/// </remarks>
/// <param name="Paragraphs">Kept paragraphs, in reading order, trimmed of surrounding white space.</param>
/// <param name="Removed">Removed pieces, in reading order, trimmed of surrounding white space.</param>
public sealed record CleanedText(ImmutableArray<Paragraph> Paragraphs, ImmutableArray<RemovedText> Removed);
