using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crosswire.Engine.Stories;
using Crosswire.Storage;
using Crosswire.Summarization.Briefs;

namespace Crosswire.Web.Api;

/// <summary>
/// The JSON briefs of <c>GET /api/stories/{id}</c>, made once per state of a story: a brief is kept until its
/// story gains an article or is merged (its article count or last time changes), so readers share one
/// computation and every ingest, from this server or another process, is seen on the next request.
/// </summary>
/// <remarks>At most one brief per processor is made at a time; other requests wait asynchronously. Making a
/// brief blocks its thread (synchronous SQLite reads, parallel analysis), so letting every waiting request
/// start one would take every thread-pool thread and starve the work they wait for.</remarks>
internal sealed class BriefCache : IDisposable
{
    private readonly SemaphoreSlim _builds = new(Environment.ProcessorCount, Environment.ProcessorCount);
    private readonly IStoryStore _store;
    private readonly StoryBriefer _briefer;
    private readonly int _capacity;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public BriefCache(IStoryStore store, int capacity)
    {
        _store = store;
        _briefer = new StoryBriefer(store);
        _capacity = Math.Max(1, capacity);
    }

    /// <summary>The brief JSON of story <paramref name="storyId"/>, or null when no story has that id.</summary>
    public async Task<byte[]?> GetAsync(string storyId, CancellationToken cancellationToken)
    {
        var found = await _store.GetStoriesAsync([storyId], cancellationToken);
        if (found.IsEmpty)
        {
            return null;
        }

        var story = found[0];
        var stamp = string.Create(CultureInfo.InvariantCulture, $"{story.ArticleCount}|{story.LastSeen.UtcTicks}");
        if (_entries.TryGetValue(story.Id, out var entry) && entry.Stamp == stamp)
        {
            return await entry.Json.Value;
        }

        if (_entries.Count >= _capacity)
        {
            // Simple and bounded: briefs are cheap to make again compared with tracking use.
            _entries.Clear();
        }

        var fresh = new Entry(stamp, new Lazy<Task<byte[]>>(() => MakeAsync(story.Id)));
        entry = _entries.AddOrUpdate(story.Id, fresh, (_, existing) => existing.Stamp == stamp ? existing : fresh);
        try
        {
            return await entry.Json.Value;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(story.Id, entry));
            throw;
        }
    }

    public void Dispose() => _builds.Dispose();

    private async Task<byte[]> MakeAsync(string storyId)
    {
        // Not the request's token: the brief is shared by every reader waiting for it.
        await _builds.WaitAsync();
        try
        {
            return await Task.Run(async () => Write(await _briefer.BriefAsync(storyId)));
        }
        finally
        {
            _builds.Release();
        }
    }

    /// <summary>The brief in the JSON shape of <see cref="BriefJsonWriter"/> (<c>{"stories":[...]}</c>), each
    /// summary sentence with an <c>evidence</c> array: the source sentences that report it.</summary>
    internal static byte[] Write(StoredBrief stored)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            BriefJsonWriter.Write(json, [stored.Brief]);
        }

        var root = JsonNode.Parse(buffer.ToArray())!;
        var story = root["stories"]![0]!.AsObject();
        var summary = story["summary"]!.AsArray();
        for (var i = 0; i < summary.Count && i < stored.Evidence.Length; i++)
        {
            var evidence = new JsonArray();
            foreach (var sentence in stored.Evidence[i])
            {
                evidence.Add(new JsonObject
                {
                    ["article"] = sentence.ArticleId,
                    ["text"] = sentence.Text,
                    ["start"] = sentence.Span.Start,
                    ["length"] = sentence.Span.Length,
                    ["similarity"] = Math.Round(sentence.Similarity, 3),
                    ["copy"] = sentence.IsCopy,
                });
            }

            summary[i]!.AsObject()["evidence"] = evidence;
        }

        var rejections = new JsonArray();
        foreach (var rejection in stored.Rejections)
        {
            rejections.Add(new JsonObject { ["input"] = rejection.Input, ["code"] = rejection.Code, ["message"] = rejection.Message });
        }

        story["rejections"] = rejections;
        return JsonSerializer.SerializeToUtf8Bytes(root);
    }

    private sealed record Entry(string Stamp, Lazy<Task<byte[]>> Json);
}
