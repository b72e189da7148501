using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Storage;
using Crosswire.Storage.Stories;
using Crosswire.Text.Pipeline;

namespace Crosswire.Engine.Stories;

/// <summary>A stored story with its articles analysed again, ready to summarise.</summary>
/// <param name="Summary">The story as listed.</param>
/// <param name="Articles">Its articles, earliest first, analysed.</param>
public sealed record LoadedStory(StorySummary Summary, ImmutableArray<AnalyzedArticle> Articles);

/// <summary>
/// Loads a stored story for <c>crosswire brief --story ID</c>: the store keeps articles' texts, not their
/// analysis, so the articles are analysed again with the same pipeline as at ingest.
/// </summary>
public sealed class StoryLoader
{
    private readonly IStoryStore _store;
    private readonly TextPipeline _pipeline;

    /// <summary>Creates a loader reading from <paramref name="store"/> (pipeline default
    /// <see cref="TextPipeline.Default"/>).</summary>
    public StoryLoader(IStoryStore store, TextPipeline? pipeline = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
        _pipeline = pipeline ?? TextPipeline.Default;
    }

    /// <summary>Story <paramref name="storyId"/> (or the story it was merged into) with its articles analysed.</summary>
    /// <exception cref="CrosswireException">E186 when no stored story has that id.</exception>
    public async Task<LoadedStory> LoadAsync(string storyId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(storyId);
        var detail = await _store.GetStoryAsync(storyId, cancellationToken)
            ?? throw new CrosswireException(ErrorCatalogue.StoryNotFound, _store.Name, storyId);
        var analyzed = detail.Articles.AsParallel().AsOrdered().Select(stored => _pipeline.Analyze(stored.Article));
        return new LoadedStory(detail.Summary, [.. analyzed]);
    }
}
