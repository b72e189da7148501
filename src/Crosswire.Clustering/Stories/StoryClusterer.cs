using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using Crosswire.Core.Errors;

namespace Crosswire.Clustering;

/// <summary>
/// Online story clustering: articles arrive one at a time (<see cref="Add"/>); each joins the story it fits
/// best or starts a new one, and an article that fits two stories strongly merges them.
/// </summary>
/// <remarks>
/// <para>An article is scored against candidate stories only, found through an inverted index from its
/// heaviest terms and names to the stories most recently indexed under them (bounded per term) and within
/// <see cref="ClusteringOptions.TimeWindow"/> when dates are known, so the work per article does not grow with
/// the archive. The score is the cosine between the article's TF-IDF vector and the story centroid (document
/// frequencies updated as articles arrive, centroids bounded to their heaviest terms), mixed with the cosine
/// of name vectors (capitalised sequences) and multiplied by a decay with the gap between dates.</para>
/// <para>Near-duplicates (an exact copy by content hash, or an estimated shingle Jaccard or containment over
/// the thresholds, found through LSH buckets and among the best story's latest members) are linked and put
/// in the story of their original. Contentless articles (fewer than
/// <see cref="ClusteringOptions.MinContentTerms"/> terms) are never compared; see
/// <see cref="ClusteringOptions.PlaceContentlessByArrival"/>.</para>
/// <para>Deterministic: the same articles added in the same order give the same decisions and story ids, so a
/// store rebuilds the state by replaying stored features in arrival order (<see cref="Replay"/>). Not
/// thread-safe: one writer at a time.</para>
/// </remarks>
public sealed class StoryClusterer
{
    private const double MinJaccardForContainment = 0.2;
    private const int RecentMembersChecked = 32;

    private readonly TermTable _terms = new();
    private readonly TermTable _names = new();
    private readonly Postings _termPostings;
    private readonly Postings _namePostings;
    private readonly NearDuplicateIndex _nearDuplicates;
    private readonly Dictionary<string, int> _articleIndex = new(StringComparer.Ordinal);
    private readonly List<ArticleRecord> _articles = [];
    private readonly List<StoryState> _stories = [];
    private readonly Dictionary<string, int> _storyIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byContentHash = new(StringComparer.Ordinal);
    private readonly List<int> _pendingContentless = [];
    private readonly Dictionary<int, double> _evidence = [];
    private readonly HashSet<int> _lshFound = [];
    private int _lastContentStory = -1;

    /// <summary>Creates an empty clusterer.</summary>
    /// <exception cref="CrosswireException">E172 when an option is out of range.</exception>
    public StoryClusterer(ClusteringOptions? options = null)
    {
        Options = options ?? ClusteringOptions.Default;
        Options.Validate();
        _termPostings = new Postings(Options.PostingsPerTerm);
        _namePostings = new Postings(Options.PostingsPerTerm);
        _nearDuplicates = new NearDuplicateIndex(Options.BucketProbe);
    }

    /// <summary>The options in use.</summary>
    public ClusteringOptions Options { get; }

    /// <summary>Articles added so far.</summary>
    public int ArticleCount => _articles.Count;

    /// <summary>Live stories (merged ones no longer count).</summary>
    public int StoryCount { get; private set; }

    /// <summary>Ids of the live stories, oldest first.</summary>
    public IEnumerable<string> StoryIds => _stories.Where(story => story.Forward < 0).Select(story => story.Id);

    /// <summary>A clusterer with <paramref name="features"/> added in order: how a store rebuilds the state it
    /// had, from the features it kept in arrival order.</summary>
    public static StoryClusterer Replay(IEnumerable<ArticleFeatures> features, ClusteringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(features);
        var clusterer = new StoryClusterer(options);
        foreach (var item in features)
        {
            clusterer.Add(item);
        }

        return clusterer;
    }

    /// <summary>The current story of article <paramref name="articleId"/>, or null when it was never added.</summary>
    public string? StoryOf(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        return _articleIndex.TryGetValue(articleId, out var index) ? _stories[Find(_articles[index].Story)].Id : null;
    }

    /// <summary>The live story that <paramref name="storyId"/> is now: itself, or the story it was merged into;
    /// null for an unknown id.</summary>
    public string? CurrentStoryId(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        return _storyIndex.TryGetValue(storyId, out var index) ? _stories[Find(index)].Id : null;
    }

    /// <summary>The article ids of story <paramref name="storyId"/> (or of the story it was merged into), in
    /// arrival order within each merged part; empty for an unknown id.</summary>
    public ImmutableArray<string> ArticlesOf(string storyId)
    {
        ArgumentNullException.ThrowIfNull(storyId);
        if (!_storyIndex.TryGetValue(storyId, out var index))
        {
            return [];
        }

        return [.. _stories[Find(index)].Members.Select(member => _articles[member].Id)];
    }

