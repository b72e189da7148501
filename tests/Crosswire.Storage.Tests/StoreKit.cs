using System.Collections.Immutable;
using System.Text;
using Crosswire.Core.Documents;
using Crosswire.Storage.Hashing;
using Crosswire.Storage.Sqlite;
using Crosswire.Storage.Stories;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Storage.Tests;

/// <summary>Builds stores and records by hand, with story decisions chosen by the test.</summary>
internal static class StoreKit
{
    public static Task<SqliteStoryStore> OpenAsync(TempDirectory temp, SqliteStoryStoreOptions? options = null, string name = "test.db") =>
        SqliteStoryStore.OpenAsync(Path.Combine(temp.Path, name), options, TestContext.Current.CancellationToken);

    public static Article Article(string id, string text, string? source = null, string? title = null, DateTimeOffset? published = null) =>
        ArticleKit.Article(text, id, source, title, published);

    public static ArticleRecord Record(Article article, string story, bool started = false, params StoryMergeRecord[] merges) =>
        new(article, ContentHasher.Hash(article.Text), Encoding.UTF8.GetBytes("features:" + article.Id),
            new StoryAssignment(story, started, null, started ? 0 : 0.5, [.. merges]));

    /// <summary>Admits the articles and stores the new ones in story <paramref name="story"/>, in one transaction.</summary>
    public static async Task<ImmutableArray<Admission>> IngestAsync(IStoryStore store, string story, params Article[] articles)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var transaction = await store.BeginAsync(cancellation);
        var admissions = await transaction.AdmitAsync([.. articles.Select(a => new ArticleKey(a.Id, ContentHasher.Hash(a.Text)))], cancellation);
        var records = new List<ArticleRecord>();
        for (var i = 0; i < articles.Length; i++)
        {
            if (admissions[i].IsStored)
            {
                var record = Record(articles[i], story);
                records.Add(ArticleRecord.Admitted(admissions[i], articles[i], record.Hash, record.Features, record.Assignment));
            }
        }

        await transaction.AddAsync(records, cancellation);
        await transaction.CommitAsync(cancellation);
        return admissions;
    }

    public static async Task AddAsync(IStoryStore store, params ArticleRecord[] records)
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var transaction = await store.BeginAsync(cancellation);
        await transaction.AddAsync(records, cancellation);
        await transaction.CommitAsync(cancellation);
    }

    public static DateTimeOffset Day(int day, int hour = 9) => new(2031, 3, day, hour, 0, 0, TimeSpan.Zero);
}
