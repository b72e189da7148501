using System.Numerics;

namespace Crosswire.Clustering;

/// <summary>Fast, fixed (not randomised per process) 64-bit hashing of words and shingles, so that
/// signatures are the same on every run and machine.</summary>
internal static class Hashing
{
    public const ulong Seed = 0x9E3779B97F4A7C15;

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="word"/>, then mixed.</summary>
    public static ulong Word(ReadOnlySpan<char> word)
    {
        var hash = 0xCBF29CE484222325;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 0x100000001B3;
        }

        return Finish(hash);
    }

    /// <summary>Adds <paramref name="value"/> to an order-sensitive running hash.</summary>
    public static ulong Combine(ulong hash, ulong value) => BitOperations.RotateLeft(hash ^ value, 27) * 0x94D049BB133111EB;

    /// <summary>The SplitMix64 finaliser: every input bit affects every output bit.</summary>
    public static ulong Finish(ulong hash)
    {
        hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9;
        hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EB;
        return hash ^ (hash >> 31);
    }
}
