namespace Crosswire.Clustering;

/// <summary>
/// A story's centroid: per term, the summed mass of its members' length-normalised term-frequency vectors.
/// IDF is applied only when scoring, so the weights follow document frequencies as the collection grows.
/// Bounded: past twice <c>capacity</c> terms it keeps the <c>capacity</c> heaviest by mass times IDF.
/// </summary>
internal sealed class Centroid(int capacity)
{
    private readonly Dictionary<int, float> _mass = [];

    public int Count => _mass.Count;

    public bool IsEmpty => _mass.Count == 0;

    public void Add(ReadOnlySpan<int> ids, ReadOnlySpan<float> unitWeights, TermTable table)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            ref var mass = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_mass, ids[i], out _);
            mass += unitWeights[i];
        }

        Prune(table);
    }

    public void Absorb(Centroid other, TermTable table)
    {
        foreach (var (id, weight) in other._mass)
        {
            ref var mass = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_mass, id, out _);
            mass += weight;
        }

        other._mass.Clear();
        Prune(table);
    }

    /// <summary>Cosine between the centroid (weighted by current IDF) and an article vector whose entries
    /// <paramref name="weights"/> already include IDF and have unit length.</summary>
    public double Cosine(ReadOnlySpan<int> ids, ReadOnlySpan<float> weights, TermTable table)
    {
        if (_mass.Count == 0)
        {
            return 0;
        }

        double dot = 0;
        for (var i = 0; i < ids.Length; i++)
        {
            if (_mass.TryGetValue(ids[i], out var mass))
            {
                dot += mass * table.Idf(ids[i]) * weights[i];
            }
        }

        if (dot <= 0)
        {
            return 0;
        }

        double norm = 0;
        foreach (var (id, mass) in _mass)
        {
            var weight = mass * table.Idf(id);
            norm += weight * weight;
        }

        return dot / Math.Sqrt(norm);
    }

    private void Prune(TermTable table)
    {
        if (_mass.Count <= capacity * 2)
        {
            return;
        }

        var entries = new (double Weight, int Id)[_mass.Count];
        var i = 0;
        foreach (var (id, mass) in _mass)
        {
            entries[i++] = (-mass * table.Idf(id), id);
        }

        // Ties broken by term id, so the result never depends on dictionary order.
        Array.Sort(entries);
        for (var k = capacity; k < entries.Length; k++)
        {
            _mass.Remove(entries[k].Id);
        }
    }
}
