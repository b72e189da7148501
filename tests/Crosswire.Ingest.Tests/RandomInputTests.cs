using System.Text;
using Xunit;

namespace Crosswire.Ingest.Tests;

/// <summary>
/// Random inputs in the manner of Lucene's CheckRandomData, with fixed seeds so failures reproduce: whatever
/// the bytes, every outcome is an article or a rejection that names the input, never an exception and never
/// the last-resort E131.
/// </summary>
public sealed class RandomInputTests
{
    private static readonly string[] s_tags = ["p", "div", "article", "main", "nav", "span", "b", "table", "td", "tr", "li", "ul", "script", "style", "figure", "a", "br", "h1", "h2", "section", "aside", "form", "iframe"];

    private static void AssertWellBehaved(IEnumerable<ReadOutcome> outcomes, string name)
    {
        foreach (var outcome in outcomes)
        {
            if (outcome.IsArticle)
            {
                Assert.False(string.IsNullOrWhiteSpace(outcome.Article.Id));
                Assert.DoesNotContain('\r', outcome.Article.Text);
            }
            else
            {
                Assert.NotEqual("E131", outcome.Rejection.Code);
                Assert.StartsWith(name, outcome.Rejection.Input);
                Assert.Matches("^E\\d{3}$", outcome.Rejection.Code);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_BytesNeverThrow(int seed)
    {
        var random = new Random(seed);
        var reader = new ArticleReader();
        foreach (var extension in new[] { ".txt", ".html", ".jsonl", ".json", ".rss", ".src", "" })
        {
            for (var i = 0; i < 40; i++)
            {
                var bytes = new byte[random.Next(0, 3000)];
                random.NextBytes(bytes);
                if (i % 2 == 0)
                {
                    // Mostly-text bytes get past the binary check and reach the format readers.
                    for (var j = 0; j < bytes.Length; j++)
                    {
                        bytes[j] = (byte)(bytes[j] % 5 == 0 ? " <>{}[]\":,/&;|\n"[bytes[j] % 15] : 32 + (bytes[j] % 95));
                    }
                }

                var name = $"random-{seed}-{i}{extension}";
                AssertWellBehaved(reader.ReadStream(new MemoryStream(bytes), name), name);
            }
        }
    }

    [Theory]
    [InlineData(10)]
    [InlineData(11)]
    public void Random_TagSoupNeverThrows(int seed)
    {
        var random = new Random(seed);
        var reader = new ArticleReader();
        for (var i = 0; i < 60; i++)
        {
            var html = new StringBuilder("<html><body>");
            var parts = random.Next(1, 300);
            for (var j = 0; j < parts; j++)
            {
                var tag = s_tags[random.Next(s_tags.Length)];
                html.Append(random.Next(6) switch
                {
                    0 => $"<{tag} class=\"{(random.Next(2) == 0 ? "share" : "content")}\">",
                    1 => $"</{tag}>",
                    2 => "The council said on Monday, after a long debate, that the harbour would reopen. ",
                    3 => "&amp;&#x201C;&bogus;<!-- c -->",
                    4 => $"<{tag}>",
                    _ => "<br>",
                });
            }

            var name = $"soup-{seed}-{i}.html";
            AssertWellBehaved(reader.ReadText(html.ToString(), name), name);
        }
    }

    [Theory]
    [InlineData(20)]
    [InlineData(21)]
    public void Random_MutatedJsonNeverThrows(int seed)
    {
        const string valid = """
            {"id": "m1", "title": "Harbour \u201cwall\u201d", "text": "The harbour wall will be raised by a metre.\nWork starts soon.", "source": "Gazette", "published": "2026-03-04T09:30:00Z", "extra": [1, {"a": null}]}
            {"id": "c1", "articles": [{"id": "a1", "text": "One."}, {"text": "Two."}], "reference": "Summary."}
            """;
        AssertMutationsWellBehaved(seed, valid, ".jsonl");
        AssertMutationsWellBehaved(seed, "[" + valid.Replace("\n", ",", StringComparison.Ordinal) + "]", ".json");
    }

    [Theory]
    [InlineData(30)]
    [InlineData(31)]
    public void Random_MutatedFeedNeverThrows(int seed)
    {
        const string valid = """
            <?xml version="1.0"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
            <item><title>One &amp; two</title><guid>g1</guid><pubDate>Wed, 04 Mar 2026 09:30:00 GMT</pubDate>
            <content:encoded><![CDATA[<p>The harbour wall will be raised.</p><p>Work starts soon.</p>]]></content:encoded></item>
            <item><title>Three</title><description>&lt;p&gt;Entity encoded &amp;amp; text.&lt;/p&gt;</description></item>
            </channel></rss>
            """;
        AssertMutationsWellBehaved(seed, valid, ".rss");
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title>
            <entry><id>e1</id><title type="html">A &lt;b&gt;bold&lt;/b&gt; title</title><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Body.</p></div></content></entry>
            </feed>
            """;
        AssertMutationsWellBehaved(seed, atom, ".atom");
    }

    private static void AssertMutationsWellBehaved(int seed, string valid, string extension)
    {
        var random = new Random(seed);
        var reader = new ArticleReader();
        const string alphabet = "{}[]\":,<>/&;!?-\\ \nabc0é\u201c";
        for (var i = 0; i < 200; i++)
        {
            var text = new StringBuilder(valid);
            var edits = random.Next(1, 6);
            for (var e = 0; e < edits && text.Length > 0; e++)
            {
                var at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text.Remove(at, Math.Min(text.Length - at, random.Next(1, 8)));
                        break;
                    case 1:
                        text.Insert(at, alphabet[random.Next(alphabet.Length)]);
                        break;
                    default:
                        text[at] = alphabet[random.Next(alphabet.Length)];
                        break;
                }
            }

            var name = $"mutant-{seed}-{i}{extension}";
            AssertWellBehaved(reader.ReadText(text.ToString(), name), name);
        }
    }
}
