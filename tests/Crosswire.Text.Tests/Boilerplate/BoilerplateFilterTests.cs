using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Text.Boilerplate;
using Xunit;
using static Crosswire.Text.Tests.Boilerplate.CleanedTextChecks;

namespace Crosswire.Text.Tests.Boilerplate;

public sealed class BoilerplateFilterTests
{
    private readonly BoilerplateFilter _filter = new();

    [Fact]
    public void Filter_SplitsParagraphsOnBlankLinesWithSpaces()
    {
        const string text = "The harbour reopened on Monday after the storm. \n \n Ferries resumed at noon, the port said. \n \n Fishing boats stayed in.";
        var cleaned = _filter.Clean(text);
        AssertInvariant(text, cleaned);
        Assert.Equal(
            ["The harbour reopened on Monday after the storm.", "Ferries resumed at noon, the port said.", "Fishing boats stayed in."],
            Kept(text, cleaned));
        Assert.Empty(cleaned.Removed);
    }

    [Theory]
    [InlineData("\r\n\r\n")]
    [InlineData("\r\r")]
    [InlineData("\n\t\n")]
    [InlineData("\r\n \r\n")]
    [InlineData("\u2029")]
    public void Filter_SplitsParagraphsOnEveryKindOfBlankLine(string separator)
    {
        var text = "First paragraph about the ferry." + separator + "Second paragraph about the pier.";
        var cleaned = _filter.Clean(text);
        AssertInvariant(text, cleaned);
        Assert.Equal(["First paragraph about the ferry.", "Second paragraph about the pier."], Kept(text, cleaned));
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void Filter_KeepsLinesOfOneBlockInOneParagraph(string lineBreak)
    {
        var text = "The council met late into the night" + lineBreak + "and voted to rebuild the pier.";
        var cleaned = _filter.Clean(text);
        AssertInvariant(text, cleaned);
        var paragraph = Assert.Single(cleaned.Paragraphs);
        Assert.Equal(0, paragraph.Span.Start);
        Assert.Equal(text.Length, paragraph.Span.End);
    }

    [Fact]
    public void Filter_JudgesEachLineOfABlock_CaptionThenProse()
    {
        const string text = "Divers inspect the hull of the sunken ferry. (Jane Roe/Harbour Gazette)\nThe ferry sank in calm water, investigators said.";
        var cleaned = _filter.Clean(text);
        AssertInvariant(text, cleaned);
        Assert.Equal(["The ferry sank in calm water, investigators said."], Kept(text, cleaned));
        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal(BoilerplateKind.Caption, removed.Kind);
        Assert.Equal(0, removed.Span.Start);
    }

    [Fact]
    public void Filter_SplitsAParagraphAroundARemovedLine()
    {
        const string text = "The pier will close for repairs.\nAdvertisement\nWork starts in May, the council said.";
        var cleaned = _filter.Clean(text);
        AssertInvariant(text, cleaned);
        Assert.Equal(["The pier will close for repairs.", "Work starts in May, the council said."], Kept(text, cleaned));
        Assert.Equal(["Advertisement"], Removed(text, cleaned));
    }

    [Fact]
    public void Filter_SpansPointIntoTheOriginalTextAndAreTrimmed()
    {
        const string text = "  \n\n   KINGSPORT, Ore. (Wire) — The mayor resigned on Friday.   \n\n  ";
        var cleaned = _filter.Clean(text);
        AssertInvariant(text, cleaned);
        var paragraph = Assert.Single(cleaned.Paragraphs);
        Assert.Equal("The mayor resigned on Friday.", text.Substring(paragraph.Span.Start, paragraph.Span.Length));
        var dateline = Assert.Single(cleaned.Removed);
        Assert.Equal("KINGSPORT, Ore. (Wire) —", text.Substring(dateline.Span.Start, dateline.Span.Length));
        Assert.Equal(BoilerplateKind.Dateline, dateline.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" \n \n \r\n\t ")]
    public void Filter_EmptyOrBlankTextHasNothing(string text)
    {
        var cleaned = _filter.Clean(text);
        Assert.Empty(cleaned.Paragraphs);
        Assert.Empty(cleaned.Removed);
    }

    [Fact]
    public void Filter_NullTextThrows() =>
        Assert.Throws<ArgumentNullException>(() => _filter.Clean(null!));

    [Fact]
    public void Filter_RemovedTextNamesKindAndRule()
    {
        const string text = "By Jane Roe\n\nThe lighthouse keeper retired after forty years.";
        var cleaned = _filter.Clean(text);
        var byline = Assert.Single(cleaned.Removed);
        Assert.Equal(BoilerplateKind.Byline, byline.Kind);
        Assert.Equal("byline", byline.Rule);
    }

    [Fact]
    public void Options_KindsNotListedAreKept()
    {
        var filter = new BoilerplateFilter(new BoilerplateOptions { Kinds = [BoilerplateKind.Advertisement] });
        const string text = "By Jane Roe\n\nAdvertisement\n\nThe lighthouse keeper retired after forty years.";
        var cleaned = filter.Clean(text);
        AssertInvariant(text, cleaned);
        Assert.Equal(["Advertisement"], Removed(text, cleaned));
        Assert.Equal(["By Jane Roe", "The lighthouse keeper retired after forty years."], Kept(text, cleaned));
    }

    [Fact]
    public void Options_NoKindsKeepsEverything()
    {
        var filter = new BoilerplateFilter(new BoilerplateOptions { Kinds = ImmutableHashSet<BoilerplateKind>.Empty });
        const string text = "LONDON (Wire) - Tides rose.\n\nAdvertisement\n\n© 2021 Harbour Gazette";
        var cleaned = filter.Clean(text);
        AssertInvariant(text, cleaned);
        Assert.Empty(cleaned.Removed);
        Assert.Equal(3, cleaned.Paragraphs.Length);
    }

    [Fact]
    public void Options_NegativeLimitIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BoilerplateFilter(new BoilerplateOptions { MaxCaptionChars = -1 }));

