using System.Collections.Immutable;
using Crosswire.Clustering;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Ingest;
using Crosswire.Storage;
using Crosswire.Storage.Hashing;
using Crosswire.Storage.Stories;
using Crosswire.Text.Pipeline;

namespace Crosswire.Engine.Ingestion;

/// <summary>
/// The ingest use case: reads articles as a stream, analyses them, drops content already stored, places each
/// new article in a story with a <see cref="StoryClusterer"/> and stores it with its decision, in
/// transactional chunks of <see cref="StoryIngestorOptions.ChunkSize"/> articles.
/// </summary>
/// <remarks>
/// <para>Within a chunk, articles are analysed in parallel, then placed in order of publication date (articles
/// without a date after the dated ones, in input order); across chunks, input order is kept, so a large input
/// never sits in memory.</para>
/// <para>The clusterer lives as long as the ingestor. It is rebuilt by replaying the stored features in
/// arrival order on first use, and caught up at the start of every chunk with what other writers (another
/// process) stored meanwhile, under the store's write lock, so decisions always follow the stored order.
/// When a chunk fails before its commit the clusterer is dropped (it saw articles that were not stored) and
/// rebuilt for the next chunk. An interrupted ingest therefore leaves whole chunks, and running it again
/// stores the rest: what is stored comes back as duplicates.</para>
/// <para>One ingest at a time per instance (a second concurrent call fails at once); several instances or
/// processes may share a store.</para>
/// </remarks>
public sealed class StoryIngestor
{
    private readonly IStoryStore _store;
    private readonly FeatureExtractor _extractor;
    private StoryClusterer? _clusterer;
    private long _replayed;
    private int _running;

    /// <summary>Creates an ingestor writing to <paramref name="store"/>.</summary>
    /// <exception cref="CrosswireException">E172 when a clustering or feature option is out of range.</exception>
    public StoryIngestor(IStoryStore store, StoryIngestorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        Options = options ?? StoryIngestorOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.ChunkSize, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThan(Options.Parallelism, 1, nameof(options));
        _store = store;
        _extractor = new FeatureExtractor(Options.Features);
        Options.Clustering.Validate();
    }

    /// <summary>The options in use.</summary>
    public StoryIngestorOptions Options { get; }

