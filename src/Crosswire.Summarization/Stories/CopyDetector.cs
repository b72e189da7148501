using System.Collections.Immutable;
using Crosswire.Core.Documents;

namespace Crosswire.Summarization.Stories;

/// <summary>
/// Finds the articles of a story that are copies of one another by shingle containment: each article
/// becomes the set of its <c>k</c>-word shingles (over stemmed terms, so case, punctuation and inflection do
/// not matter), and two articles are copies when the smaller one has at least
/// <see cref="StoryIndexOptions.CopyContainment"/> of its shingles in the other. Copies group transitively.
/// An inverted index over shingles counts the overlaps, so only articles that share a shingle are compared.
/// </summary>
internal sealed class CopyDetector
{
    private readonly int _shingleWords;
    private readonly double _threshold;

    public CopyDetector(StoryIndexOptions options)
    {
        _shingleWords = options.ShingleWords;
        _threshold = options.CopyContainment;
    }

    /// <summary>Groups the articles: <c>groups[a]</c> is the index of the original of article <c>a</c>'s
    /// group (itself when it copies nothing), and the copies found.</summary>
    public (int[] Groups, ImmutableArray<ArticleCopy> Copies) Detect(
        ImmutableArray<AnalyzedArticle> articles, IReadOnlyList<IndexedSentence> sentences, int[] articleStarts)
    {
        var n = articles.Length;
        var groups = new int[n];
        for (var a = 0; a < n; a++)
        {
            groups[a] = a;
        }

        if (n < 2)
        {
            return (groups, []);
        }

        var shingles = new ulong[n][];
        for (var a = 0; a < n; a++)
        {
            shingles[a] = Shingles(sentences, articleStarts[a], articleStarts[a + 1]);
        }

        var overlaps = new OverlapCounts(shingles);
        for (var first = 0; first < n; first++)
        {
            foreach (var second in overlaps.PartnersOf(first))
            {
                if (Containment(overlaps[first, second], shingles[first].Length, shingles[second].Length) >= _threshold)
                {
                    Union(groups, first, second);
                }
            }
        }

        var originals = new int[n];
        Array.Fill(originals, -1);
        for (var a = 0; a < n; a++)
        {
            var root = Find(groups, a);
            if (originals[root] < 0 || Earlier(articles[a].Article, articles[originals[root]].Article))
            {
                originals[root] = a;
            }
        }

        var copies = ImmutableArray.CreateBuilder<ArticleCopy>();
        for (var a = 0; a < n; a++)
        {
            var original = originals[Find(groups, a)];
            if (original != a)
            {
                var shared = overlaps[a, original];
                copies.Add(new ArticleCopy(
                    articles[a].Article.Id, articles[original].Article.Id,
                    Math.Round(Containment(shared, shingles[a].Length, shingles[original].Length), 4)));
            }
        }

        for (var a = 0; a < n; a++)
        {
            groups[a] = originals[Find(groups, a)];
        }

        return (groups, copies.ToImmutable());
    }

    private static double Containment(int shared, int first, int second)
    {
        var smaller = Math.Min(first, second);
        return smaller == 0 ? 0 : (double)shared / smaller;
    }

    private static bool Earlier(Article candidate, Article current) =>
        candidate.Published is { } date && (current.Published is not { } other || date < other);

    private ulong[] Shingles(IReadOnlyList<IndexedSentence> sentences, int from, int to)
    {
        var terms = new List<int>();
        for (var s = from; s < to; s++)
        {
            foreach (var term in sentences[s].Terms)
            {
                terms.Add(term < 0 ? ~term : term);
            }
        }

        if (terms.Count == 0)
        {
            return [];
        }

        var k = Math.Min(_shingleWords, terms.Count);
        var set = new HashSet<ulong>();
        for (var i = 0; i + k <= terms.Count; i++)
        {
            var hash = 14695981039346656037UL;
            for (var j = i; j < i + k; j++)
            {
                hash = (hash ^ (uint)terms[j]) * 1099511628211UL;
            }

            set.Add(hash);
        }

        return [.. set];
    }

    private static int Find(int[] parents, int a)
    {
        while (parents[a] != a)
        {
            parents[a] = parents[parents[a]];
            a = parents[a];
        }

        return a;
    }

    private static void Union(int[] parents, int a, int b)
    {
        var rootA = Find(parents, a);
        var rootB = Find(parents, b);
        if (rootA != rootB)
        {
            parents[Math.Max(rootA, rootB)] = Math.Min(rootA, rootB);
        }
    }

    /// <summary>Shared shingles of every pair of articles that share any, counted through an inverted index
    /// (shingle → articles), so the cost follows the shared shingles, not the number of pairs.</summary>
    private sealed class OverlapCounts
    {
        private readonly Dictionary<long, int> _counts = [];
        private readonly List<int>[] _partners;

        public OverlapCounts(ulong[][] shingles)
        {
            _partners = new List<int>[shingles.Length];
            var postings = new Dictionary<ulong, List<int>>();
            for (var a = 0; a < shingles.Length; a++)
            {
                _partners[a] = [];
                foreach (var shingle in shingles[a])
                {
                    if (!postings.TryGetValue(shingle, out var list))
                    {
                        list = [];
                        postings.Add(shingle, list);
                    }

                    list.Add(a);
                }
            }

            foreach (var list in postings.Values)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    for (var j = i + 1; j < list.Count; j++)
                    {
                        ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(
                            _counts, Key(list[i], list[j]), out var existed);
                        if (!existed)
                        {
                            _partners[list[i]].Add(list[j]);
                        }

                        count++;
                    }
                }
            }
        }

        /// <summary>Shingles shared by articles <paramref name="a"/> and <paramref name="b"/>.</summary>
        public int this[int a, int b] => _counts.GetValueOrDefault(Key(a, b));

        /// <summary>Later articles sharing at least one shingle with <paramref name="a"/>.</summary>
        public List<int> PartnersOf(int a) => _partners[a];

        private static long Key(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;
    }
}