    [Fact]
    public void Filter_EmbeddedPostTextBeforeItsAttributionLineIsRemoved()
    {
        const string text = "The mayor answered online.\n\nNo ferry will be cancelled this winter, I promise.\nhttps://t.co/AbCdEf12 — Mayor Jane Roe (@MayorRoe) March 3, 2021\n\nCritics were not convinced.";
        var cleaned = _filter.Clean(text);
        AssertInvariant(text, cleaned);
        Assert.Equal(["The mayor answered online.", "Critics were not convinced."], Kept(text, cleaned));
        Assert.All(cleaned.Removed, r => Assert.Equal(BoilerplateKind.Embed, r.Kind));
        Assert.Equal(["social-post-body", "social-attribution"], cleaned.Removed.Select(r => r.Rule));
    }

    [Fact]
    public void Filter_LabelRepeatedUnderEveryPhotoIsRemoved()
    {
        const string text = "Harbour Gazette\n\nThe storm hit at dawn.\n\nHarbour Gazette\n\nBoats were lost.\n\nHarbour Gazette\n\nNobody was hurt.";
        var cleaned = _filter.Clean(text);
        AssertInvariant(text, cleaned);
        Assert.Equal(["The storm hit at dawn.", "Boats were lost.", "Nobody was hurt."], Kept(text, cleaned));
        Assert.All(cleaned.Removed, r => Assert.Equal("repeated-label", r.Rule));
    }

    [Fact]
    public void Filter_AuthorBiographyIsRemovedOnlyAtTheEnd()
    {
        const string bio = "Jane Roe is a senior reporter for the Harbour Gazette.";
        var atEnd = "The pier reopened.\n\n" + bio;
        var cleanedAtEnd = _filter.Clean(atEnd);
        Assert.Equal(["The pier reopened."], Kept(atEnd, cleanedAtEnd));
        Assert.Equal("author-bio", Assert.Single(cleanedAtEnd.Removed).Rule);

        var atStart = bio + "\n\nShe broke the story of the ferry.\n\nThe pier reopened.\n\nTourists came back.";
        Assert.Empty(_filter.Clean(atStart).Removed);
    }

    [Fact]
    public void Filter_DatelineAndTrailingCreditOnOneLine()
    {
        const string text = "SALEBY, Ore. (Wire) — Crews cleared the road on Tuesday. Instagram: @saleby_roads";
        var cleaned = _filter.Clean(text);
        AssertInvariant(text, cleaned);
        Assert.Equal(["Crews cleared the road on Tuesday."], Kept(text, cleaned));
        Assert.Equal(["dateline", "handle-credit"], cleaned.Removed.Select(r => r.Rule));
    }
}