    /// <summary>Places one article: it joins a story or starts one, and may merge stories.</summary>
    /// <exception cref="CrosswireException">E170 when an article with the same id was already added.</exception>
    public ClusterDecision Add(ArticleFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentException.ThrowIfNullOrEmpty(features.ArticleId);
        if (_articleIndex.ContainsKey(features.ArticleId))
        {
            throw new CrosswireException(ErrorCatalogue.ClusterDuplicateArticle, features.ArticleId);
        }

        return features.TermCount < Options.MinContentTerms ? AddContentless(features) : AddContent(features);
    }

    private ClusterDecision AddContentless(ArticleFeatures features)
    {
        var story = NewStory(features.ArticleId);
        var index = Record(features, story);
        Join(story, index, features, ArticleVector.Empty, ArticleVector.Empty, indexTerms: false);
        _pendingContentless.Add(index);
        return new ClusterDecision(features.ArticleId, story.Id, StartedStory: true, null, 0, []) { Contentless = true };
    }

    private ClusterDecision AddContent(ArticleFeatures features)
    {
        var terms = ArticleVector.Build(features.Terms.AsSpan(), _terms);
        var names = features.Names.IsDefaultOrEmpty ? ArticleVector.Empty : ArticleVector.Build(features.Names.AsSpan(), _names);
        var scored = ScoreCandidates(features, terms, names);
        var best = scored.Count > 0 ? scored[0] : default;
        var original = FindOriginal(features, best);

        StoryState target;
        double similarity;
        var started = false;
        if (original is { } link)
        {
            target = _stories[Find(_articles[link.Article].Story)];
            similarity = link.Similarity;
        }
        else if (scored.Count > 0 && best.Score >= Options.JoinThreshold)
        {
            target = _stories[best.Story];
            similarity = best.Score;
        }
        else
        {
            target = NewStory(features.ArticleId);
            similarity = scored.Count > 0 ? best.Score : 0;
            started = true;
        }

        var merges = ImmutableArray.CreateBuilder<StoryMerge>();
        var strong = original is not null || (!started && best.Score >= Options.MergeThreshold);
        if (strong)
        {
            foreach (var candidate in scored)
            {
                if (candidate.Score >= Options.MergeThreshold && Find(candidate.Story) != target.Index)
                {
                    target = Merge(target, _stories[Find(candidate.Story)], merges);
                }
            }
        }

        var index = Record(features, target);
        Join(target, index, features, terms, names, indexTerms: true);
        _byContentHash.TryAdd(features.ContentHash, index);
        if (!features.Signature.IsDefaultOrEmpty)
        {
            _nearDuplicates.Add(index, features.Signature.AsSpan());
        }

        if (Options.PlaceContentlessByArrival && !started && _pendingContentless.Count > 0
            && _lastContentStory >= 0 && Find(_lastContentStory) == target.Index)
        {
            foreach (var pending in _pendingContentless)
            {
                var story = _stories[Find(_articles[pending].Story)];
                if (story.Index != target.Index)
                {
                    target = Merge(target, story, merges);
                }
            }
        }

        _pendingContentless.Clear();
        _lastContentStory = target.Index;
        var originalId = original is { } found ? _articles[found.Article].Id : null;
        return new ClusterDecision(features.ArticleId, target.Id, started, originalId, similarity, merges.ToImmutable());
    }

    /// <summary>Candidate stories from the inverted indexes, scored in full, best first.</summary>
    private List<(int Story, double Score)> ScoreCandidates(ArticleFeatures features, ArticleVector terms, ArticleVector names)
    {
        _evidence.Clear();
        Gather(terms, _termPostings, 1, features.Published);
        Gather(names, _namePostings, Options.NameWeight, features.Published);
        var ranked = _evidence.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key).Take(Options.MaxCandidates);
        var scored = new List<(int Story, double Score)>(Options.MaxCandidates);
        foreach (var (story, _) in ranked)
        {
            scored.Add((story, Score(_stories[story], features.Published, terms, names)));
        }

