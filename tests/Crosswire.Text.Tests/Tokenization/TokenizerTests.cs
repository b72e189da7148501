using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Text.Tokenization;
using Xunit;

namespace Crosswire.Text.Tests.Tokenization;

public sealed class TokenizerTests
{
    private static readonly Tokenizer s_tokenizer = new();

    [Fact]
    public void Tokenizer_SplitsWordsAndPunctuation() =>
        AssertTokens(
            "The ferry, late again; left (finally).",
            "The/W", "ferry/W", ",/P", "late/W", "again/W", ";/P", "left/W", "(/P", "finally/W", ")/P", "./P");

    [Fact]
    public void Tokenizer_KeepsContractionsWhole() =>
        AssertTokens(
            "They don't know, they're sure I'll go and won’t stay.",
            "They/W", "don't/W", "know/W", ",/P", "they're/W", "sure/W", "I'll/W", "go/W", "and/W", "won’t/W", "stay/W", "./P");

    [Fact]
    public void Tokenizer_SplitsPossessiveClitic() =>
        AssertTokens(
            "Lee's boat, Ada’s oars, O'Neill's net, the players' kit; it's fine.",
            "Lee/W", "'s/W", "boat/W", ",/P", "Ada/W", "’s/W", "oars/W", ",/P", "O'Neill/W", "'s/W", "net/W", ",/P",
            "the/W", "players/W", "'/P", "kit/W", ";/P", "it/W", "'s/W", "fine/W", "./P");

    [Fact]
    public void Tokenizer_KeepsHyphenatedWords() =>
        AssertTokens(
            "A well-known mother-in-law caught COVID-19 in a non\u2011stop x-ray unit.",
            "A/W", "well-known/W", "mother-in-law/W", "caught/W", "COVID-19/W", "in/W", "a/W", "non\u2011stop/W",
            "x-ray/W", "unit/W", "./P");

    [Fact]
    public void Tokenizer_ReadsNumbers() =>
        AssertTokens(
            "1,000 3.5 1950-53 1950–53 $20 £3.5 20% 21st 1990s ’90s 9/11 10:30 19-year-old 0.9%.",
            "1,000/N", "3.5/N", "1950-53/N", "1950–53/N", "$20/N", "£3.5/N", "20%/N", "21st/N", "1990s/N", "’90s/N",
            "9/11/N", "10:30/N", "19-year-old/N", "0.9%/N", "./P");

    [Fact]
    public void Tokenizer_KeepsAbbreviationPeriods() =>
        AssertTokens(
            "Mr. Vance of Harbour Tools Inc. met U.S. and U.K. envoys at 9 a.m., e.g. Ada Q. Pell, Ph.D. and you and I.",
            "Mr./W", "Vance/W", "of/W", "Harbour/W", "Tools/W", "Inc./W", "met/W", "U.S./W", "and/W", "U.K./W", "envoys/W",
            "at/W", "9/N", "a.m./W", ",/P", "e.g./W", "Ada/W", "Q./W", "Pell/W", ",/P", "Ph.D./W", "and/W", "you/W", "and/W",
            "I/W", "./P");

    [Fact]
    public void Tokenizer_KeepsDottedAbbreviationBeforeHyphen() =>
        AssertTokens("U.S.-led talks", "U.S.-led/W", "talks/W");

    [Fact]
    public void Tokenizer_ReadsUrls() =>
        AssertTokens(
            "See https://news.example.org/tide_(2024).html, www.example.net. Or example.com/a?b=1 and Harbourline.com!",
            "See/W", "https://news.example.org/tide_(2024).html/U", ",/P", "www.example.net/U", "./P", "Or/W",
            "example.com/a?b=1/U", "and/W", "Harbourline.com/U", "!/P");

    [Fact]
    public void Tokenizer_ReadsEmails() =>
        AssertTokens(
            "Write to ada.brisk@example.org. (desk+tips@news.example.co.uk)",
            "Write/W", "to/W", "ada.brisk@example.org/E", "./P", "(/P", "desk+tips@news.example.co.uk/E", ")/P");

