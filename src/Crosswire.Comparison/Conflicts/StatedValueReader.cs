using System.Collections.Immutable;
using Crosswire.Comparison.Values;
using Crosswire.Summarization.Stories;

namespace Crosswire.Comparison.Conflicts;

/// <summary>
/// Collects the values a story's articles state, for the <see cref="ConflictDetector"/>: numbers and
/// quantities from the <see cref="ValueRecognizer"/>, sentence by sentence.
/// </summary>
public sealed class StatedValueReader
{
    private readonly ValueRecognizer _values;

    /// <summary>Creates a reader over the given recognizer (default: <see cref="ValueRecognizer.Default"/>).</summary>
    public StatedValueReader(ValueRecognizer? values = null)
    {
        _values = values ?? ValueRecognizer.Default;
    }

    /// <summary>Every number and quantity stated in the story's sentences, in article and reading order.</summary>
    public ImmutableArray<StatedValue> Read(StoryIndex story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var found = ImmutableArray.CreateBuilder<StatedValue>();
        for (var a = 0; a < story.Articles.Length; a++)
        {
            var analyzed = story.Articles[a];
            var text = analyzed.Article.Text;
            foreach (var sentence in analyzed.Sentences)
            {
                foreach (var value in _values.Recognize(text, sentence.Span))
                {
                    var kind = value.Kind is ValueKind.Count or ValueKind.Ordinal or ValueKind.Age
                        ? ConflictKind.Number
                        : ConflictKind.Quantity;
                    found.Add(new StatedValue(a, value.Span, sentence.Span, kind, value.Normalized, value.Text, value.Counted)
                    {
                        Amount = value,
                    });
                }
            }
        }

        return found.ToImmutable();
    }
}
