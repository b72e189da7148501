using Crosswire.Core.Documents;
using Crosswire.Text.Boilerplate;
using Xunit;
using static Crosswire.Text.Tests.Boilerplate.CleanedTextChecks;

namespace Crosswire.Text.Tests.Boilerplate;

/// <summary>One invented line per form of boilerplate, and prose that looks like it but must be kept.</summary>
public sealed class BoilerplateRuleTests
{
    private readonly BoilerplateFilter _filter = new();

    [Theory]
    // Captions
    [InlineData("Image caption Rescuers carry a fisherman ashore at Saleby", BoilerplateKind.Caption, "caption-label")]
    [InlineData("Media playback is unsupported on your device Media caption The mayor explains the plan", BoilerplateKind.Caption, "caption-label")]
    [InlineData("Image copyright Harbour Gazette Image caption The pier after the storm", BoilerplateKind.Caption, "caption-label")]
    [InlineData("FILE - In this March 3, 2019, file photo, the Saleby ferry leaves port.", BoilerplateKind.Caption, "photo-caption")]
    [InlineData("In this photo provided by the Saleby coast guard, a trawler lists in heavy seas.", BoilerplateKind.Caption, "photo-caption")]
    [InlineData("A handout photo shows the damaged pier in Saleby.", BoilerplateKind.Caption, "photo-caption")]
    [InlineData("Volunteers fill sandbags near the river in Saleby, Ore., on Tuesday. (AP Photo/Jane Roe)", BoilerplateKind.Caption, "credited-caption")]
    [InlineData("Volunteers fill sandbags near the river. (AP Photo/Jane Roe) (Associated Press)", BoilerplateKind.Caption, "credited-caption")]
    [InlineData("The old lighthouse at dusk. (Jane Roe)", BoilerplateKind.Caption, "credited-caption")]
    [InlineData("The old lighthouse at dusk. (Jane Roe/Harbour Gazette)", BoilerplateKind.Caption, "credited-caption")]
    [InlineData("Firefighters at the warehouse on Monday. REUTERS/Jane Roe", BoilerplateKind.Caption, "credited-caption")]
    [InlineData("Crowds gather on the quay. Photo: Jane Roe / Harbour Gazette", BoilerplateKind.Caption, "credited-caption")]
    [InlineData("A poster for the festival is seen in Saleby on May 2. (Photo: Jane Roe, Harbour Gazette)", BoilerplateKind.Caption, "credited-caption")]
    [InlineData("CLOSE The mayor tours the flooded quay after the storm. HGTV", BoilerplateKind.Caption, "video-caption")]
    [InlineData("JUST WATCHED Mayor tours the quay Replay More Videos ... MUST WATCH Mayor tours the quay 01:12", BoilerplateKind.Caption, "video-caption")]
    [InlineData("A fisherman describes the rescue at sea. (Published Monday, May 6, 2019)", BoilerplateKind.Caption, "video-caption")]
    [InlineData("Hide Caption 2 of 9 Photos: The flood Crowds on the quay.", BoilerplateKind.Caption, "photo-gallery")]
    [InlineData("1 of 24 Full Screen Autoplay Close The flood in pictures", BoilerplateKind.Caption, "photo-gallery")]
    // Credits
    [InlineData("Photo by Jane Roe/Harbour Gazette", BoilerplateKind.Credit, "credit-line")]
    [InlineData("Photo: Jane Roe", BoilerplateKind.Credit, "credit-line")]
    [InlineData("Image courtesy of the Saleby Historical Society", BoilerplateKind.Credit, "credit-line")]
    [InlineData("Jane Roe / Harbour Gazette", BoilerplateKind.Credit, "slash-credit")]
    [InlineData("Getty Images", BoilerplateKind.Credit, "agency-credit")]
    [InlineData("[HARBOUR/Wire]", BoilerplateKind.Credit, "bracketed-credit")]
    [InlineData("(Saleby Police Department)", BoilerplateKind.Credit, "bracketed-credit")]
    [InlineData("(Jane Roe / Staff Photographer)", BoilerplateKind.Credit, "slash-credit")]
    [InlineData("Enlarge this image Jane Roe/Harbour Gazette", BoilerplateKind.Credit, "slash-credit")]
    // Contributors
    [InlineData("Jane Roe contributed reporting from Saleby.", BoilerplateKind.Contributor, "contributor-note")]
    [InlineData("Staff writer Jane Roe in Saleby contributed to this report.", BoilerplateKind.Contributor, "contributor-note")]
    [InlineData("Jane Roe reported from Saleby; John Doe in Kingsport contributed to this report.", BoilerplateKind.Contributor, "contributor-note")]
    [InlineData("Reporting by Jane Roe; Editing by John Doe", BoilerplateKind.Contributor, "contributor-credit")]
    [InlineData("(Additional reporting by Jane Roe in Saleby; Editing by John Doe)", BoilerplateKind.Contributor, "contributor-credit")]
    [InlineData("Contributing: Jane Roe in Saleby", BoilerplateKind.Contributor, "contributor-credit")]
    [InlineData("—With assistance from Jane Roe and John Doe.", BoilerplateKind.Contributor, "contributor-credit")]
    [InlineData("You can reach Jane Roe at jroe@example.org", BoilerplateKind.Contributor, "author-contact")]
    [InlineData("Jane Roe: 555-010-0199, jroe@example.org or @janeroe", BoilerplateKind.Contributor, "author-contact")]
    // Advertisements
    [InlineData("Advertisement", BoilerplateKind.Advertisement, "advertisement")]
    [InlineData("ADVERTISEMENT", BoilerplateKind.Advertisement, "advertisement")]
    [InlineData("Advertisement - Continue Reading Below", BoilerplateKind.Advertisement, "advertisement")]
    [InlineData("Story continues below", BoilerplateKind.Advertisement, "advertisement")]
    [InlineData("A message from Saleby Marine: Boats built to last since 1921.", BoilerplateKind.Advertisement, "sponsor-message")]
    // Links
    [InlineData("Read more", BoilerplateKind.Link, "link-prompt")]
    [InlineData("Read more:", BoilerplateKind.Link, "link-prompt")]
    [InlineData("Related:", BoilerplateKind.Link, "link-prompt")]
    [InlineData("Related: Saleby pier to reopen in May", BoilerplateKind.Link, "labelled-link")]
    [InlineData("READ MORE: Ferry fares rise again", BoilerplateKind.Link, "labelled-link")]
    [InlineData("Ferry fares rise again Read more", BoilerplateKind.Link, "link-prompt")]
    [InlineData("Click here for the full report.", BoilerplateKind.Link, "click-prompt")]
    [InlineData("[Saleby council approves pier budget]", BoilerplateKind.Link, "bracketed-link")]
    [InlineData("► May 2: Saleby pier closes for repairs", BoilerplateKind.Link, "arrow-link")]
    [InlineData("Tide tables: https://example.org/tides", BoilerplateKind.Link, "link-line")]
    [InlineData("Video: How the harbour was rebuilt", BoilerplateKind.Link, "labelled-link")]
    // Share
    [InlineData("Share this story", BoilerplateKind.Share, "share-widget")]
    [InlineData("Share this article with a friend", BoilerplateKind.Share, "share-prompt")]
    [InlineData("Read or share this story: https://example.org/s/123", BoilerplateKind.Share, "share-prompt")]
    [InlineData("Share Tweet Email", BoilerplateKind.Share, "share-widget")]
    [InlineData("Follow us on Twitter", BoilerplateKind.Share, "follow-prompt")]
    [InlineData("Follow Jane Roe on Twitter @janeroe", BoilerplateKind.Share, "follow-prompt")]
    [InlineData("Jane Roe can be followed on Twitter at https://example.org/janeroe", BoilerplateKind.Share, "follow-prompt")]
    // Newsletters
    [InlineData("Sign up for our daily newsletter.", BoilerplateKind.Newsletter, "newsletter-prompt")]
    [InlineData("Subscribe to the Harbour Gazette newsletter", BoilerplateKind.Newsletter, "newsletter-prompt")]
    [InlineData("Get the latest news delivered to your inbox.", BoilerplateKind.Newsletter, "newsletter-prompt")]
    [InlineData("Like what you read? Our weekly newsletter has more.", BoilerplateKind.Newsletter, "newsletter-prompt")]
    // Copyright
    [InlineData("© 2021 Harbour Gazette. All rights reserved.", BoilerplateKind.Copyright, "copyright")]
    [InlineData("Copyright 2020 Saleby Broadcasting. All rights reserved.", BoilerplateKind.Copyright, "copyright")]
    [InlineData("This material may not be published, broadcast, rewritten or redistributed.", BoilerplateKind.Copyright, "copyright")]
    [InlineData("Republished with permission from the Saleby Review.", BoilerplateKind.Copyright, "reprint-permission")]
    // Bylines
    [InlineData("By Jane Roe", BoilerplateKind.Byline, "byline")]
    [InlineData("By JANE ROE Associated Wire", BoilerplateKind.Byline, "byline")]
    [InlineData("By Jane Roe and John Doe, staff writers", BoilerplateKind.Byline, "byline")]
    [InlineData("By Jane Roe (@janeroe; jroe@example.org)", BoilerplateKind.Byline, "byline")]
    [InlineData("Jane Roe, The Harbour Gazette", BoilerplateKind.Byline, "byline-outlet")]
    [InlineData("— Jane Roe", BoilerplateKind.Byline, "signature")]
    // Datelines
    [InlineData("KINGSPORT, Ore. (Wire) —", BoilerplateKind.Dateline, "bare-dateline")]
    [InlineData("SALEBY —", BoilerplateKind.Dateline, "bare-dateline")]
    // Embeds
    [InlineData("The ferry is back! pic.twitter.com/AbC123", BoilerplateKind.Embed, "social-post")]
    [InlineData("What a storm last night. — Jane Roe (@janeroe) May 1, 2019", BoilerplateKind.Embed, "social-post")]
    [InlineData("A post shared by Saleby Ferries (@salebyferries) on May 1, 2019 at 3:10pm PDT", BoilerplateKind.Embed, "social-post")]
    [InlineData("Embed Saleby ferry returns 0:45 autoplay autoplay Copy this code to your website or blog", BoilerplateKind.Embed, "video-embed")]
    // Other furniture
    [InlineData("Updated 3:45 p.m. ET", BoilerplateKind.Other, "timestamp")]
    [InlineData("Published 2 hours ago", BoilerplateKind.Other, "timestamp")]
    [InlineData("Posted on March 3, 2021 by Jane Roe", BoilerplateKind.Other, "timestamp")]
    [InlineData("Update, 4:10 p.m.: Adds comment from the mayor.", BoilerplateKind.Other, "update-note")]
    [InlineData("This article was originally published on the Saleby Review.", BoilerplateKind.Other, "publication-note")]
    [InlineData("Original article on Saleby Science.", BoilerplateKind.Other, "publication-note")]
    [InlineData("An earlier version of this story misstated the length of the pier.", BoilerplateKind.Other, "correction-note")]
    [InlineData("This is a developing story.", BoilerplateKind.Other, "developing-note")]
    [InlineData("We use cookies to improve your experience on this site.", BoilerplateKind.Other, "site-notice")]
    [InlineData("Comments are closed.", BoilerplateKind.Other, "site-notice")]
    [InlineData("Please enable JavaScript to view this page.", BoilerplateKind.Other, "site-notice")]
    [InlineData("1 / 12", BoilerplateKind.Other, "gallery-counter")]
    [InlineData("Play Video", BoilerplateKind.Other, "media-widget")]
    [InlineData("___", BoilerplateKind.Other, "separator")]
    public void Rule_RemovesWholeLine(string line, BoilerplateKind kind, string rule)
    {
        var text = "The harbour reopened on Monday.\n\n" + line + "\n\nFerries resumed at noon, the port said.";
        var cleaned = _filter.Clean(text);
        AssertInvariant(text, cleaned);
        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal(line, text.Substring(removed.Span.Start, removed.Span.Length));
        Assert.Equal((kind, rule), (removed.Kind, removed.Rule));
        Assert.Equal(["The harbour reopened on Monday.", "Ferries resumed at noon, the port said."], Kept(text, cleaned));
    }

