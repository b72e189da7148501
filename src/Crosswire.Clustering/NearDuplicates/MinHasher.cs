using System.Collections.Immutable;

namespace Crosswire.Clustering;

/// <summary>
/// MinHash: for each of <c>size</c> hash functions, the smallest hash over a set of shingles. The share of
/// positions where two signatures agree estimates the Jaccard similarity of the two sets. The functions are
/// multiply-shift hashes <c>(a·x + b) &gt;&gt; 32</c> with fixed odd multipliers, so signatures are stable
/// across runs and can be stored.
/// </summary>
internal sealed class MinHasher
{
    private readonly ulong[] _multipliers;
    private readonly ulong[] _offsets;

    public MinHasher(int size)
    {
        _multipliers = new ulong[size];
        _offsets = new ulong[size];
        var state = 0x2545F4914F6CDD1DUL;
        for (var i = 0; i < size; i++)
        {
            _multipliers[i] = Next(ref state) | 1;
            _offsets[i] = Next(ref state);
        }
    }

    public ImmutableArray<uint> Sign(IReadOnlyCollection<ulong> shingles)
    {
        var signature = new uint[_multipliers.Length];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < signature.Length; i++)
            {
                var value = (uint)(((_multipliers[i] * shingle) + _offsets[i]) >> 32);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }

        return ImmutableArray.Create(signature);
    }

    /// <summary>Share of equal positions of two signatures of the same length: the Jaccard estimate.</summary>
    public static double Jaccard(ReadOnlySpan<uint> left, ReadOnlySpan<uint> right)
    {
        if (left.IsEmpty || left.Length != right.Length)
        {
            return 0;
        }

        var equal = 0;
        for (var i = 0; i < left.Length; i++)
        {
            if (left[i] == right[i])
            {
                equal++;
            }
        }

        return (double)equal / left.Length;
    }

    /// <summary>The share of the smaller set found in the larger one, from the Jaccard estimate and the two
    /// set sizes: <c>|A∩B| = J·(|A|+|B|)/(1+J)</c>.</summary>
    public static double Containment(double jaccard, int leftSize, int rightSize)
    {
        var smaller = Math.Min(leftSize, rightSize);
        if (smaller == 0)
        {
            return 0;
        }

        var shared = jaccard * (leftSize + rightSize) / (1 + jaccard);
        return Math.Min(1, shared / smaller);
    }

    private static ulong Next(ref ulong state)
    {
        state += Hashing.Seed;
        return Hashing.Finish(state);
    }
}
