using Crosswire.Summarization.Stories;

namespace Crosswire.Summarization.Extractive;

/// <summary>
/// Weighs the concepts of a story by how many independent articles report them: a concept held by
/// <c>df</c> articles (a group of copies counts once) weighs <c>df^γ</c>
/// (<see cref="SummarizerOptions.DocumentFrequencyExponent"/>); a single content word weighs
/// <see cref="SummarizerOptions.UnigramWeight"/> times that. Pure.
/// </summary>
public sealed class ConceptWeigher
{
    private readonly SummarizerOptions _options;

    /// <summary>Creates a weigher.</summary>
    public ConceptWeigher(SummarizerOptions? options = null)
    {
        _options = options ?? SummarizerOptions.Default;
    }

    /// <summary>Number of independent articles holding each concept, by concept id.</summary>
    public static int[] DocumentFrequencies(StoryIndex story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var df = new int[story.ConceptCount];
        var stamp = new int[story.ConceptCount];
        Array.Fill(stamp, -1);
        for (var original = 0; original < story.Articles.Length; original++)
        {
            if (story.OriginalOf(original) != original)
            {
                continue;
            }

            for (var a = 0; a < story.Articles.Length; a++)
            {
                if (story.OriginalOf(a) != original)
                {
                    continue;
                }

                foreach (var sentence in story.SentencesOf(a))
                {
                    foreach (var concept in sentence.Concepts)
                    {
                        if (stamp[concept] != original)
                        {
                            stamp[concept] = original;
                            df[concept]++;
                        }
                    }
                }
            }
        }

        return df;
    }

    /// <summary>The weight of every concept of <paramref name="story"/>, by concept id.</summary>
    public double[] Weigh(StoryIndex story) => Weigh(story, DocumentFrequencies(story));

    /// <summary>The weight of every concept given its document frequencies.</summary>
    public double[] Weigh(StoryIndex story, int[] documentFrequencies)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(documentFrequencies);
        var byDf = new double[story.Articles.Length + 1];
        for (var df = 1; df < byDf.Length; df++)
        {
            byDf[df] = Math.Pow(df, _options.DocumentFrequencyExponent);
        }

        var weights = new double[story.ConceptCount];
        for (var c = 0; c < weights.Length; c++)
        {
            weights[c] = story.IsBigram(c) ? byDf[documentFrequencies[c]] : _options.UnigramWeight * byDf[documentFrequencies[c]];
        }

        return weights;
    }
}
