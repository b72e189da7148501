using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Crosswire.Engine.Ingestion;
using Crosswire.Ingest;
using Crosswire.Storage.Sqlite;
using Crosswire.TestKit;
using Crosswire.Web.Hosting;

namespace Crosswire.Benchmarks.Load;

/// <summary>
/// <c>--load</c>: a load generator for <c>crosswire serve</c>. Stores invented articles
/// (<see cref="InventedNews"/>, made at run time) in a temporary database, starts the real server on a
/// loopback port and runs concurrent readers with <see cref="HttpClient"/>: first every story's brief once
/// (cold: made from the stored articles), then for a fixed time a mix of story-list pages, story pages
/// (a story's articles) and briefs (warm: cached until the story changes). Reports requests/s and latency
/// percentiles per kind of request.
/// </summary>
internal static class WebLoadGenerator
{
    public static async Task<int> RunAsync(string[] args)
    {
        var stories = Option(args, "--stories", 1000);
        var perStory = Option(args, "--per-story", 3);
        var readers = Option(args, "--readers", 200);
        var seconds = Option(args, "--seconds", 30);

        using var folder = new TempDirectory();
        var articles = Path.Combine(folder.Path, "articles");
        var database = Path.Combine(folder.Path, "load.db");
        Console.WriteLine($"load: writing {stories * perStory:N0} invented articles ({stories:N0} stories x {perStory})...");
        InventedNews.WriteFolder(articles, stories, perStory);
        var watch = Stopwatch.StartNew();
        await using (var store = await SqliteStoryStore.OpenAsync(database))
        {
            var report = await new StoryIngestor(store).IngestAsync(new ArticleReader().ReadPaths([articles]));
            Console.WriteLine($"load: ingested {report.Stored:N0} articles into {(await store.CountAsync()).Stories:N0} stories in {watch.Elapsed.TotalSeconds:F1} s ({report.Rejections.Length} rejected)");
        }

        await using var server = await WebServer.StartAsync(new WebServerOptions
        {
            Database = database,
            Urls = ["http://127.0.0.1:0"],
            ApiKey = "load",
            BriefCacheSize = stories * 2,
        });
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = readers, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = server.Addresses[0], Timeout = TimeSpan.FromMinutes(5) };

        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var listed = await client.GetFromJsonAsync<JsonElement>(string.Create(CultureInfo.InvariantCulture, $"/api/stories?pageSize=100&page={page}"));
            var items = listed.GetProperty("stories");
            ids.AddRange(items.EnumerateArray().Select(item => item.GetProperty("id").GetString()!));
            if (items.GetArrayLength() < 100)
            {
                break;
            }
        }

        Console.WriteLine($"load: server at {server.Addresses[0]}, {ids.Count:N0} stories, {readers} concurrent readers");
        var cold = new Recorder("brief, cold (first request per story)");
        var next = -1;
        watch.Restart();
        await Task.WhenAll(Enumerable.Range(0, readers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < ids.Count)
            {
                await cold.TimeAsync(client, "/api/stories/" + Uri.EscapeDataString(ids[index]));
            }
        })));
        cold.Report(watch.Elapsed);

        var list = new Recorder("story list page (GET /api/stories?page=N)");
        var storyPage = new Recorder("story page (GET /api/stories/{id}/articles)");
        var brief = new Recorder("brief, warm (GET /api/stories/{id})");
        var pages = Math.Max(1, ids.Count / 20);
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
        watch.Restart();
        await Task.WhenAll(Enumerable.Range(0, readers).Select(reader => Task.Run(async () =>
        {
            var random = new Random(reader);
            while (!stop.IsCancellationRequested)
            {
                var id = Uri.EscapeDataString(ids[random.Next(ids.Count)]);
                await list.TimeAsync(client, string.Create(CultureInfo.InvariantCulture, $"/api/stories?page={random.Next(1, pages + 1)}"));
                await storyPage.TimeAsync(client, $"/api/stories/{id}/articles");
                await brief.TimeAsync(client, $"/api/stories/{id}");
            }
        })));
        var elapsed = watch.Elapsed;
        list.Report(elapsed);
        storyPage.Report(elapsed);
        brief.Report(elapsed);
        var total = list.Count + storyPage.Count + brief.Count;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"load: all reads {total:N0} in {elapsed.TotalSeconds:F1} s = {total / elapsed.TotalSeconds:N0} requests/s"));
        return list.Failures + storyPage.Failures + brief.Failures + cold.Failures == 0 ? 0 : 1;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Latencies of one kind of request.</summary>
    private sealed class Recorder(string name)
    {
        private readonly List<double> _milliseconds = [];
        private int _failures;

        public int Count
        {
            get
            {
                lock (_milliseconds)
                {
                    return _milliseconds.Count;
                }
            }
        }

        public int Failures => Volatile.Read(ref _failures);

        public async Task TimeAsync(HttpClient client, string path)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await client.GetAsync(path, HttpCompletionOption.ResponseContentRead);
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref _failures);
                return;
            }

            lock (_milliseconds)
            {
                _milliseconds.Add(elapsed);
            }
        }

        public void Report(TimeSpan elapsed)
        {
            double[] sorted;
            lock (_milliseconds)
            {
                sorted = [.. _milliseconds.Order()];
            }

            if (sorted.Length == 0)
            {
                Console.WriteLine($"load: {name}: no successful request ({_failures} failed)");
                return;
            }

            double At(double quantile) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"load: {name}: {sorted.Length:N0} requests, {sorted.Length / elapsed.TotalSeconds:N0}/s, p50 {At(0.50):F1} ms, p99 {At(0.99):F1} ms, max {sorted[^1]:F1} ms, {_failures} failed"));
        }
    }
}
