using System.Collections.Immutable;

namespace Crosswire.Clustering;

/// <summary>A term of an article with the number of times it occurs.</summary>
/// <param name="Term">The term: a stemmed lower-case content word, or a lower-case name.</param>
/// <param name="Count">Occurrences in the article, at least 1.</param>
public readonly record struct TermCount(string Term, int Count);

/// <summary>
/// What story clustering needs to know about one article, and nothing more: compact, immutable and
/// serialisable (<see cref="Serialize"/>), so that a store can keep it and rebuild a clusterer by replaying it.
/// Made by <see cref="FeatureExtractor"/>.
/// </summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Published">Publication date-time, when known; it drives time proximity.</param>
/// <param name="ContentHash">128-bit hash (32 lower-case hex digits) of the article's whole text reduced to its
/// lower-case words, so that copies differing only in case, punctuation or white space hash alike.</param>
/// <param name="WordCount">Words and numbers in the article's prose after boilerplate removal.</param>
/// <param name="Terms">Content words (stopwords and numbers left out), normalised and stemmed, with their
/// counts; sorted by term (ordinal).</param>
/// <param name="Names">Capitalised token sequences (people, organisations, places) in lower case, each
/// multi-word name also counted word by word; sorted by name (ordinal).</param>
/// <param name="ShingleCount">Number of distinct word shingles of the prose.</param>
/// <param name="Signature">MinHash signature over the word shingles (one minimum per hash function), or empty
/// when the prose has too few shingles for a meaningful estimate.</param>
public sealed record ArticleFeatures(
    string ArticleId,
    DateTimeOffset? Published,
    string ContentHash,
    int WordCount,
    ImmutableArray<TermCount> Terms,
    ImmutableArray<TermCount> Names,
    int ShingleCount,
    ImmutableArray<uint> Signature)
{
    /// <summary>Current version of the binary form written by <see cref="Serialize"/>.</summary>
    public const byte FormatVersion = 1;

    /// <summary>Number of distinct content terms.</summary>
    public int TermCount => Terms.IsDefault ? 0 : Terms.Length;

    /// <summary>The binary form: versioned, little-endian, UTF-8 strings. <see cref="Deserialize(ReadOnlySpan{byte})"/>
    /// reads it back to an equal value.</summary>
    public byte[] Serialize() => FeatureCodec.Write(this);

    /// <summary>Reads the binary form written by <see cref="Serialize"/>.</summary>
    /// <exception cref="Core.Errors.CrosswireException">E171 when the bytes are not valid features.</exception>
    public static ArticleFeatures Deserialize(ReadOnlySpan<byte> bytes) => FeatureCodec.Read(bytes, "features");

    /// <summary>Reads the binary form written by <see cref="Serialize"/>; errors name <paramref name="input"/>.</summary>
    /// <exception cref="Core.Errors.CrosswireException">E171 when the bytes are not valid features.</exception>
    public static ArticleFeatures Deserialize(ReadOnlySpan<byte> bytes, string input) => FeatureCodec.Read(bytes, input);

    /// <summary>Structural equality: the arrays are compared element by element.</summary>
    public bool Equals(ArticleFeatures? other) =>
        other is not null
        && ArticleId == other.ArticleId
        && Published == other.Published
        && (Published is null || Published.Value.Offset == other.Published!.Value.Offset)
        && ContentHash == other.ContentHash
        && WordCount == other.WordCount
        && ShingleCount == other.ShingleCount
        && Same(Terms, other.Terms)
        && Same(Names, other.Names)
        && Same(Signature, other.Signature);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ArticleId, ContentHash, WordCount, ShingleCount);

    private static bool Same<T>(ImmutableArray<T> left, ImmutableArray<T> right) =>
        (left.IsDefaultOrEmpty && right.IsDefaultOrEmpty)
        || (!left.IsDefault && !right.IsDefault && left.AsSpan().SequenceEqual(right.AsSpan()));
}