    [Theory]
    [InlineData("LONDON (Wire) - The ferry sank in calm water.", "LONDON (Wire) -", "dateline")]
    [InlineData("KINGSPORT, Ore. (Wire) — The mayor resigned on Friday.", "KINGSPORT, Ore. (Wire) —", "dateline")]
    [InlineData("SALEBY, Ore.—Crews cleared the road on Tuesday.", "SALEBY, Ore.—", "dateline")]
    [InlineData("LE HAVRE, France — Dockers walked out on Monday.", "LE HAVRE, France —", "dateline")]
    [InlineData("(KWN) The mayor resigned on Friday.", "(KWN)", "agency-dateline")]
    [InlineData("(Harbour Wire) — The ferry sank in calm water.", "(Harbour Wire) —", "agency-dateline")]
    [InlineData("By Jane Roe May 3, 2021 in Science The tides rose higher than forecast.", "By Jane Roe May 3, 2021 in Science", "byline-prefix")]
    [InlineData("Update, 4:10 p.m. ET: The pier reopened after repairs.", "Update, 4:10 p.m. ET:", "update-label")]
    [InlineData("Story highlights Ferries will resume on Monday", "Story highlights", "story-label")]
    [InlineData("The pier at dusk. (Photo: Jane Roe) The council will vote on repairs next week.", "The pier at dusk. (Photo: Jane Roe)", "credited-caption")]
    public void Rule_RemovesPrefix(string line, string prefix, string rule)
    {
        var cleaned = _filter.Clean(line);
        AssertInvariant(line, cleaned);
        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal((prefix, rule), (line.Substring(removed.Span.Start, removed.Span.Length), removed.Rule));
        Assert.Equal(line[prefix.Length..].Trim(), Assert.Single(Kept(line, cleaned)));
    }

