using Crosswire.Comparison.Entities;
using Crosswire.Core.Errors;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Comparison.Tests.Entities;

public sealed class EntityRecognizerTests
{
    private static List<EntityMention> Mentions(string text, string? source = null) =>
        [.. EntityRecognizer.Default.Recognize(TextPipeline.Default.Analyze(ArticleKit.Article(text, source: source)))];

    private static List<Entity> Entities(params string[] texts) =>
        [.. EntityResolver.Default.Resolve(texts.Select((t, i) => TextPipeline.Default.Analyze(ArticleKit.Article(t, id: "a" + (i + 1)))).ToList())];

    [Fact]
    public void Recognizer_MovesJobTitleToTitleAndKeepsHonorific()
    {
        var mentions = Mentions("Harbour Minister Talia Brennock met Dr Osric Penhale in the morning. Mr Penhale, 61, said little.");
        var talia = Assert.Single(mentions, m => m.Text == "Talia Brennock");
        Assert.Equal("Harbour Minister", talia.Title);
        Assert.Equal(EntityType.Person, talia.Type);
        Assert.Contains(mentions, m => m.Text == "Dr Osric Penhale" && m.Type == EntityType.Person);
        Assert.Contains(mentions, m => m.Text == "Mr Penhale" && m.Gender == PersonGender.Male);
    }

    [Fact]
    public void Recognizer_TypesOrganisationsBySuffixAndAcronymInBrackets()
    {
        var mentions = Mentions("The Lowmere Ferry Authority (LFA) fined Quayside Rope Ltd after an inspection at Lowmere Crown Court.");
        Assert.Contains(mentions, m => m.Text == "Lowmere Ferry Authority" && m.Type == EntityType.Organization);
        Assert.Contains(mentions, m => m.Text == "LFA" && m.LongForm == "Lowmere Ferry Authority");
        Assert.Contains(mentions, m => m.Text == "Quayside Rope Ltd" && m.Type == EntityType.Organization);
        Assert.Contains(mentions, m => m.Text == "Lowmere Crown Court" && m.Type == EntityType.Organization);
        Assert.DoesNotContain(mentions, m => m.Text == "Lowmere");
    }

    [Fact]
    public void Recognizer_TypesPlacesByGazetteerSuffixAndPreposition()
    {
        var mentions = Mentions("Crews drove from Portugal to a depot on Fennick Road in Brayholt, near Madrid.");
        Assert.Contains(mentions, m => m.Text == "Portugal" && m.Type == EntityType.Place);
        Assert.Contains(mentions, m => m.Text == "Fennick Road" && m.Type == EntityType.Place);
        Assert.Contains(mentions, m => m.Text == "Brayholt" && m.Type == EntityType.Place);
        Assert.Contains(mentions, m => m.Text == "Madrid" && m.Type == EntityType.Place);
    }