        scored.Sort(static (x, y) => x.Score != y.Score ? y.Score.CompareTo(x.Score) : x.Story.CompareTo(y.Story));
        return scored;
    }

    private void Gather(ArticleVector vector, Postings postings, double scale, DateTimeOffset? published)
    {
        foreach (var position in vector.Heaviest(Options.QueryTerms))
        {
            var weight = vector.Weights[position] * scale;
            foreach (var entry in postings.Get(vector.Ids[position]))
            {
                var story = Find(entry);
                if (_stories[story].Gap(published) is { } gap && gap > Options.TimeWindow)
                {
                    continue;
                }

                _evidence[story] = _evidence.GetValueOrDefault(story) + weight;
            }
        }
    }

    private double Score(StoryState story, DateTimeOffset? published, ArticleVector terms, ArticleVector names)
    {
        var score = story.Terms.Cosine(terms.Ids, terms.Weights, _terms);
        if (names.Length > 0 && !story.Names.IsEmpty)
        {
            var nameScore = story.Names.Cosine(names.Ids, names.Weights, _names);
            score = ((1 - Options.NameWeight) * score) + (Options.NameWeight * nameScore);
        }

        if (story.Gap(published) is { } gap && gap > Options.TimeGrace)
        {
            score *= Math.Exp(-(gap - Options.TimeGrace) / Options.TimeDecay);
        }

        return score;
    }

    /// <summary>The earlier article this one copies, edits or updates, if any: an exact copy by content hash,
    /// else the best estimate among LSH candidates and the best story's latest members.</summary>
    private (int Article, double Similarity)? FindOriginal(ArticleFeatures features, (int Story, double Score) best)
    {
        if (_byContentHash.TryGetValue(features.ContentHash, out var copy))
        {
            return (copy, 1);
        }

        var signature = features.Signature.AsSpan();
        if (signature.IsEmpty)
        {
            return null;
        }

        _lshFound.Clear();
        _nearDuplicates.Candidates(signature, _lshFound);
        if (best.Score >= Options.JoinThreshold)
        {
            var members = _stories[best.Story].Members;
            for (var i = Math.Max(0, members.Count - RecentMembersChecked); i < members.Count; i++)
            {
                _lshFound.Add(members[i]);
            }
        }

        (int Article, double Similarity)? found = null;
        foreach (var candidate in _lshFound)
        {
            var other = _articles[candidate];
            if (other.Signature.Length != signature.Length)
            {
                continue;
            }

            var jaccard = MinHasher.Jaccard(signature, other.Signature.AsSpan());
            var similarity = jaccard;
            if (jaccard < Options.NearDuplicateJaccard)
            {
                var containment = jaccard >= MinJaccardForContainment
                    ? MinHasher.Containment(jaccard, features.ShingleCount, other.Shingles)
                    : 0;
                if (containment < Options.NearDuplicateContainment)
                {
                    continue;
                }

                similarity = containment;
            }

            if (found is not { } current || similarity > current.Similarity
                || (similarity == current.Similarity && candidate < current.Article))
            {
                found = (candidate, similarity);
            }
        }

        return found;
    }

    private StoryState NewStory(string firstArticleId)
    {
        var id = StoryIdFor(firstArticleId);
        var story = new StoryState(_stories.Count, id, Options);
        _stories.Add(story);
        _storyIndex.Add(id, story.Index);
        StoryCount++;
        return story;
    }

    private int Record(ArticleFeatures features, StoryState story)
    {
        var index = _articles.Count;
        _articles.Add(new ArticleRecord(
            features.ArticleId,
            story.Index,
            features.Signature.IsDefault ? [] : features.Signature,
            features.ShingleCount));
        _articleIndex.Add(features.ArticleId, index);
        return index;
    }

    private void Join(StoryState story, int article, ArticleFeatures features, ArticleVector terms, ArticleVector names, bool indexTerms)
    {
        story.Members.Add(article);
        story.AddDate(features.Published);
        if (!indexTerms)
        {
            return;
        }

        story.Terms.Add(terms.Ids, terms.UnitFrequencies, _terms);
        story.Names.Add(names.Ids, names.UnitFrequencies, _names);
        foreach (var position in terms.Heaviest(Options.QueryTerms))
        {
            _termPostings.Add(terms.Ids[position], story.Index);
        }

        foreach (var position in names.Heaviest(Options.QueryTerms))
        {
            _namePostings.Add(names.Ids[position], story.Index);
        }
    }

    /// <summary>Merges the younger of two stories into the older; returns the survivor.</summary>
    private StoryState Merge(StoryState first, StoryState second, ImmutableArray<StoryMerge>.Builder merges)
    {
        var (into, from) = first.Index < second.Index ? (first, second) : (second, first);
        into.Absorb(from, _terms, _names);
        StoryCount--;
        merges.Add(new StoryMerge(from.Id, into.Id));
        return into;
    }

    /// <summary>The live story a story index stands for now, shortening forward chains on the way.</summary>
    private int Find(int story)
    {
        var root = story;
        while (_stories[root].Forward >= 0)
        {
            root = _stories[root].Forward;
        }

        while (_stories[story].Forward >= 0 && _stories[story].Forward != root)
        {
            var next = _stories[story].Forward;
            _stories[story].Forward = root;
            story = next;
        }

        return root;
    }

    /// <summary><c>s-</c> and 12 hex digits of the SHA-256 of the first article's id; a repeat (another id
    /// with the same digits) gets <c>-2</c>, <c>-3</c>…, deterministically in arrival order.</summary>
    private string StoryIdFor(string firstArticleId)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(firstArticleId));
        var id = "s-" + Convert.ToHexStringLower(hash.AsSpan(0, 6));
        var candidate = id;
        for (var n = 2; _storyIndex.ContainsKey(candidate); n++)
        {
            candidate = $"{id}-{n}";
        }

        return candidate;
    }

    /// <summary>What the clusterer keeps of an added article.</summary>
    private readonly record struct ArticleRecord(string Id, int Story, ImmutableArray<uint> Signature, int Shingles);
}
