using System.Text;
using Xunit;
using static Crosswire.Ingest.Tests.IngestKit;

namespace Crosswire.Ingest.Tests;

public sealed class EncodingTests
{
    private const string Story = "Title: Caf\u00e9 owner wins \u201cbest breakfast\u201d\n\nThe Harbour Caf\u00e9\u2019s owner, Ren\u00e9e Okafor, said the award was \u201ca surprise\u201d \u2013 and a relief.";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Core.Documents.Article ReadBytes(byte[] bytes, string name = "cafe.txt")
    {
        var outcome = Assert.Single(new ArticleReader().ReadStream(new MemoryStream(bytes), name));
        Assert.True(outcome.IsArticle, outcome.Rejection?.Message);
        return outcome.Article;
    }

    private static void AssertStory(Core.Documents.Article article)
    {
        Assert.Equal("Caf\u00e9 owner wins \u201cbest breakfast\u201d", article.Title);
        Assert.Equal("The Harbour Caf\u00e9\u2019s owner, Ren\u00e9e Okafor, said the award was \u201ca surprise\u201d \u2013 and a relief.", article.Text);
    }

    [Fact]
    public void Encoding_Utf8WithAndWithoutBom()
    {
        AssertStory(ReadBytes(Encoding.UTF8.GetBytes(Story)));
        AssertStory(ReadBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Story)]));
    }

    [Fact]
    public void Encoding_Utf16WithBom()
    {
        AssertStory(ReadBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Story)]));
        AssertStory(ReadBytes([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Story)]));
    }

    [Fact]
    public void Encoding_Utf16WithoutBomFoundByNulPattern()
    {
        AssertStory(ReadBytes(Encoding.Unicode.GetBytes(Story)));
        AssertStory(ReadBytes(Encoding.BigEndianUnicode.GetBytes(Story)));
    }

    [Fact]
    public void Encoding_Windows1252FallbackKeepsCurlyQuotes()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(Story);
        Assert.Contains((byte)0x93, bytes);
        AssertStory(ReadBytes(bytes));
    }

    [Fact]
    public void Encoding_HtmlMetaCharsetIsHonoured()
    {
        const string page = "<html><head><meta charset=\"iso-8859-15\"><title>Prix</title></head><body><p>Le caf\u00e9 co\u00fbte 2 \u20ac depuis lundi, a annonc\u00e9 la mairie du port.</p></body></html>";
        var bytes = Encoding.GetEncoding("iso-8859-15").GetBytes(page);
        var article = ReadBytes(bytes, "prix.html");
        Assert.Equal("Le caf\u00e9 co\u00fbte 2 \u20ac depuis lundi, a annonc\u00e9 la mairie du port.", article.Text);
    }

    [Fact]
    public void Encoding_Utf16JsonLinesAreRead()
    {
        var bytes = Encoding.Unicode.GetBytes("{\"id\": \"u16\", \"text\": \"Caf\u00e9 story in UTF-16.\"}\n");
        var article = ReadBytes(bytes, "wide.jsonl");
        Assert.Equal("Caf\u00e9 story in UTF-16.", article.Text);
    }

    [Fact]
    public void Encoding_BinaryIsRejected()
    {
        var random = new Random(7);
        var bytes = new byte[2048];
        random.NextBytes(bytes);
        var rejection = SingleRejection(new ArticleReader().ReadStream(new MemoryStream(bytes), "photo.txt"));
        Assert.Equal("E004", rejection.Code);
        Assert.Equal("photo.txt", rejection.Input);
    }

    [Fact]
    public void Encoding_ControlCharactersWithoutNulAreBinary()
    {
        var bytes = Enumerable.Range(0, 400).Select(i => (byte)(i % 3 == 0 ? 0x01 : 'a')).ToArray();
        Assert.Equal("E004", SingleRejection(new ArticleReader().ReadStream(new MemoryStream(bytes), "ctl.txt")).Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  \r\n")]
    public void Encoding_EmptyOrWhiteSpaceIsRejected(string content)
    {
        Assert.Equal("E002", SingleRejection(new ArticleReader().ReadText(content, "blank.txt")).Code);
        Assert.Equal("E002", SingleRejection(new ArticleReader().ReadStream(new MemoryStream(Encoding.UTF8.GetBytes(content)), "blank.txt")).Code);
    }
}
