using Crosswire.Core.Documents;
using Crosswire.Text.Segmentation;
using Xunit;

namespace Crosswire.Text.Tests.Segmentation;

public sealed class SentenceSegmenterTests
{
    private static readonly SentenceSegmenter s_segmenter = new();

    [Fact]
    public void Segmenter_SplitsPlainSentences() =>
        AssertSentences(
            "The ferry left at dawn. Was anyone aboard? Nobody knows! The port is closed.",
            "The ferry left at dawn.", "Was anyone aboard?", "Nobody knows!", "The port is closed.");

    [Fact]
    public void Segmenter_KeepsTitlesInsideSentence() =>
        AssertSentences(
            "Mr. Oduya and Mrs. Lark met Dr. Venn. Gen. Halloran, Sen. Pike, Rep. Amara Ode and Gov. Brisk agreed with Lt. Col. Ferro. They toured St. Brendan's Hospital.",
            "Mr. Oduya and Mrs. Lark met Dr. Venn.",
            "Gen. Halloran, Sen. Pike, Rep. Amara Ode and Gov. Brisk agreed with Lt. Col. Ferro.",
            "They toured St. Brendan's Hospital.");

    [Fact]
    public void Segmenter_KeepsMonthsBeforeDates() =>
        AssertSentences(
            "The vote moved from Jan. 5 to Feb. 12 and then to Sept. 30, 2024. It passed.",
            "The vote moved from Jan. 5 to Feb. 12 and then to Sept. 30, 2024.", "It passed.");

    [Fact]
    public void Segmenter_KeepsDottedAbbreviationsInsideSentence() =>
        AssertSentences(
            "The U.S. Coast Guard, U.K. officials and the U.N. mission met at 9 a.m. on Monday and left at 4 p.m. sharp.",
            "The U.S. Coast Guard, U.K. officials and the U.N. mission met at 9 a.m. on Monday and left at 4 p.m. sharp.");

    [Fact]
    public void Segmenter_SplitsAfterAbbreviationAtSentenceEnd() =>
        AssertSentences(
            "The fleet returned to the U.S. He said it was over. The shop closed at 6 p.m. The owners of Harbour Tools Inc. It was sold to Brine & Co. They paid cash.",
            "The fleet returned to the U.S.",
            "He said it was over.",
            "The shop closed at 6 p.m.",
            "The owners of Harbour Tools Inc.",
            "It was sold to Brine & Co.",
            "They paid cash.");

    [Fact]
    public void Segmenter_KeepsCompanySuffixesBeforeLowercase() =>
        AssertSentences(
            "Brine & Co. and Kettle Corp. sued Pell Ltd. on Friday, says Ada Wick Jr. of the firm.",
            "Brine & Co. and Kettle Corp. sued Pell Ltd. on Friday, says Ada Wick Jr. of the firm.");

    [Fact]
    public void Segmenter_KeepsInitials() =>
        AssertSentences(
            "The novel by T. H. K. Marlow was praised by Lena K. Ortiz and by Amos Q. Pell. It sold well.",
            "The novel by T. H. K. Marlow was praised by Lena K. Ortiz and by Amos Q. Pell.", "It sold well.");

    [Fact]
    public void Segmenter_SplitsAfterPronounIButNotAfterInitialI() =>
        AssertSentences(
            "The crew waited for Tomas and I. Then we met Karl I. Brandt at the pier.",
            "The crew waited for Tomas and I.", "Then we met Karl I. Brandt at the pier.");

    [Fact]
    public void Segmenter_KeepsAbbreviationsBeforeNumbersAndLatin() =>
        AssertSentences(
            "The bill, No. 4, is on p. 12 of Vol. 3, e.g. the part on tides, i.e. the new rules vs. the old ones, etc. and more.",
            "The bill, No. 4, is on p. 12 of Vol. 3, e.g. the part on tides, i.e. the new rules vs. the old ones, etc. and more.");

    [Fact]
    public void Segmenter_KeepsDecimalsAndMoney() =>
        AssertSentences(
            "Profit rose 2.5% to $3.5 million, or 1.25 cents a share. It cost £4.50. Rates hit 0.9%. Then they fell.",
            "Profit rose 2.5% to $3.5 million, or 1.25 cents a share.", "It cost £4.50.", "Rates hit 0.9%.", "Then they fell.");

    [Fact]
    public void Segmenter_HandlesEllipses() =>
        AssertSentences(
            "He paused ... and then went on. We waited... Nobody came. The note read: “the tide [...] turned.” It ended.... Quiet followed. It was over… Then rain.",
            "He paused ... and then went on.",
            "We waited...",
            "Nobody came.",
            "The note read: “the tide [...] turned.”",
            "It ended....",
            "Quiet followed.",
            "It was over…",
            "Then rain.");

