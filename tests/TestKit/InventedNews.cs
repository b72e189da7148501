using System.Globalization;
using System.Text.Json;

namespace Crosswire.TestKit;

/// <summary>
/// Generates invented news at run time: stories about invented places, people and things, each told by a few
/// articles from invented outlets, written as one JSON file per article. Deterministic for a seed. Every
/// article's text is distinct, so none is a duplicate of another.
/// </summary>
public static class InventedNews
{
    private static readonly string[] s_syllables =
    [
        "kor", "va", "lin", "dre", "mo", "tas", "bel", "quen", "ru", "sif",
        "ga", "tor", "mel", "nix", "pa", "dun", "hal", "vey", "ost", "cra",
    ];

    private static readonly string[] s_outlets =
    [
        "Fenmouth Gazette", "Lowport Courier", "Harbour Wire", "Valley Ledger", "Northgate Post", "Riverside Echo",
    ];

    private static readonly string[] s_sentences =
    [
        "{person} said the {thing} at {place} would reopen after the {event} next week.",
        "Residents of {place} gathered on Tuesday to discuss the {event} and the damaged {thing}.",
        "Officials in {place} estimated that repairs to the {thing} would take three months.",
        "{person}, who leads the {place} council, called the {event} the worst in a decade.",
        "The {event} closed roads around {place} and left the {thing} without power.",
        "Engineers inspected the {thing} on Wednesday and found cracks along its northern side.",
        "{person} promised {place} families that the {thing} would be safe before winter.",
        "Volunteers in {place} cleared debris from the {thing} after the {event}.",
    ];

    /// <summary>The id of article <paramref name="article"/> of story <paramref name="story"/>.</summary>
    public static string ArticleId(int story, int article) =>
        string.Create(CultureInfo.InvariantCulture, $"story{story:D5}-{article}");

    /// <summary>Writes <paramref name="stories"/> × <paramref name="articlesPerStory"/> articles into
    /// <paramref name="folder"/> (<c>&lt;id&gt;.json</c>, in subfolders of 500) and returns their ids.</summary>
    public static IReadOnlyList<string> WriteFolder(string folder, int stories, int articlesPerStory, int seed = 7)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var ids = new List<string>(stories * articlesPerStory);
        var random = new Random(seed);
        var start = new DateTimeOffset(2031, 3, 1, 6, 0, 0, TimeSpan.Zero);
        for (var story = 0; story < stories; story++)
        {
            for (var article = 0; article < articlesPerStory; article++)
            {
                var id = ArticleId(story, article);
                var published = start.AddHours(story * 3 + article);
                var record = new Dictionary<string, object>
                {
                    ["id"] = id,
                    ["title"] = Title(story, article),
                    ["source"] = s_outlets[(story + article) % s_outlets.Length],
                    ["published"] = published.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture),
                    ["text"] = Text(story, article, random.Next()),
                };
                var directory = Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"part{ids.Count / 500:D3}"));
                Directory.CreateDirectory(directory);
                File.WriteAllText(Path.Combine(directory, id + ".json"), JsonSerializer.Serialize(record));
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>The title of an article.</summary>
    public static string Title(int story, int article) =>
        $"{Fill("{event} hits {place}", story)}: report {article + 1}";

    /// <summary>The text of an article; <paramref name="seed"/> picks and orders its sentences.</summary>
    public static string Text(int story, int article, int seed = 0)
    {
        var random = new Random(seed + story * 101 + article);
        var order = Enumerable.Range(0, s_sentences.Length).OrderBy(_ => random.Next()).Take(5);
        var body = string.Join(' ', order.Select(index => Fill(s_sentences[index], story)));
        var outlet = s_outlets[(story + article) % s_outlets.Length];
        return $"{body}\n\n{outlet} filed this as dispatch number {article + 1} on the {Fill("{place}", story)} {Fill("{event}", story)}.";
    }

    private static string Fill(string template, int story) =>
        template
            .Replace("{person}", Capital(Word(story, 3)) + " " + Capital(Word(story, 7)), StringComparison.Ordinal)
            .Replace("{place}", Capital(Word(story, 0)), StringComparison.Ordinal)
            .Replace("{thing}", Word(story, 11) + " bridge", StringComparison.Ordinal)
            .Replace("{event}", Word(story, 5) + " flood", StringComparison.Ordinal);

    /// <summary>An invented word unique to <paramref name="story"/> (for stories below 8,000).</summary>
    private static string Word(int story, int salt)
    {
        var n = (story + salt * 397) % 8000;
        return s_syllables[n % 20] + s_syllables[n / 20 % 20] + s_syllables[n / 400];
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