    [Fact]
    public void Tokenizer_SplitsSentencesGluedByCrawling() =>
        AssertTokens("overdue.Researchers said", "overdue/W", "./P", "Researchers/W", "said/W");

    [Fact]
    public void Tokenizer_ReadsUnicodeQuotesAndDashes() =>
        AssertTokens(
            "“Yes” — ‘no’ – «maybe»",
            "“/P", "Yes/W", "”/P", "—/P", "‘/P", "no/W", "’/P", "–/P", "«/P", "maybe/W", "»/P");

    [Fact]
    public void Tokenizer_ReadsSymbolsAndEmoji() =>
        AssertTokens(
            "Q&A #tide @harbour_desk 👍🏽 ❤️ 🇬🇧 👨‍👩‍👧 € +",
            "Q/W", "&/S", "A/W", "#/S", "tide/W", "@/S", "harbour_desk/W", "👍🏽/S", "❤️/S", "🇬🇧/S", "👨‍👩‍👧/S", "€/S", "+/S");

    [Fact]
    public void Tokenizer_GroupsPunctuationRuns() =>
        AssertTokens("Wait... What?! No -- never!!", "Wait/W", ".../P", "What/W", "?!/P", "No/W", "--/P", "never/W", "!!/P");

    [Fact]
    public void Tokenizer_SkipsControlAndZeroWidthCharactersButKeepsSoftHyphenInWord() =>
        AssertTokens("tide\u200Bturn \u0001 re\u00ADport", "tide/W", "turn/W", "re\u00ADport/W");

    [Fact]
    public void Tokenizer_ReadsOtherScripts() =>
        AssertTokens("Zürich Ελλάδα 東京 ١٢٣", "Zürich/W", "Ελλάδα/W", "東京/W", "١٢٣/N");

    [Fact]
    public void Tokenizer_TokenizesOnlyInsideRange()
    {
        const string text = "skip this. Take these words. skip";
        var start = text.IndexOf("Take", StringComparison.Ordinal);
        var range = TextSpan.FromBounds(start, text.IndexOf(" skip", start, StringComparison.Ordinal));
        var sink = ImmutableArray.CreateBuilder<Token>();
        s_tokenizer.Tokenize(text, range, sink);
        Assert.Equal(["Take", "these", "words", "."], sink.Select(token => text.Substring(token.Span.Start, token.Span.Length)));
        Assert.Equal(start, sink[0].Span.Start);
    }

    [Fact]
    public void Tokenizer_RejectsRangeOutsideText() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => s_tokenizer.Tokenize("short", new TextSpan(3, 5), ImmutableArray.CreateBuilder<Token>()));

    [Fact]
    public void Tokenizer_UsesCustomAbbreviations()
    {
        var tokenizer = new Tokenizer(TokenizerOptions.Default with { Abbreviations = ["Cllr"] });
        Assert.Equal(["Cllr.", "Reyes", "and", "Mr", "."], Texts(tokenizer, "Cllr. Reyes and Mr."));
    }

    [Fact]
    public void Tokenizer_EmptyTextHasNoTokens()
    {
        Assert.Empty(s_tokenizer.Tokenize(string.Empty));
        Assert.Empty(s_tokenizer.Tokenize(" \n\t "));
    }

    private static string[] Texts(Tokenizer tokenizer, string text) =>
        [.. tokenizer.Tokenize(text).Select(token => text.Substring(token.Span.Start, token.Span.Length))];

    /// <summary>Asserts the tokens as <c>text/K</c> where K is the first letter of the kind.</summary>
    private static void AssertTokens(string text, params string[] expected)
    {
        var tokens = s_tokenizer.Tokenize(text);
        TokenizerInvariants.Check(text, new TextSpan(0, text.Length), tokens);
        Assert.Equal(expected, tokens.Select(token => text.Substring(token.Span.Start, token.Span.Length) + "/" + token.Kind.ToString()[0]));
    }
}
