using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Crosswire.Core.Documents;
using Crosswire.Ingest;
using Crosswire.TestKit;

namespace Crosswire.Comparison.Tests.Kit;

/// <summary>One hand-annotated fixture story: its articles (read with the real text reader, ids a1, a2, …)
/// and the gold annotations of Fixtures/stories/&lt;slug&gt;/expected.json (see Fixtures/ANNOTATION.md).</summary>
public sealed record FixtureStory(string Slug, ImmutableArray<Article> Articles, FixtureExpectation Expected)
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    /// <summary>The folder holding the fixture stories.</summary>
    public static string Folder => Path.Combine(RepoPaths.Fixtures("Crosswire.Comparison.Tests"), "stories");

    /// <summary>Every fixture story, in name order.</summary>
    public static IReadOnlyList<FixtureStory> All { get; } = LoadAll();

    /// <summary>The article with id <paramref name="id"/>.</summary>
    public Article Article(string id) => Articles.Single(a => a.Id == id);

    private static List<FixtureStory> LoadAll()
    {
        var reader = new ArticleReader();
        var stories = new List<FixtureStory>();
        foreach (var directory in Directory.GetDirectories(Folder).Order(StringComparer.Ordinal))
        {
            var slug = Path.GetFileName(directory);
            var articles = ImmutableArray.CreateBuilder<Article>();
            foreach (var file in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
            {
                var outcome = reader.ReadPaths([file]).Single();
                var article = outcome.Article
                    ?? throw new InvalidOperationException($"fixture {file} was rejected: {outcome.Rejection}");
                articles.Add(article with { Id = Path.GetFileNameWithoutExtension(file) });
            }

            var expected = JsonSerializer.Deserialize<FixtureExpectation>(
                File.ReadAllText(Path.Combine(directory, "expected.json")), JsonOptions)
                ?? throw new InvalidOperationException($"fixture {slug}: expected.json is empty");
            stories.Add(new FixtureStory(slug, articles.ToImmutable(), expected));
        }

        return stories;
    }
}

/// <summary>The gold annotations of one story.</summary>
public sealed record FixtureExpectation(
    string Story,
    Dictionary<string, FixtureArticle> Articles,
    List<List<string>> Copies,
    List<GoldClaim> Claims,
    List<GoldConflict> Conflicts,
    List<GoldQuote> Quotes,
    List<GoldEntity> Entities,
    List<GoldDate> Dates);

/// <summary>Outlet and publication date of an article.</summary>
public sealed record FixtureArticle(string Outlet, DateTimeOffset Published);

/// <summary>A claim with its status, sources and one evidence sentence per source.</summary>
public sealed record GoldClaim(string Text, string Status, List<string> Sources, Dictionary<string, string> Evidence);

/// <summary>A conflict: what it is about, its kind and the variants per article.</summary>
public sealed record GoldConflict(string About, string Kind, List<GoldVariant> Variants);

/// <summary>One article's version of a conflicting fact.</summary>
public sealed record GoldVariant(string Article, string Sentence, string Value);

/// <summary>A quotation (direct, partial or reported) with its canonical speaker.</summary>
public sealed record GoldQuote(string Article, string Text, string Speaker, string Kind);

/// <summary>An entity with its mentions (as written, once per occurrence) per article.</summary>
public sealed record GoldEntity(string Name, string Type, Dictionary<string, List<string>> Mentions);

/// <summary>A date expression with its normalised value.</summary>
public sealed record GoldDate(string Article, string Text, string Value);
