namespace Crosswire.Clustering;

/// <summary>
/// Locality-sensitive hashing over MinHash signatures: each signature is cut into bands of four values, and
/// articles whose band hashes to the same bucket become candidates. With 16 bands of 4, two articles are
/// found with probability 0.64 at Jaccard 0.5, 0.99 at 0.7 and 0.12 at 0.3. Buckets are chains through an
/// array, newest first, and a look-up walks at most <c>probe</c> entries of each, so it costs the same however
/// large the archive grows.
/// </summary>
internal sealed class NearDuplicateIndex(int probe)
{
    private const int Rows = 4;

    private readonly Dictionary<ulong, int> _heads = [];
    private readonly List<int> _next = [];
    private readonly List<int> _owners = [];

    /// <summary>Indexes the signature of article <paramref name="article"/>.</summary>
    public void Add(int article, ReadOnlySpan<uint> signature)
    {
        for (var band = 0; band * Rows < signature.Length; band++)
        {
            var key = Key(signature, band);
            _next.Add(_heads.TryGetValue(key, out var head) ? head : -1);
            _owners.Add(article);
            _heads[key] = _owners.Count - 1;
        }
    }

    /// <summary>Adds to <paramref name="found"/> the articles sharing a bucket with <paramref name="signature"/>.</summary>
    public void Candidates(ReadOnlySpan<uint> signature, HashSet<int> found)
    {
        for (var band = 0; band * Rows < signature.Length; band++)
        {
            if (!_heads.TryGetValue(Key(signature, band), out var entry))
            {
                continue;
            }

            for (var walked = 0; entry >= 0 && walked < probe; walked++)
            {
                found.Add(_owners[entry]);
                entry = _next[entry];
            }
        }
    }

    private static ulong Key(ReadOnlySpan<uint> signature, int band)
    {
        var hash = Hashing.Combine(Hashing.Seed, (ulong)band);
        foreach (var value in signature.Slice(band * Rows, Rows))
        {
            hash = Hashing.Combine(hash, value);
        }

        return Hashing.Finish(hash);
    }
}
