using Crosswire.Summarization.Extractive;
using Xunit;

namespace Crosswire.Summarization.Tests.Extractive;

public sealed class SentenceScreenTests
{
    private static SentenceFlaws Judge(string text) =>
        new SentenceScreen().Judge(text, text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length);

    [Fact]
    public void Screen_AcceptsAPlainWholeSentence() =>
        Assert.Equal(SentenceFlaws.None, Judge("The Wenlow council opened an emergency shelter in the sports hall on Monday."));

    [Fact]
    public void Screen_FlagsHalfAQuote() =>
        Assert.True(Judge("\u201CWe lost everything in the cellar, the freezer and the stock,\u201D said baker Imre Falk, \u201Cand the insurance.").HasFlag(SentenceFlaws.HalfQuote));

    [Fact]
    public void Screen_FlagsACaption() =>
        Assert.True(Judge("Residents wade through the flooded high street of Wenlow on Sunday night (AP Photo/Lena Varga).").HasFlag(SentenceFlaws.Caption));

    [Theory]
    [InlineData("However, the water board said the flood wall had been inspected only last spring.")]
    [InlineData("She said the review would report to the regional water board before the winter.")]
    [InlineData("In addition, the council will pay for skips on every flooded street this week.")]
    public void Screen_FlagsADanglingStart(string text) => Assert.True(Judge(text).HasFlag(SentenceFlaws.Dangling));

    [Fact]
    public void Screen_FlagsAFragmentWithoutFinalStop() =>
        Assert.True(Judge("Wenlow flood: what we know so far about the night the Ossel rose").HasFlag(SentenceFlaws.Fragment));

    [Fact]
    public void Screen_FlagsTheTailOfACutSentence() =>
        Assert.True(Judge("and the council said the shelter would stay open for as long as it was needed.").HasFlag(SentenceFlaws.Fragment));

    [Fact]
    public void Screen_FlagsTooShortAndTooLong()
    {
        Assert.True(Judge("The shelter opened.").HasFlag(SentenceFlaws.TooShort));
        Assert.True(Judge(string.Join(' ', Enumerable.Repeat("water", 80)) + ".").HasFlag(SentenceFlaws.TooLong));
    }
}