    [Fact]
    public void Segmenter_SplitsAfterClosingQuotes() =>
        AssertSentences(
            "“We will rebuild,” the mayor said. “It will take years.” Then she left. He called it \"a disaster.\" Others agreed.",
            "“We will rebuild,” the mayor said.",
            "“It will take years.”",
            "Then she left.",
            "He called it \"a disaster.\"",
            "Others agreed.");

    [Fact]
    public void Segmenter_KeepsQuestionInQuotesFollowedByAttribution() =>
        AssertSentences(
            "“Where did the money go?” asked one resident. \"Who pays now?\" Councillor Ama Reyes asked. “Why?” The question hung in the air.",
            "“Where did the money go?” asked one resident.",
            "\"Who pays now?\" Councillor Ama Reyes asked.",
            "“Why?”",
            "The question hung in the air.");

    [Fact]
    public void Segmenter_KeepsExclamationInsideName() =>
        AssertSentences(
            "She worked at Zoomba! in the sales team. It folded!",
            "She worked at Zoomba! in the sales team.", "It folded!");

    [Fact]
    public void Segmenter_HandlesParentheses() =>
        AssertSentences(
            "He sold the boat (he had owned it for 9 years.) to a friend. (The price was not disclosed.) The friend sailed away.",
            "He sold the boat (he had owned it for 9 years.) to a friend.",
            "(The price was not disclosed.)",
            "The friend sailed away.");

    [Fact]
    public void Segmenter_SplitsInlineNumberedList() =>
        AssertSentences(
            "1. Close the gates 2. Warn the boats 3. Call the harbour master",
            "1. Close the gates", "2. Warn the boats", "3. Call the harbour master");

    [Fact]
    public void Segmenter_SplitsInlineListsOfOtherStyles()
    {
        AssertSentences("1) Pack food. 2) Leave early.", "1) Pack food.", "2) Leave early.");
        AssertSentences("a. Red flags b. Blue flags c. White flags", "a. Red flags", "b. Blue flags", "c. White flags");
        AssertSentences("• 3. Tide tables • 4. Wind charts", "• 3. Tide tables", "• 4. Wind charts");
    }

    [Fact]
    public void Segmenter_SplitsListLines() =>
        AssertSentences(
            "Residents should:\n- fill sandbags\n- move cars uphill\n* Shelters are open",
            "Residents should:", "- fill sandbags", "- move cars uphill", "* Shelters are open");

    [Fact]
    public void Segmenter_KeepsUrlsAndEmails() =>
        AssertSentences(
            "Details are at https://news.example.org/tide/2024.html. Write to desk.editor@example.org. Or visit www.example.net/a.b?c=1 now.",
            "Details are at https://news.example.org/tide/2024.html.",
            "Write to desk.editor@example.org.",
            "Or visit www.example.net/a.b?c=1 now.");

    [Fact]
    public void Segmenter_SplitsHeadlineOnItsOwnLine() =>
        AssertSentences(
            "Storm closes northern harbour\nThe storm closed the northern harbour on Monday morning, officials in Portville said.",
            "Storm closes northern harbour",
            "The storm closed the northern harbour on Monday morning, officials in Portville said.");

    [Fact]
    public void Segmenter_KeepsHardWrappedSentenceTogether()
    {
        const string text = "The council met with the harbour master and the mayor on\nMonday to discuss the future of Ferry Lane, the old pier and\nWestgate Quay, where the damage was worst. They agreed.";
        AssertSentences(
            text,
            "The council met with the harbour master and the mayor on\nMonday to discuss the future of Ferry Lane, the old pier and\nWestgate Quay, where the damage was worst.",
            "They agreed.");
    }

    [Fact]
    public void Segmenter_KeepsHardWrappedLineEndingInCapitalisedWord()
    {
        const string text = "Officials from the port authority said on Tuesday that Karl\nBrandt, the harbour master, would resign at the end of the year.";
        AssertSentences(text, text);
    }

    [Fact]
    public void Segmenter_SplitsAtBlankLine() =>
        AssertSentences(
            "First paragraph without a stop \n \n Second paragraph, also without one\r\n\r\nThird",
            "First paragraph without a stop", "Second paragraph, also without one", "Third");

    [Fact]
    public void Segmenter_HandlesUnicodeQuotesAndDashes() =>
        AssertSentences(
            "The levee — built in 1950–53 — held. ‘It’s fine,’ she said. «Nothing broke.» The end.",
            "The levee — built in 1950–53 — held.", "‘It’s fine,’ she said.", "«Nothing broke.»", "The end.");

    [Fact]
    public void Segmenter_SplitsSentencesGluedByCrawling() =>
        AssertSentences(
            "The quake was overdue.Researchers found ten earlier ones.\"They recur,\" Moss said.Most were large.",
            "The quake was overdue.", "Researchers found ten earlier ones.", "\"They recur,\" Moss said.", "Most were large.");

