using Crosswire.Summarization.Stories;

namespace Crosswire.Summarization.Extractive;

/// <summary>
/// The prior of every sentence: how much of a concept's weight the sentence earns when it is the one that
/// covers it. It falls with the sentence's position in its article (<c>1 / (1 + β·i)</c>, news puts key facts
/// first) and with its article's reliability: an article that shares few of its concepts with the rest of
/// the story (a crawl notice, an error page, a page about something else) weighs down to
/// <see cref="SummarizerOptions.OffTopicWeight"/>. Pure.
/// </summary>
public sealed class SentenceScorer
{
    private readonly SummarizerOptions _options;

    /// <summary>Creates a scorer.</summary>
    public SentenceScorer(SummarizerOptions? options = null)
    {
        _options = options ?? SummarizerOptions.Default;
    }

    /// <summary>The reliability of every article, 0 to 1: <see cref="SummarizerOptions.OffTopicWeight"/> plus
    /// the rest in proportion to the bigram concepts it shares with other independent articles, up to the
    /// story's median (articles at or above the median weigh 1).</summary>
    public double[] ArticleReliability(StoryIndex story, int[] documentFrequencies)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(documentFrequencies);
        var n = story.Articles.Length;
        var shared = new double[n];
        var seen = new HashSet<int>();
        for (var a = 0; a < n; a++)
        {
            seen.Clear();
            foreach (var sentence in story.SentencesOf(a))
            {
                foreach (var concept in sentence.Concepts)
                {
                    if (story.IsBigram(concept) && documentFrequencies[concept] >= 2)
                    {
                        seen.Add(concept);
                    }
                }
            }

            shared[a] = seen.Count;
        }

        var reliability = new double[n];
        var median = Median(shared);
        for (var a = 0; a < n; a++)
        {
            reliability[a] = median <= 0
                ? 1
                : _options.OffTopicWeight + ((1 - _options.OffTopicWeight) * Math.Min(1, shared[a] / median));
        }

        return reliability;
    }

    /// <summary>The prior of every sentence of <paramref name="story"/>, by sentence id.</summary>
    public double[] Score(StoryIndex story, int[] documentFrequencies)
    {
        var reliability = ArticleReliability(story, documentFrequencies);
        var priors = new double[story.SentenceCount];
        foreach (var sentence in story.Sentences)
        {
            priors[sentence.Id] = reliability[sentence.Article] / (1 + (_options.PositionDecay * sentence.Index));
        }

        return priors;
    }

    private static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
