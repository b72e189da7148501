using System.Collections.Immutable;
using Crosswire.Summarization.Stories;

namespace Crosswire.Summarization.Attribution;

/// <summary>
/// Finds, for a sentence of a story, the sentence of every other article that reports the same information.
/// Sentences are compared by cosine similarity over their concepts (content words and bigrams), each
/// weighted by its inverse sentence frequency in the story, <c>idf = 1 + ln(N / n)</c>, so the story's own
/// names weigh less than the facts that set one sentence apart. An inverted index from concepts to
/// sentences means only sentences sharing a concept are scored: the cost follows the postings of the query's
/// concepts, never all pairs of sentences. Build one per story; thread-safe after construction.
/// </summary>
public sealed class SourceAttributor
{
    private readonly StoryIndex _story;
    private readonly double _threshold;
    private readonly double[] _idfSquared;
    private readonly double[] _norms;
    private readonly int[] _postingStarts;
    private readonly int[] _postings;

    /// <summary>Indexes the sentences of <paramref name="story"/>.</summary>
    public SourceAttributor(StoryIndex story, AttributionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(story);
        var settings = options ?? AttributionOptions.Default;
        settings.Validate();
        _story = story;
        _threshold = settings.SimilarityThreshold;

        var frequency = new int[story.ConceptCount];
        foreach (var sentence in story.Sentences)
        {
            foreach (var c in sentence.Concepts)
            {
                frequency[c]++;
            }
        }

        _idfSquared = new double[story.ConceptCount];
        _postingStarts = new int[story.ConceptCount + 1];
        for (var c = 0; c < frequency.Length; c++)
        {
            var idf = 1 + Math.Log((double)story.SentenceCount / Math.Max(1, frequency[c]));
            _idfSquared[c] = idf * idf;
            _postingStarts[c + 1] = _postingStarts[c] + frequency[c];
        }

        _postings = new int[_postingStarts[^1]];
        var fill = (int[])_postingStarts.Clone();
        _norms = new double[story.SentenceCount];
        foreach (var sentence in story.Sentences)
        {
            var norm = 0.0;
            foreach (var c in sentence.Concepts)
            {
                _postings[fill[c]++] = sentence.Id;
                norm += _idfSquared[c];
            }

            _norms[sentence.Id] = Math.Sqrt(norm);
        }
    }

    /// <summary>The story-weighted cosine similarity of two sentences (ids), 0 to 1.</summary>
    public double Similarity(int first, int second)
    {
        var a = _story[first].Concepts;
        var b = _story[second].Concepts;
        double dot = 0;
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                dot += _idfSquared[a[i]];
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        var norms = _norms[first] * _norms[second];
        return norms == 0 ? 0 : Math.Min(1, dot / norms);
    }

    /// <summary>For sentence <paramref name="sentenceId"/>, the most similar sentence of every other article
    /// whose similarity reaches the threshold, strongest first.</summary>
    public ImmutableArray<SourceMatch> Attribute(int sentenceId)
    {
        var query = _story[sentenceId];
        if (_norms[sentenceId] == 0)
        {
            return [];
        }

        var dots = new Dictionary<int, double>();
        foreach (var c in query.Concepts)
        {
            for (var p = _postingStarts[c]; p < _postingStarts[c + 1]; p++)
            {
                var other = _postings[p];
                if (_story[other].Article != query.Article)
                {
                    dots[other] = dots.GetValueOrDefault(other) + _idfSquared[c];
                }
            }
        }

        var best = new Dictionary<int, (int Sentence, double Similarity)>();
        foreach (var (other, dot) in dots)
        {
            var similarity = Math.Min(1, dot / (_norms[sentenceId] * _norms[other]));
            var article = _story[other].Article;
            if (similarity >= _threshold
                && (!best.TryGetValue(article, out var current) || similarity > current.Similarity
                    || (similarity == current.Similarity && other < current.Sentence)))
            {
                best[article] = (other, similarity);
            }
        }

        var origin = _story.OriginalOf(query.Article);
        return [.. best
            .OrderByDescending(pair => pair.Value.Similarity)
            .ThenBy(pair => pair.Key)
            .Select(pair => new SourceMatch(
                _story.Articles[pair.Key].Article.Id,
                _story[pair.Value.Sentence].Span,
                Math.Round(pair.Value.Similarity, 4),
                _story.OriginalOf(pair.Key) == origin ? SourceMatchKind.Copy : SourceMatchKind.Corroboration))];
    }
}