    [Fact]
    public void Rule_RemovesTrailingCreditOfLongParagraph()
    {
        var prose = string.Concat(Enumerable.Repeat("The council debated the cost of the new pier for hours before the vote. ", 10));
        var text = prose + "(Photo: Jane Roe)";
        var cleaned = _filter.Clean(text);
        AssertInvariant(text, cleaned);
        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal(("(Photo: Jane Roe)", BoilerplateKind.Credit), (text[removed.Span.Start..removed.Span.End], removed.Kind));
        Assert.Equal(prose.Trim(), Assert.Single(Kept(text, cleaned)));
    }

    [Theory]
    [InlineData("By the end of the day, the pier was closed.")]
    [InlineData("By Tuesday, most ferries were running again.")]
    [InlineData("Photo enthusiasts gathered on the quay at dawn.")]
    [InlineData("Advertising revenue fell by a third last year.")]
    [InlineData("More than 200 people were evacuated.")]
    [InlineData("Related news reached the council on Friday.")]
    [InlineData("Share prices fell 3 percent.")]
    [InlineData("Updated figures show the harbour lost 12 boats.")]
    [InlineData("Click and collect sales rose sharply.")]
    [InlineData("Getty Images shares rose 5 percent.")]
    [InlineData("Jane Roe, 42, of Saleby, was arrested.")]
    [InlineData("In this town, everyone knows the ferryman.")]
    [InlineData("This image of the city is false, the mayor said.")]
    [InlineData("Comments from residents were mixed.")]
    [InlineData("Source: the agency's own figures show a rise.")]
    [InlineData("WASHINGTON state lawmakers passed the bill.")]
    [InlineData("Jane Roe is an excellent sailor and the whole crew trusts her.")]
    [InlineData("He said it was fine.")]
    [InlineData("No.")]
    [InlineData("Yes")]
    [InlineData("Why now?")]
    [InlineData("The robot was fine.")]
    [InlineData("Harbour Master: We are ready.")]
    [InlineData("“It is over,” she said.")]
    [InlineData("Subscribers to the ferry pass will pay less, the council said.")]
    [InlineData("The newsletter, she said, told members to sign up before May.")]
    [InlineData("Copyright lawyers say the case is weak.")]
    [InlineData("NASA — the space agency — will launch in May.")]
    [InlineData("(Harbour Wire) The ferry sank in calm water.")]
    [InlineData("The mayor paused before the key question. Credit: the crew deserves it, she said.")]
    [InlineData("The Internet Archive, the nonprofit library behind the Wayback Machine, said on Friday that its crawls of local news sites had doubled since the spring, after dozens of small papers in the region closed and their websites went dark. Librarians in Saleby told the council that the archived pages are now the only record of twenty years of council meetings, court cases and obituaries, and asked for money to keep copies of their own.")]
    public void Rule_KeepsProse(string line)
    {
        var (_, cleaned) = CleanBetweenProse(line);
        Assert.Empty(cleaned.Removed);
        Assert.Equal(3, cleaned.Paragraphs.Length);
    }

