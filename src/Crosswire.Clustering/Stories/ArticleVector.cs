namespace Crosswire.Clustering;

/// <summary>
/// One article's terms (or names) as a sparse vector: term ids, the length-normalised log term frequencies
/// that go into a story centroid, and the length-normalised TF-IDF weights used for scoring.
/// </summary>
internal sealed class ArticleVector
{
    private ArticleVector(int[] ids, float[] unitFrequencies, float[] weights)
    {
        Ids = ids;
        UnitFrequencies = unitFrequencies;
        Weights = weights;
    }

    public static ArticleVector Empty { get; } = new([], [], []);

    public int[] Ids { get; }

    public float[] UnitFrequencies { get; }

    public float[] Weights { get; }

    public int Length => Ids.Length;

    /// <summary>Counts the article's terms in <paramref name="table"/> and builds its vector with the document
    /// frequencies that now include it.</summary>
    public static ArticleVector Build(ReadOnlySpan<TermCount> terms, TermTable table)
    {
        if (terms.IsEmpty)
        {
            return Empty;
        }

        var ids = new int[terms.Length];
        table.AddDocument(terms, ids);
        var frequencies = new float[terms.Length];
        var weights = new float[terms.Length];
        double frequencyNorm = 0, weightNorm = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            var frequency = 1 + Math.Log(terms[i].Count);
            var weight = frequency * table.Idf(ids[i]);
            frequencies[i] = (float)frequency;
            weights[i] = (float)weight;
            frequencyNorm += frequency * frequency;
            weightNorm += weight * weight;
        }

        Scale(frequencies, 1 / Math.Sqrt(frequencyNorm));
        Scale(weights, 1 / Math.Sqrt(weightNorm));
        return new ArticleVector(ids, frequencies, weights);
    }

    /// <summary>Positions of the <paramref name="count"/> heaviest entries, heaviest first (ties: lower id).</summary>
    public int[] Heaviest(int count)
    {
        var order = new int[Ids.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var weights = Weights;
        var ids = Ids;
        Array.Sort(order, (x, y) => weights[x] != weights[y] ? weights[y].CompareTo(weights[x]) : ids[x].CompareTo(ids[y]));
        return order.Length > count ? order[..count] : order;
    }

    private static void Scale(float[] values, double factor)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)(values[i] * factor);
        }
    }
}
