using Crosswire.Core.Errors;

namespace Crosswire.Clustering;

/// <summary>B-cubed precision, recall and F1 of a clustering against gold clusters.</summary>
/// <param name="Precision">Mean over items of the share of the item's predicted cluster that is in its gold cluster.</param>
/// <param name="Recall">Mean over items of the share of the item's gold cluster that is in its predicted cluster.</param>
/// <param name="F1">Harmonic mean of <paramref name="Precision"/> and <paramref name="Recall"/>.</param>
/// <param name="Items">Number of items scored.</param>
public sealed record BCubedScore(double Precision, double Recall, double F1, int Items);

/// <summary>
/// B-cubed scoring (Bagga and Baldwin 1998; Amigó et al. 2009): every item is scored by how much of its
/// predicted cluster shares its gold cluster (precision) and how much of its gold cluster shares its predicted
/// cluster (recall); the scores are averaged over items. Unlike purity it penalises both splitting and lumping,
/// and every item counts the same whatever the size of its cluster.
/// </summary>
public static class BCubed
{
    /// <summary>Scores <paramref name="predicted"/> (item → predicted cluster) against <paramref name="gold"/>
    /// (item → gold cluster). Both must hold exactly the same items.</summary>
    /// <exception cref="CrosswireException">E173 when there are no items or the item sets differ.</exception>
    public static BCubedScore Score(IReadOnlyDictionary<string, string> gold, IReadOnlyDictionary<string, string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count == 0)
        {
            throw new CrosswireException(ErrorCatalogue.ClusterScoreMismatch, "gold", "no items");
        }

        var goldSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        var predictedSizes = new Dictionary<string, int>(StringComparer.Ordinal);
        var shared = new Dictionary<(string Gold, string Predicted), int>();
        foreach (var (item, goldCluster) in gold)
        {
            if (!predicted.TryGetValue(item, out var predictedCluster))
            {
                throw new CrosswireException(ErrorCatalogue.ClusterScoreMismatch, item, "it has a gold cluster but no predicted one");
            }

            Increment(goldSizes, goldCluster);
            Increment(predictedSizes, predictedCluster);
            Increment(shared, (goldCluster, predictedCluster));
        }

        if (predicted.Count != gold.Count)
        {
            var extra = predicted.Keys.First(item => !gold.ContainsKey(item));
            throw new CrosswireException(ErrorCatalogue.ClusterScoreMismatch, extra, "it is predicted but has no gold cluster");
        }

        // Every item of a (gold, predicted) pair has the same precision and recall: sum them pair by pair.
        double precision = 0, recall = 0;
        foreach (var ((goldCluster, predictedCluster), count) in shared)
        {
            precision += (double)count * count / predictedSizes[predictedCluster];
            recall += (double)count * count / goldSizes[goldCluster];
        }

        precision /= gold.Count;
        recall /= gold.Count;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BCubedScore(precision, recall, f1, gold.Count);
    }

    private static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key)
        where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
