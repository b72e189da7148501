namespace Crosswire.Clustering;

/// <summary>A vocabulary (term → dense id) with document frequencies that grow as articles arrive, for
/// TF-IDF weights that follow the collection.</summary>
internal sealed class TermTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private int[] _frequencies = new int[1024];

    /// <summary>Articles counted so far.</summary>
    public int Documents { get; private set; }

    /// <summary>Distinct terms seen.</summary>
    public int Count => _ids.Count;

    /// <summary>Counts one more article holding <paramref name="terms"/> (each once) and writes their ids.</summary>
    public void AddDocument(ReadOnlySpan<TermCount> terms, Span<int> ids)
    {
        Documents++;
        for (var i = 0; i < terms.Length; i++)
        {
            ref var id = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_ids, terms[i].Term, out var exists);
            if (!exists)
            {
                id = _ids.Count - 1;
                if (id == _frequencies.Length)
                {
                    Array.Resize(ref _frequencies, _frequencies.Length * 2);
                }
            }

            _frequencies[id]++;
            ids[i] = id;
        }
    }

    /// <summary>Smoothed inverse document frequency, <c>ln(1 + N / df)</c>.</summary>
    public double Idf(int id) => Math.Log(1 + ((double)Documents / Math.Max(1, _frequencies[id])));
}
