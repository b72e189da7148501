namespace Crosswire.Clustering;

/// <summary>
/// A story's centroid: per term, the summed mass of its members' length-normalised term-frequency vectors.
/// IDF is applied only when scoring, so the weights follow document frequencies as the collection grows.
/// Bounded: past twice <c>capacity</c> terms it keeps the <c>capacity</c> heaviest by mass times IDF.
/// </summary>
internal sealed class Centroid(int capacity)
{
    // The norm needs every term's current IDF: it is kept and recomputed when the centroid changes or the
    // collection has grown by a fiftieth since, which moves IDF by well under one percent.
    private const double NormRefreshGrowth = 1.02;

    private readonly Dictionary<int, float> _mass = [];
    private double _norm = double.NaN;
    private int _normDocuments;

    public int Count => _mass.Count;

    public bool IsEmpty => _mass.Count == 0;

    public void Add(ReadOnlySpan<int> ids, ReadOnlySpan<float> unitWeights, TermTable table)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            ref var mass = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_mass, ids[i], out _);
            mass += unitWeights[i];
        }

        _norm = double.NaN;
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
        _norm = double.NaN;
        other._norm = double.NaN;
        Prune(table);
    }

    /// <summary>Cosine between the centroid (weighted by IDF) and an article vector whose entries
    /// <paramref name="weights"/> already include IDF and have unit length; <paramref name="idfs"/> are the
    /// article terms' IDFs.</summary>
    public double Cosine(ReadOnlySpan<int> ids, ReadOnlySpan<float> weights, ReadOnlySpan<float> idfs, TermTable table)
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
                dot += mass * idfs[i] * weights[i];
            }
        }

        if (dot <= 0)
        {
            return 0;
        }

        return dot / Norm(table);
    }

    private double Norm(TermTable table)
    {
        if (double.IsNaN(_norm) || table.Documents > _normDocuments * NormRefreshGrowth)
        {
            double squares = 0;
            foreach (var (id, mass) in _mass)
            {
                var weight = mass * table.Idf(id);
                squares += weight * weight;
            }

            _norm = Math.Sqrt(squares);
            _normDocuments = table.Documents;
        }

        return _norm;
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

        _norm = double.NaN;
    }
}