    [Fact]
    public void Recognizer_LeavesOutDemonymsEventsAndPossessives()
    {
        var mentions = Mentions("Norwegian fans watched the Western Shield Cup. The Clarion's editor, Wendel Hask, was there.");
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Norwegian", StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Cup", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.Text == "Clarion");
        Assert.Contains(mentions, m => m.Text == "Wendel Hask" && m.Type == EntityType.Person);
    }

    [Fact]
    public void Recognizer_MarksSentenceInitialUnknownWordTentative()
    {
        var mentions = Mentions("Sentencing began late. Oddly, nobody came.");
        Assert.All(mentions, m => Assert.True(m.IsTentative));
    }

    [Fact]
    public void Recognizer_ReadsDatelinePlace()
    {
        var mentions = Mentions("BRAYHOLT (Coastline Wire) - A ferry ran aground on Tuesday, officials said.");
        var dateline = Assert.Single(mentions, m => m.IsDateline);
        Assert.Equal("BRAYHOLT", dateline.Text);
        Assert.Equal(EntityType.Place, dateline.Type);
        Assert.DoesNotContain(mentions, m => m.Text.Contains("Coastline", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolver_JoinsSurnameHonorificAndAcronymToFullNames()
    {
        var entities = Entities(
            "Talia Brennock resigned. The Lowmere Ferry Authority (LFA) said Ms Brennock had done nothing wrong.",
            "Brennock left the LFA building. The United Kingdom and Britain were both mentioned, as was the UK.");
        var talia = Assert.Single(entities, e => e.Name == "Talia Brennock");
        Assert.Equal(["Talia Brennock", "Ms Brennock", "Brennock"], talia.Mentions.Select(m => m.Text));
        Assert.Equal(PersonGender.Female, talia.Gender);
        var authority = Assert.Single(entities, e => e.Name == "Lowmere Ferry Authority");
        Assert.Contains("LFA", authority.Aliases);
        var uk = Assert.Single(entities, e => e.Name == "United Kingdom");
        Assert.Equal(3, uk.Mentions.Length);
    }

    [Fact]
    public void Resolver_CollectsRoles()
    {
        var entities = Entities("Judge Marnie Oakes sentenced him. The court's chair, Ivo Dennet, spoke later. Oakes left.");
        Assert.Contains("Judge", Assert.Single(entities, e => e.Name == "Marnie Oakes").Roles);
        Assert.Contains("chair", Assert.Single(entities, e => e.Name == "Ivo Dennet").Roles);
    }

    [Fact]
    public void Resolver_DropsTentativeMentionsNamedNowhereElse()
    {
        var entities = Entities("Sentencing took an hour. Pellick, who wore grey, said nothing. Rosa Pellick left.");
        Assert.DoesNotContain(entities, e => e.Name == "Sentencing");
        Assert.Equal(2, Assert.Single(entities, e => e.Name == "Rosa Pellick").Mentions.Length);
    }

    [Fact]
    public void Resolver_RejectsDuplicateArticleIds()
    {
        var article = TextPipeline.Default.Analyze(ArticleKit.Article("Talia Brennock resigned."));
        var error = Assert.Throws<CrosswireException>(() => EntityResolver.Default.Resolve([article, article]));
        Assert.Equal("E014", error.Code);
    }

    [Fact]
    public void Recognizer_SurvivesRandomInput()
    {
        var random = new Random(7);
        const string alphabet = "Aa Bb Zz .,;:\"'“”‘’()-–—&\n\n0123 Mr Dr said THE of and";
        for (var round = 0; round < 200; round++)
        {
            var chars = new char[random.Next(0, 400)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var analyzed = TextPipeline.Default.Analyze(ArticleKit.Article(text));
            var entities = EntityResolver.Default.Resolve([analyzed]);
            var quotes = Crosswire.Comparison.Quotes.QuoteExtractor.Default.Extract(analyzed, entities);
            Assert.All(entities.SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, text.Substring(m.Span.Start, m.Span.Length)));
            Assert.All(quotes, q => Assert.Equal(q.Words, text.Substring(q.Text.Start, q.Text.Length)));
        }
    }

    [Fact]
    public void Recognizer_PartyAffiliationIsNotPartOfTheName()
    {
        var mentions = Mentions("The mailer attacked Democrat Orla Fenwright, and Republican Tobias Quell defended it on Friday.");
        Assert.Contains(mentions, m => m.Text == "Orla Fenwright" && m.Type == EntityType.Person);
        Assert.Contains(mentions, m => m.Text == "Tobias Quell" && m.Type == EntityType.Person);
        Assert.DoesNotContain(mentions, m => m.Text.StartsWith("Democrat", StringComparison.Ordinal) || m.Text.StartsWith("Republican", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognizer_ContractionOfIIsNotAName()
    {
        Assert.Empty(Mentions("\"I've never seen anything like it,\" the farmer said. \"I'm still shaking.\""));
    }

    [Theory]
    [InlineData("MUST WATCH Storm damage in the valley was severe, the crews said.")]
    [InlineData("TOP TWEETS of the day were mostly about the storm.")]
    [InlineData("SURVEY OF ODRAN VESK found that most voters were undecided.")]
    public void Recognizer_CapitalsKickerIsNotAName(string text)
    {
        Assert.DoesNotContain(Mentions(text), m => m.Text.Any(char.IsUpper) && !m.Text.Any(char.IsLower));
    }

    [Fact]
    public void Recognizer_SplitsOutletPossessiveBeforeAPersonsName()
    {
        // Regression: "Wirefeed's Adrian Pellard" was one person mention.
        var mentions = Mentions("Earlier, Wirefeed's Adrian Pellard asked the governor about the budget.");
        Assert.Contains(mentions, m => m.Text == "Adrian Pellard" && m.Type == EntityType.Person);
        Assert.Contains(mentions, m => m.Text == "Wirefeed");
    }

    [Fact]
    public void Recognizer_UsStateAbbreviationIsAPlace()
    {
        var mentions = Mentions("The plant in Grayton, Mich., closed in 2019.");
        Assert.Contains(mentions, m => m.Text == "Mich." && m.Type == EntityType.Place);
    }

    [Fact]
    public void Recognizer_TrimsArticleGluedToTheEndOfAName()
    {
        var mentions = Mentions("Photos: Scenes from Dunmarrow\nDunmarrow A crowd gathered outside the town hall on Sunday.");
        Assert.DoesNotContain(mentions, m => m.Text.EndsWith(" A", StringComparison.Ordinal));
    }

    [Fact]
    public void Resolver_LoneWordWithoutPersonCueIsAnOrganisation()
    {
        // Regression: "Greenpeace said" made an organisation a person.
        var entities = Entities("On Monday Brightleaf said the climbers were safe. The group Brightleaf has protested at the tower before.");
        var entity = Assert.Single(entities, e => e.Name == "Brightleaf");
        Assert.Equal(EntityType.Organization, entity.Type);
    }

    [Fact]
    public void Resolver_LoneSurnameOfAPersonNamedInFullStaysAPerson()
    {
        var entities = Entities("Harun Veskel and Dilan Veskel run the farm. Veskel said the harvest was poor.");
        Assert.DoesNotContain(entities, e => e.Name == "Veskel" && e.Type == EntityType.Organization);
    }

    [Fact]
    public void Recognizer_HyphenatedAdjectiveIsNotAName()
    {
        var mentions = Mentions("The Ohio-based firm and a Qatari-owned tower were named on Sundays by Hispanic voters.");
        Assert.Empty(mentions);
    }
}
