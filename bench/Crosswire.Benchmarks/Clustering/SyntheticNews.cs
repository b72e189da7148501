using System.Text;
using Crosswire.Core.Documents;
using Crosswire.Text.Pipeline;

namespace Crosswire.Benchmarks;

/// <summary>An article of a synthetic stream with the story it was generated for.</summary>
public sealed record SyntheticArticle(Article Article, int Story);

/// <summary>
/// Generates news-like article streams at run time, for clustering at scale: each story gets invented people,
/// an organisation, a place and a few story words, and a theme of sentences drawn from the Multi-News dev
/// articles; each of its articles mixes theme sentences, two unrelated sentences and templated sentences naming
/// the story's people, and is dated within three days of the story's start. Stories start over two years and
/// the stream is in publication order. Nothing is written to disk: the dev text is only read.
/// </summary>
public static class SyntheticNews
{
    private static readonly string[] s_onsets = ["b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr", "gr", "kr", "st", "th", "tr", "vl"];
    private static readonly string[] s_vowels = ["a", "e", "i", "o", "u", "ai", "ei", "ou"];
    private static readonly string[] s_codas = ["", "", "n", "r", "s", "l", "nd", "rk", "st", "th", "x"];
    private static readonly string[] s_orgKinds = ["Group", "Council", "Holdings", "Authority", "Institute", "Union", "Partners", "Agency"];
    private static readonly string[] s_templates =
    [
        "{0} of {1} said the {2} in {3} would be reviewed this week.",
        "Officials in {3} confirmed that {0} had met {4} to discuss the {2}.",
        "{4} told reporters that {1} had not yet responded to questions about the {5}.",
        "The {5} has divided residents of {3}, according to {0}.",
        "{1} said in a statement that the {2} and the {5} were unrelated.",
    ];

    private static readonly Lazy<string[]> s_sentences = new(LoadSentences);

    /// <summary>Sentences of 8 to 40 words from the dev-set articles, boilerplate removed.</summary>
    public static string[] Sentences => s_sentences.Value;

    /// <summary>A stream of <paramref name="count"/> articles, in publication order, the same for a given
    /// <paramref name="seed"/>.</summary>
    public static List<SyntheticArticle> Generate(int count, int seed = 42)
    {
        var random = new Random(seed);
        var pool = Sentences;
        var start = new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var articles = new List<SyntheticArticle>(count);
        var text = new StringBuilder(4096);
        for (var story = 0; articles.Count < count; story++)
        {
            var person = Person(random);
            var other = Person(random);
            var place = Capitalise(Word(random, 2)) + " " + Capitalise(Word(random, 1));
            var org = Capitalise(Word(random, 2)) + " " + s_orgKinds[random.Next(s_orgKinds.Length)];
            var word1 = Word(random, 3);
            var word2 = Word(random, 3);
            var theme = new string[8];
            for (var i = 0; i < theme.Length; i++)
            {
                theme[i] = pool[random.Next(pool.Length)];
            }

            var storyStart = start.AddMinutes(random.Next(0, 730 * 24 * 60));
            var size = Math.Min(count - articles.Count, 1 + (int)(-Math.Log(1 - random.NextDouble()) * 3));
            for (var k = 0; k < size; k++)
            {
                text.Clear();
                object[] slots = [person, org, word1, place, other, word2];
                text.AppendFormat(null, s_templates[random.Next(s_templates.Length)], slots).Append(' ');
                var picked = theme.OrderBy(_ => random.Next()).Take(random.Next(4, 7));
                foreach (var sentence in picked)
                {
                    text.Append(sentence).Append(' ');
                }

                text.Append(pool[random.Next(pool.Length)]).Append("\n\n");
                text.AppendFormat(null, s_templates[random.Next(s_templates.Length)], slots).Append(' ');
                text.Append(pool[random.Next(pool.Length)]);
                var article = new Article
                {
                    Id = $"syn-{story}-{k}",
                    Title = $"{org} and the {word1} in {place}",
                    Text = text.ToString(),
                    Published = storyStart.AddMinutes(random.Next(0, 72 * 60)),
                };
                articles.Add(new SyntheticArticle(article, story));
            }
        }

        articles.Sort(static (x, y) => x.Article.Published!.Value.CompareTo(y.Article.Published!.Value));
        return articles;
    }

    private static string Person(Random random) => Capitalise(Word(random, 2)) + " " + Capitalise(Word(random, 3));

    private static string Word(Random random, int syllables)
    {
        var word = new StringBuilder();
        for (var i = 0; i < syllables; i++)
        {
            word.Append(s_onsets[random.Next(s_onsets.Length)]).Append(s_vowels[random.Next(s_vowels.Length)]);
        }

        return word.Append(s_codas[random.Next(s_codas.Length)]).ToString();
    }

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string[] LoadSentences()
    {
        var sentences = new List<string>();
        var id = 0;
        foreach (var text in BenchData.MultiNewsArticles)
        {
            var analyzed = TextPipeline.Default.Analyze(new Article { Id = $"dev-{id++}", Text = text });
            for (var i = 0; i < analyzed.Sentences.Length; i++)
            {
                var sentence = analyzed.SentenceText(i).ReplaceLineEndings(" ");
                var words = sentence.Count(c => c == ' ') + 1;
                if (words is >= 8 and <= 40)
                {
                    sentences.Add(sentence);
                }
            }
        }

        return [.. sentences];
    }
}