    /// <summary>
    /// Ingests <paramref name="inputs"/> (for example <see cref="ArticleReader.ReadPaths"/>): rejected inputs,
    /// articles the text pipeline fails on (E140) and articles with no sentence left after boilerplate removal
    /// (E187) are reported and the rest goes on. Store errors (E18x) stop the ingest after the chunks already
    /// committed.
    /// </summary>
    public async Task<IngestReport> IngestAsync(IEnumerable<ReadOutcome> inputs, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        if (Interlocked.Exchange(ref _running, 1) != 0)
        {
            throw new InvalidOperationException("an ingest is already running on this ingestor");
        }

        try
        {
            var tally = new Tally();
            var chunk = new List<Article>(Options.ChunkSize);
            foreach (var outcome in inputs)
            {
                cancellationToken.ThrowIfCancellationRequested();
                tally.Read++;
                if (outcome.IsArticle)
                {
                    chunk.Add(outcome.Article);
                }
                else
                {
                    tally.Rejections.Add(outcome.Rejection);
                }

                if (chunk.Count == Options.ChunkSize)
                {
                    await StoreChunkAsync(chunk, tally, cancellationToken);
                    chunk.Clear();
                }

                progress?.Report(tally.Progress);
            }

            if (chunk.Count > 0)
            {
                await StoreChunkAsync(chunk, tally, cancellationToken);
                progress?.Report(tally.Progress);
            }

            var stories = await _store.GetStoriesAsync(tally.Touched, cancellationToken);
            return new IngestReport(
                tally.Stored,
                tally.NewVersions,
                [.. tally.Duplicates],
                [.. tally.Rejections],
                tally.StoriesStarted,
                tally.Merges,
                [.. stories.OrderByDescending(story => story.LastSeen).ThenBy(story => story.Id, StringComparer.Ordinal)])
            {
                Created = [.. tally.Created],
            };
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    private async Task StoreChunkAsync(List<Article> articles, Tally tally, CancellationToken cancellationToken)
    {
        var prepared = new List<Prepared>(articles.Count);
        foreach (var item in articles
                     .AsParallel()
                     .AsOrdered()
                     .WithDegreeOfParallelism(Options.Parallelism)
                     .WithCancellation(cancellationToken)
                     .Select(Prepare))
        {
            if (item.Rejection is { } rejection)
            {
                tally.Rejections.Add(rejection);
            }
            else
            {
                prepared.Add(item);
            }
        }

        if (prepared.Count == 0)
        {
            return;
        }

        // A stable sort: undated articles keep their input order, after the dated ones.
        prepared = [.. prepared.OrderBy(item => item.Article.Published ?? DateTimeOffset.MaxValue)];

        await using var transaction = await _store.BeginAsync(cancellationToken);
        var records = new List<ArticleRecord>(prepared.Count);
        var decisions = new List<ClusterDecision>(prepared.Count);
        var duplicates = new List<DuplicateArticle>();
        try
        {
            var clusterer = await CatchUpAsync(cancellationToken);
            var admissions = await transaction.AdmitAsync([.. prepared.Select(item => new ArticleKey(item.Article.Id, item.Hash))], cancellationToken);
            for (var i = 0; i < prepared.Count; i++)
            {
                var item = prepared[i];
                var admission = admissions[i];
                if (!admission.IsStored)
                {
                    duplicates.Add(new DuplicateArticle(item.Article.Id, admission.ExistingId!, item.Article.Origin ?? item.Article.Id));
                    continue;
                }

                var features = admission.ArticleId == item.Features!.ArticleId ? item.Features : item.Features with { ArticleId = admission.ArticleId };
                var decision = clusterer.Add(features);
                decisions.Add(decision);
                var assignment = new StoryAssignment(
                    decision.StoryId,
                    decision.StartedStory,
                    decision.NearDuplicateOf,
                    decision.Similarity,
                    [.. decision.Merges.Select(merge => new StoryMergeRecord(merge.From, merge.Into))]);
                records.Add(ArticleRecord.Admitted(admission, item.Article, item.Hash, features.Serialize(), assignment));
            }

            await transaction.AddAsync(records, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            // The clusterer has seen articles that are not stored: rebuild it from the store next time.
            _clusterer = null;
            _replayed = 0;
            throw;
        }

        tally.Duplicates.AddRange(duplicates);
        tally.Stored += records.Count;
        tally.Created.AddRange(records.Select(record => record.Article.Id));
        tally.NewVersions += records.Count(record => record.VersionOf is not null);
        foreach (var decision in decisions)
        {
            tally.StoriesStarted += decision.StartedStory ? 1 : 0;
            tally.Merges += decision.Merges.Length;
            tally.Touched.Add(decision.StoryId);
        }
    }

    /// <summary>The clusterer, rebuilt or brought up to date with every stored article (this ingestor's own
    /// are already in it and skipped).</summary>
    private async Task<StoryClusterer> CatchUpAsync(CancellationToken cancellationToken)
    {
        var clusterer = _clusterer ??= new StoryClusterer(Options.Clustering);
        await foreach (var stored in _store.ReadFeaturesAsync(_replayed, cancellationToken))
        {
            if (clusterer.StoryOf(stored.ArticleId) is null)
            {
                clusterer.Add(ArticleFeatures.Deserialize(stored.Features.Span, $"{_store.Name}: article '{stored.ArticleId}'"));
            }

            _replayed = stored.Sequence;
        }

        return clusterer;
    }

    private Prepared Prepare(Article article)
    {
        var input = article.Origin ?? article.Id;
        AnalyzedArticle analyzed;
        try
        {
            analyzed = Options.Pipeline.Analyze(article);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            // One article must never stop the batch (like the readers' E131).
            return Prepared.Rejected(article, TextPipeline.AnalysisFailure(article, error, input));
        }

        if (analyzed.Sentences.IsDefaultOrEmpty)
        {
            return Prepared.Rejected(article, new CrosswireException(ErrorCatalogue.NoSentences, input).ToRejection());
        }

        return new Prepared(article, ContentHasher.Hash(article.Text), _extractor.Extract(analyzed), null);
    }

    /// <summary>An article ready to store (its hash and features), or why it cannot be.</summary>
    private sealed record Prepared(Article Article, ContentHash Hash, ArticleFeatures? Features, Rejection? Rejection)
    {
        public static Prepared Rejected(Article article, Rejection rejection) => new(article, default, null, rejection);
    }

    /// <summary>Running totals of one ingest.</summary>
    private sealed class Tally
    {
        public int Read { get; set; }

        public int Stored { get; set; }

        public int NewVersions { get; set; }

        public int StoriesStarted { get; set; }

        public int Merges { get; set; }

        public List<DuplicateArticle> Duplicates { get; } = [];

        public List<Rejection> Rejections { get; } = [];

        public List<string> Created { get; } = [];

        public HashSet<string> Touched { get; } = new(StringComparer.Ordinal);

        public IngestProgress Progress => new(Read, Stored, Duplicates.Count, Rejections.Count);
    }
}
