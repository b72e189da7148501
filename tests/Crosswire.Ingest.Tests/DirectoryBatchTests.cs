using System.Text;
using Crosswire.Core;
using Crosswire.TestKit;
using Xunit;
using static Crosswire.Ingest.Tests.IngestKit;

namespace Crosswire.Ingest.Tests;

public sealed class DirectoryBatchTests
{
    [Fact]
    public void Directory_BadInputsAreRejectedByNameAndTheOthersAreRead()
    {
        using var temp = new TempDirectory();
        var options = new ReaderOptions { Limits = InputLimits.Default with { MaxInputBytes = 1_000_000 } };
        temp.Write("a-good.txt", "Title: Pier repaired\n\nThe pier at Corrow has been repaired after the winter storms.");
        temp.Write("b-empty.txt", string.Empty);
        var binary = new byte[4096];
        new Random(11).NextBytes(binary);
        temp.Write("c-binary.html", binary);
        temp.Write("d-huge.txt", new byte[1_000_001]);
        temp.Write("e-malformed.jsonl", "{\"id\": \"ok-line\", \"text\": \"A line that is fine.\"}\n{\"id\": broken}\n");
        temp.Write("f-malformed.rss", "<rss><channel><item><description>unclosed");
        temp.Write("g-xxe.xml", "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss><channel><item><description>&x;</description></item></channel></rss>");
        temp.Write("h-deep.html", "<html><body>" + string.Concat(Enumerable.Repeat("<section>", 2000)) + "text</body></html>");
        temp.Write("i-deep.json", new string('[', 5000) + new string(']', 5000));
        temp.Write("j-photo.jpg", [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]);
        temp.Write(".hidden/secret.txt", "Hidden folders are skipped.");
        temp.Write(".dotfile.txt", "Hidden files are skipped.");
        temp.Write("sub/z-good.html", "<html><body><article><p>The lifeboat crew rescued two kayakers off Skellholm point on Sunday.</p></article></body></html>");

        var outcomes = new ArticleReader(options).ReadPaths([temp.Path]).ToList();
        var root = temp.Path.Replace('\\', '/') + "/";
        string Name(ReadOutcome o) => o.Input.Replace(root, string.Empty, StringComparison.Ordinal).Split('#', ':')[0];
        var summary = outcomes.Select(o => (Name(o), o.IsArticle ? "ok" : o.Rejection.Code)).ToList();

        Assert.Equal(
            [
                ("a-good.txt", "ok"), ("b-empty.txt", "E002"), ("c-binary.html", "E004"), ("d-huge.txt", "E003"),
                ("e-malformed.jsonl", "ok"), ("e-malformed.jsonl", "E006"), ("f-malformed.rss", "E007"), ("g-xxe.xml", "E007"),
                ("h-deep.html", "E010"), ("i-deep.json", "E010"), ("j-photo.jpg", "E005"), ("sub/z-good.html", "ok"),
            ],
            summary);
        Assert.Equal(["a-good", "ok-line", "sub/z-good"], outcomes.Where(o => o.IsArticle).Select(o => o.Article!.Id));
        Assert.All(outcomes.Where(o => !o.IsArticle), o => Assert.StartsWith(temp.Path.Replace('\\', '/'), o.Rejection!.Input));
        Assert.All(outcomes.Where(o => !o.IsArticle), o => Assert.StartsWith(o.Rejection!.Input, o.Rejection.Message));
    }

    [Fact]
    public void Directory_OrderAndIdsAreStableAcrossRuns()
    {
        using var temp = new TempDirectory();
        temp.Write("b/story.txt", "Second folder story about the canal.");
        temp.Write("a/story.txt", "First folder story about the canal.");
        temp.Write("a/story.html", "<html><body><p>The same stem in HTML, about the canal locks.</p></body></html>");
        temp.Write("top.txt", "A story at the top about the canal.");
        var first = new ArticleReader().ReadPaths([temp.Path]).Select(o => o.Article!.Id).ToList();
        var second = new ArticleReader().ReadPaths([temp.Path]).Select(o => o.Article!.Id).ToList();
        Assert.Equal(["top", "a/story", "a/story.txt", "b/story"], first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Paths_MissingPathIsRejectedAndTheNextIsRead()
    {
        var outcomes = new ArticleReader().ReadPaths(["/no/such/file.txt", Fixture("text/bridge-closure.txt")]).ToList();
        Assert.Equal(("/no/such/file.txt", "E001"), (outcomes[0].Rejection?.Input, outcomes[0].Rejection?.Code));
        Assert.Equal("bridge-closure", outcomes[1].Article?.Id);
    }

    [Fact]
    public void Paths_FixturesFolderReadsEveryFormat()
    {
        var outcomes = new ArticleReader().ReadPaths([RepoPaths.Fixtures("Crosswire.Ingest.Tests")]).ToList();
        var articles = outcomes.Where(o => o.IsArticle).Select(o => o.Article!).ToList();
        Assert.Equal(articles.Count, articles.Select(a => a.Id).Distinct().Count());
        Assert.Contains(articles, a => a.Id == "html/ferry-strike");
        Assert.Contains(articles, a => a.Id == "text/bridge-closure");
        Assert.Contains(articles, a => a.Id == "multinews/sample:1/a1");
        Assert.Contains(articles, a => a.Id == "vc-2026-0311-buses");
        Assert.Contains(articles, a => a.Id == "mini-001/a2");
        Assert.Equal(3, outcomes.Count(o => !o.IsArticle));
    }

    [Fact]
    public void Stream_OverLimitIsRejectedWithoutReadingItAll()
    {
        var options = new ReaderOptions { Limits = InputLimits.Default with { MaxInputBytes = 1000 } };
        var seekable = new MemoryStream(new byte[5000]);
        Assert.Equal("E003", SingleRejection(new ArticleReader(options).ReadStream(seekable, "big.txt")).Code);
        Assert.Equal(0, seekable.Position);

        using var endless = new EndlessStream();
        var rejection = SingleRejection(new ArticleReader(options).ReadStream(endless, "-"));
        Assert.Equal("E130", rejection.Code);
        Assert.True(endless.BytesRead < 200_000);
    }

    [Fact]
    public void Stream_ExplicitFormatOverridesDetection()
    {
        var outcome = Assert.Single(new ArticleReader().ReadStream(new MemoryStream(Encoding.UTF8.GetBytes("<p>Angle brackets in a plain text note.</p>")), "note", InputFormat.PlainText));
        Assert.Equal("<p>Angle brackets in a plain text note.</p>", outcome.Article?.Text);
        Assert.Equal("note", outcome.Article?.Id);
    }

    /// <summary>A stream that never ends, like a runaway pipe on standard input.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'a', offset, count);
            BytesRead += count;
            return count;
        }
    }
}