    [Theory]
    [InlineData("These crawls gather the pages of regional newspapers as they appear and keep the pages they link to, so that a reader who follows an old link later finds the version that was live when the story was written. The Internet Archive hopes to put these copies in place of links that would otherwise break, and to let people see what the page's authors first meant. Crawls of the Saleby coast newspapers are added every week.")]
    [InlineData("This is a set of web collections curated by the Kingsport Harbour Trust using the Archive-It service of the Internet Archive. They include web captures of the trust's own website and of the ferry timetables it publishes. These captures are open to the general public; for more about this collection please write to the trust's librarian.")]
    public void Rule_RemovesLongWebArchiveDescription(string line)
    {
        // A failed capture in a web-archive crawl leaves the archive's description of its crawl in place of
        // the article: longer than other notices, so it has its own rule.
        var (text, cleaned) = CleanBetweenProse(line);
        var removed = Assert.Single(cleaned.Removed);
        Assert.Equal((line, "site-notice"), (text.Substring(removed.Span.Start, removed.Span.Length), removed.Rule));
    }

    /// <summary><paramref name="line"/> as the middle paragraph between two of prose, cleaned and checked.</summary>
    private (string Text, CleanedText Cleaned) CleanBetweenProse(string line)
    {
        var text = "The harbour reopened on Monday.\n\n" + line + "\n\nFerries resumed at noon, the port said.";
        var cleaned = _filter.Clean(text);
        AssertInvariant(text, cleaned);
        return (text, cleaned);
    }

