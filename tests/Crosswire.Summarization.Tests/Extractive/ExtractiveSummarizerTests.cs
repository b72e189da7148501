using System.Text;
using Crosswire.Core.Errors;
using Crosswire.Summarization.Attribution;
using Crosswire.Summarization.Extractive;
using Xunit;

namespace Crosswire.Summarization.Tests.Extractive;

public sealed class ExtractiveSummarizerTests
{
    // An invented story told by three outlets of the fictional town of Wenlow.
    private const string Valley =
        "Flood water from the river Ossel swept through the centre of Wenlow on Sunday night, forcing two hundred residents from their homes.\n\n"
        + "The town council opened an emergency shelter in the Wenlow sports hall on Monday morning.\n\n"
        + "Local baker Imre Falk said the water had reached the counter of his shop within an hour.\n\n"
        + "Engineers from the regional water board will inspect the Ossel flood wall later this week.";

    private const string Courier =
        "Two hundred residents of Wenlow left their homes after the river Ossel flooded the town centre on Sunday night.\n\n"
        + "An emergency shelter opened in the Wenlow sports hall, the town council said on Monday.\n\n"
        + "The regional water board said its engineers would inspect the Ossel flood wall this week.\n\n"
        + "Football fixtures at the Wenlow ground have been postponed until the pitch has dried out.";

    private const string Bulletin =
        "The river Ossel burst its banks in Wenlow on Sunday night and two hundred residents had to leave their homes.\n\n"
        + "Residents who need a bed can go to the emergency shelter in the Wenlow sports hall, the council said.\n\n"
        + "A collection for families who lost belongings has raised three thousand pounds so far.";

