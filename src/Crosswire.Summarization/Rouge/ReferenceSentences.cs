using Crosswire.Text.Segmentation;

namespace Crosswire.Summarization.Rouge;

/// <summary>
/// Splits a reference summary given as running text into the sentences ROUGE-L needs (one a line, as the
/// README protocol says), with the team's <see cref="SentenceSegmenter"/>: pass <see cref="Split"/> as the
/// <c>referenceSplitter</c> of <see cref="RougeScorer"/>.
/// </summary>
public static class ReferenceSentences
{
    private static readonly SentenceSegmenter s_segmenter = new();

    /// <summary>The sentences of <paramref name="text"/>, in order, each on one line (line breaks inside a
    /// sentence become spaces, so the script does not see two sentences).</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = s_segmenter.Segment(text);
        var sentences = new List<string>(spans.Length);
        foreach (var span in spans)
        {
            var sentence = text.AsSpan(span.Start, span.Length).Trim();
            if (!sentence.IsEmpty)
            {
                sentences.Add(sentence.ToString().ReplaceLineEndings(" "));
            }
        }

        return sentences;
    }
}