    [Fact]
    public void Rule_RegressionHyphenatedAcronymIsNotADateline()
    {
        // Bug: "ISIS-K" was cut as a dateline "ISIS-" because a hyphen without a space counted as its dash.
        const string text = "SALE-K claimed the attack on Sunday, officials said.";
        Assert.Empty(_filter.Clean(text).Removed);
    }

    [Fact]
    public void Rule_RegressionVideoFromIsProseNotALink()
    {
        // Bug: "Video from …" matched the "Video by/from <credit>" label and the line was removed as a link.
        const string text = "Video from the harbour showed waves breaking over the wall.";
        Assert.Empty(_filter.Clean(text).Removed);
    }

    [Fact]
    public void Rule_RegressionUpdateLabelIncludesItsTime()
    {
        // Bug: the update label stopped at the colon inside "4:10", leaving "10 p.m.: …" in the prose.
        const string text = "Update, 4:10 p.m.: The pier reopened after repairs.";
        var cleaned = _filter.Clean(text);
        Assert.Equal(["The pier reopened after repairs."], Kept(text, cleaned));
    }

    [Fact]
    public void Rule_RegressionPraiseAtTheEndIsNotAnAuthorBio()
    {
        // Bug: a quoted statement closing the article ("X is an excellent journalist and …") was removed as the
        // author's biography.
        const string text = "The network issued a statement.\n\nJane Roe is an excellent journalist and the whole newsroom stands behind her.";
        Assert.Empty(_filter.Clean(text).Removed);
    }
}