    [Fact]
    public void Summarizer_StaysWithinBudgetWithWholeSentences()
    {
        var articles = StoryKit.Story(Valley, Courier, Bulletin);
        var summary = new ExtractiveSummarizer().Summarize("wenlow", articles, words: 40);

        Assert.NotEmpty(summary.Sentences);
        Assert.True(summary.Words <= 40, $"{summary.Words} words");
        foreach (var sentence in summary.Sentences)
        {
            var article = articles.Single(a => a.Article.Id == sentence.ArticleId);
            Assert.Contains(article.Sentences, s => s.Span == sentence.Span);
            Assert.Equal(sentence.Text, string.Join(' ', article.Article.Slice(sentence.Span).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        }
    }

    [Fact]
    public void Summarizer_LeadsWithTheFactEveryOutletReports()
    {
        var summary = new ExtractiveSummarizer().Summarize("wenlow", StoryKit.Story(Valley, Courier, Bulletin), words: 30);

        var first = summary.Sentences[0];
        Assert.Contains("two hundred residents", first.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, first.Sources.Length);
    }

    [Fact]
    public void Summarizer_NeverRepeatsAFactItAlreadySelected()
    {
        var summary = new ExtractiveSummarizer().Summarize("wenlow", StoryKit.Story(Valley, Courier, Bulletin), words: 300);

        Assert.Single(summary.Sentences, s => s.Text.Contains("two hundred residents", StringComparison.OrdinalIgnoreCase));
        Assert.Single(summary.Sentences, s => s.Text.Contains("sports hall", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Summarizer_AttributesEverySentenceToTheArticlesReportingIt()
    {
        var summary = new ExtractiveSummarizer().Summarize("wenlow", StoryKit.Story(Valley, Courier, Bulletin), words: 300);

        var shelter = summary.Sentences.Single(s => s.Text.Contains("sports hall", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(["a1", "a2", "a3"], shelter.Sources.Order());
        var baker = summary.Sentences.SingleOrDefault(s => s.Text.Contains("Imre Falk", StringComparison.Ordinal));
        if (baker is not null)
        {
            Assert.Equal(["a1"], baker.Sources);
        }

        Assert.All(shelter.Attributions, match => Assert.Equal(SourceMatchKind.Corroboration, match.Kind));
    }

    [Fact]
    public void Summarizer_OneArticleStory_SummarizesIt()
    {
        var summary = new ExtractiveSummarizer().Summarize("one", StoryKit.Story(Valley), words: 50);

        Assert.NotEmpty(summary.Sentences);
        Assert.All(summary.Sentences, s => Assert.Equal(["a1"], s.Sources));
    }

    [Fact]
    public void Summarizer_AllArticlesTheSameText_RecognisesCopiesAndSelectsEachSentenceOnce()
    {
        var summary = new ExtractiveSummarizer().Summarize("same", StoryKit.Story(Valley, Valley, Valley), words: 300);

        Assert.Equal(2, summary.Copies.Length);
        Assert.All(summary.Copies, copy => Assert.Equal("a1", copy.OriginalId));
        Assert.Equal(summary.Sentences.Length, summary.Sentences.Select(s => s.Text).Distinct().Count());
        Assert.All(summary.Sentences, s => Assert.All(s.Attributions, match => Assert.Equal(SourceMatchKind.Copy, match.Kind)));
    }

    [Fact]
    public void Summarizer_EmptyAndCaptionOnlyArticles_GiveAClearError()
    {
        var articles = StoryKit.Story("Photo: Getty Images", "   ");

        var error = Assert.Throws<CrosswireException>(() => new ExtractiveSummarizer().Summarize("blank", articles));
        Assert.Equal("E152", error.Code);
        Assert.Contains("blank", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Summarizer_CaptionOnlyArticleInAStory_IsIgnored()
    {
        var summary = new ExtractiveSummarizer().Summarize("mixed", StoryKit.Story(Valley, "Photo: Getty Images"), words: 300);

        Assert.All(summary.Sentences, s => Assert.Equal("a1", s.ArticleId));
    }

    [Fact]
    public void Summarizer_OneMegabyteArticle_SummarizesWithinBudget()
    {
        var text = new StringBuilder();
        for (var i = 0; text.Length < 1_000_000; i++)
        {
            text.Append("Inspectors from the Wenlow water board counted ").Append(i).Append(" sandbags along stretch ")
                .Append(i % 97).Append(" of the Ossel flood wall on Tuesday.\n\n");
        }

        var summary = new ExtractiveSummarizer().Summarize("long", [StoryKit.Analyzed(text.ToString())], words: 100);

        Assert.NotEmpty(summary.Sentences);
        Assert.True(summary.Words <= 100);
    }

    [Fact]
    public void Summarizer_NonEnglishText_SummarizesIt()
    {
        var articles = StoryKit.Story(
            "Le conseil municipal de Wenlow a ouvert un centre d'accueil dans le gymnase lundi matin. Deux cents habitants ont quitté leur maison après la crue de l'Ossel dimanche soir.",
            "Deux cents habitants de Wenlow ont dû quitter leur maison dimanche soir après la crue de l'Ossel. Les ingénieurs inspecteront la digue cette semaine.");

        var summary = new ExtractiveSummarizer().Summarize("fr", articles, words: 60);

        Assert.NotEmpty(summary.Sentences);
        Assert.True(summary.Words <= 60);
    }

    [Fact]
    public void Summarizer_CyrillicHeadlinesOnly_FallsBackToShortSentences()
    {
        var articles = StoryKit.Story("Наводнение в городе Венлов", "Жители Венлова покинули дома");

        var summary = new ExtractiveSummarizer().Summarize("ru", articles, words: 20);

        Assert.NotEmpty(summary.Sentences);
    }

    [Fact]
    public void Summarizer_DanglingSentence_ComesOnlyAfterTheSentenceItLeansOn()
    {
        var lead = "Wenlow council leader Ada Brenner announced a review of the Ossel flood defences on Monday.";
        var dangling = "She said the review would report to the regional water board before the winter storms.";
        var summary = new ExtractiveSummarizer().Summarize("dangling", StoryKit.Story(lead + " " + dangling), words: 300);

        var texts = summary.Sentences.Select(s => s.Text).ToList();
        var at = texts.IndexOf(dangling);
        if (at >= 0)
        {
            Assert.True(at > 0 && texts[at - 1] == lead, string.Join(" | ", texts));
        }
    }

    [Fact]
    public void Summarizer_BadBudget_IsE150()
    {
        var error = Assert.Throws<CrosswireException>(() => new ExtractiveSummarizer().Summarize("s", StoryKit.Story(Valley), words: 0));
        Assert.Equal("E150", error.Code);
    }

    [Fact]
    public void Summarizer_NoArticles_IsE151()
    {
        var error = Assert.Throws<CrosswireException>(() => new ExtractiveSummarizer().Summarize("s", [], words: 10));
        Assert.Equal("E151", error.Code);
    }

    [Fact]
    public void Summarizer_RepeatedArticleId_IsE156()
    {
        var article = StoryKit.Analyzed(Valley);
        var error = Assert.Throws<CrosswireException>(() => new ExtractiveSummarizer().Summarize("s", [article, article], words: 10));
        Assert.Equal("E156", error.Code);
    }

    [Fact]
    public void SummarizerOptions_OutOfRange_IsE153()
    {
        var error = Assert.Throws<CrosswireException>(() => new ExtractiveSummarizer(SummarizerOptions.Default with { RedundancyThreshold = 0 }));
        Assert.Equal("E153", error.Code);
    }
}
