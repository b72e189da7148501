using System.Text;
using Crosswire.Text.Boilerplate;
using Xunit;
using static Crosswire.Text.Tests.Boilerplate.CleanedTextChecks;

namespace Crosswire.Text.Tests.Boilerplate;

/// <summary>Random and hostile input: no crash, the invariant holds, prose is not lost.</summary>
public sealed class BoilerplateRandomInputTests
{
    private static readonly string[] ProseLines =
    [
        "The harbour reopened on Monday after the storm.",
        "Ferries resumed at noon, the port authority said.",
        "“We lost three boats,” said Jane Roe, who runs the Saleby marina.",
        "The council will vote on the repairs next week.",
        "By the end of the day, most of the quay was dry again.",
        "Photo enthusiasts lined the pier to watch the tall ships leave.",
        "More than 200 people spent the night in the school gym.",
        "Why did the sea wall fail? Engineers are not sure yet.",
        "SALEBY, Ore. (Wire) — Crews worked through the night to clear the road.",
    ];

    private static readonly string[] FurnitureLines =
    [
        "Advertisement",
        "Read more:",
        "By Jane Roe",
        "Image caption Rescuers carry a fisherman ashore",
        "© 2021 Harbour Gazette. All rights reserved.",
        "Sign up for our daily newsletter.",
        "Jane Roe contributed reporting from Saleby.",
        "Share Tweet Email",
        "The old lighthouse at dusk. (Jane Roe/Harbour Gazette)",
        "3 of 12",
        "___",
    ];

    private static readonly string[] Breaks = ["\n", "\r\n", "\r", " \n \n ", "\n\n\n", "\r\n\r\n", "\u2029", "\n\t\n"];

    [Fact]
    public void Random_CodeUnitsNeverCrashAndKeepTheInvariant()
    {
        var random = new Random(20240601);
        var filter = new BoilerplateFilter();
        for (var round = 0; round < 300; round++)
        {
            var chars = new char[random.Next(0, 3000)];
            for (var i = 0; i < chars.Length; i++)
            {
                // Mostly any UTF-16 code unit (lone surrogates and controls included), with line breaks and
                // white space often enough to make many lines and blocks.
                chars[i] = random.Next(8) switch
                {
                    0 => "\n\r \t\u2028\u2029\u0085\u00a0"[random.Next(8)],
                    1 => (char)random.Next(32, 127),
                    _ => (char)random.Next(0, 0x10000),
                };
            }

            var text = new string(chars);
            AssertInvariant(text, filter.Clean(text), $"round {round}");
        }
    }

    [Fact]
    public void Random_BytesAsCharactersNeverCrash()
    {
        var random = new Random(7);
        var filter = new BoilerplateFilter();
        for (var round = 0; round < 200; round++)
        {
            var bytes = new byte[random.Next(0, 4000)];
            random.NextBytes(bytes);
            var text = Encoding.Latin1.GetString(bytes);
            AssertInvariant(text, filter.Clean(text), $"round {round}");
        }
    }

    [Fact]
    public void Random_MixesOfLinesKeepEveryProseLine()
    {
        var random = new Random(99);
        var filter = new BoilerplateFilter();
        for (var round = 0; round < 300; round++)
        {
            var builder = new StringBuilder();
            var prose = new List<string>();
            var lines = random.Next(1, 30);
            for (var i = 0; i < lines; i++)
            {
                builder.Append(' ', random.Next(3));
                if (random.Next(3) == 0)
                {
                    builder.Append(FurnitureLines[random.Next(FurnitureLines.Length)]);
                }
                else
                {
                    var line = ProseLines[random.Next(ProseLines.Length)];
                    prose.Add(line);
                    builder.Append(line);
                }

                builder.Append(' ', random.Next(3)).Append(Breaks[random.Next(Breaks.Length)]);
            }

            var text = builder.ToString();
            var cleaned = filter.Clean(text);
            AssertInvariant(text, cleaned, $"round {round}");
            var kept = string.Join("\n", Kept(text, cleaned));
            foreach (var line in prose)
            {
                // The dateline opening the last prose line is furniture; the sentence after it is prose.
                var sentence = line.StartsWith("SALEBY", StringComparison.Ordinal) ? line[(line.IndexOf('—') + 2)..] : line;
                Assert.Contains(sentence, kept, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData('A', 200_000)]
    [InlineData('(', 200_000)]
    [InlineData('—', 200_000)]
    [InlineData('@', 200_000)]
    public void Random_LongRunsOfOneCharacterAreHandled(char c, int length)
    {
        var text = new string(c, length);
        AssertInvariant(text, new BoilerplateFilter().Clean(text));
    }

    [Fact]
    public void Random_HostileLinesForTheRulesAreHandled()
    {
        string[] texts =
        [
            string.Concat(Enumerable.Repeat("AB CD ", 40_000)) + "—",
            string.Concat(Enumerable.Repeat("By Jane ", 30_000)),
            string.Concat(Enumerable.Repeat("(Jane Roe/", 20_000)),
            string.Concat(Enumerable.Repeat("Photo: ", 30_000)),
            string.Concat(Enumerable.Repeat("— Jane (@j) ", 20_000)) + "May 1, 2019",
            string.Concat(Enumerable.Repeat("Update, 1:1", 20_000)),
            string.Concat(Enumerable.Repeat("Short line\n", 100_000)),
        ];
        var filter = new BoilerplateFilter();
        foreach (var text in texts)
        {
            AssertInvariant(text, filter.Clean(text), text[..20]);
        }
    }

    [Fact]
    public void Random_ArticleAtTheSizeLimitIsCleaned()
    {
        var paragraph = string.Join(" ", ProseLines) + "\n\nAdvertisement\n\n";
        var text = new StringBuilder(2_000_000);
        while (text.Length + paragraph.Length < 2_000_000)
        {
            text.Append(paragraph);
        }

        var article = text.ToString();
        var cleaned = new BoilerplateFilter().Clean(article);
        AssertInvariant(article, cleaned);
        Assert.Equal(cleaned.Paragraphs.Length, cleaned.Removed.Length);
    }
}