    [Fact]
    public void Segmenter_DoesNotSplitGluedAbbreviationsNamesOrAddresses() =>
        AssertSentences(
            "Mail Ada.Brisk@example.org or see the U.S.Coast Guard page, Mr.Pell said.",
            "Mail Ada.Brisk@example.org or see the U.S.Coast Guard page, Mr.Pell said.");

    [Fact]
    public void Segmenter_KeepsHyphenatedCompoundTitle()
    {
        // Regression: "Det.-Sgt." was not recognised as a title and split before the name.
        AssertSentences(
            "The case is led by Det.-Sgt. Ada Brisk of the harbour police.",
            "The case is led by Det.-Sgt. Ada Brisk of the harbour police.");
    }

    [Fact]
    public void Segmenter_SegmentsOnlyInsideRange()
    {
        const string text = "Skip me. Take this one. And this. Skip me too.";
        var start = text.IndexOf("Take", StringComparison.Ordinal);
        var end = text.IndexOf(" Skip me too", StringComparison.Ordinal);
        var spans = s_segmenter.Segment(text, TextSpan.FromBounds(start, end));
        Assert.Equal(["Take this one.", "And this."], spans.Select(span => text.Substring(span.Start, span.Length)));
        Assert.Equal(start, spans[0].Start);
    }

    [Fact]
    public void Segmenter_AppendsToSink()
    {
        const string text = "One. Two.\n\nThree.";
        var sink = System.Collections.Immutable.ImmutableArray.CreateBuilder<TextSpan>();
        s_segmenter.Segment(text, new TextSpan(0, 9), sink);
        s_segmenter.Segment(text, TextSpan.FromBounds(11, text.Length), sink);
        Assert.Equal(3, sink.Count);
        Assert.Equal("Three.", text.Substring(sink[2].Start, sink[2].Length));
    }

    [Fact]
    public void Segmenter_ForceBreaksOverlongSentence()
    {
        var segmenter = new SentenceSegmenter(new SegmenterOptions { MaxSentenceChars = 60 });
        var text = string.Join(", ", Enumerable.Repeat("the tide rose again", 12)) + ".";
        var spans = segmenter.Segment(text);
        Assert.True(spans.Length > 1);
        Assert.All(spans, span => Assert.InRange(span.Length, 1, 60));
        Assert.All(spans.Take(spans.Length - 1), span => Assert.Equal(',', text[span.End - 1]));
        SegmenterInvariants.Check(text, new TextSpan(0, text.Length), spans, 60);
    }

    [Fact]
    public void Segmenter_ForceBreaksTextWithoutSpaces()
    {
        var segmenter = new SentenceSegmenter(new SegmenterOptions { MaxSentenceChars = 100 });
        var text = new string('x', 1000) + "😀" + new string('y', 99);
        var spans = segmenter.Segment(text);
        SegmenterInvariants.Check(text, new TextSpan(0, text.Length), spans, 100);
        Assert.DoesNotContain(spans, span => char.IsLowSurrogate(text[span.Start]));
    }

    [Fact]
    public void Segmenter_EmptyOrWhiteSpaceGivesNoSentences()
    {
        Assert.Empty(s_segmenter.Segment(string.Empty));
        Assert.Empty(s_segmenter.Segment(" \n\t \u00A0\n"));
        AssertSentences("  Only one  ", "Only one");
    }

    [Fact]
    public void Segmenter_RejectsRangeOutsideText()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => s_segmenter.Segment("short", new TextSpan(2, 10)));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_segmenter.Segment("short", new TextSpan(-1, 2)));
    }

    [Fact]
    public void Segmenter_RejectsInvalidOptions()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SentenceSegmenter(new SegmenterOptions { MaxSentenceChars = 3 }));
        Assert.Throws<ArgumentException>(() => new SentenceSegmenter(new SegmenterOptions { Abbreviations = default }));
    }

    [Fact]
    public void Segmenter_UsesCustomAbbreviations()
    {
        var segmenter = new SentenceSegmenter(SegmenterOptions.Default with { PrefixAbbreviations = ["Cllr"] });
        const string text = "It was moved by Cllr. Ama Reyes today.";
        Assert.Single(segmenter.Segment(text));
        Assert.Equal(2, s_segmenter.Segment(text).Length);
    }

    private static void AssertSentences(string text, params string[] expected)
    {
        var spans = s_segmenter.Segment(text);
        SegmenterInvariants.Check(text, new TextSpan(0, text.Length), spans, s_segmenter.Options.MaxSentenceChars);
        Assert.Equal(expected, spans.Select(span => text.Substring(span.Start, span.Length)));
    }
}
