using Crosswire.Comparison.Entities;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Comparison.Tests.Entities;

/// <summary>Type decisions for lone words, places without a gazetteer entry, headings and role phrases.</summary>
public sealed class EntityTypingTests
{
    private static List<Entity> Entities(params string[] texts) =>
        [.. EntityResolver.Default.Resolve(texts.Select((t, i) => TextPipeline.Default.Analyze(ArticleKit.Article(t, id: "a" + (i + 1)))).ToList())];

    private static EntityType TypeOf(List<Entity> entities, string name) => Assert.Single(entities, e => e.Name == name).Type;

    [Fact]
    public void Resolver_CoordinatedNameAfterLocativeIsAPlace()
    {
        var entities = Entities("The union said workers in Orlick and Penmarrow had been told nothing.");
        Assert.Equal(EntityType.Place, TypeOf(entities, "Orlick"));
        Assert.Equal(EntityType.Place, TypeOf(entities, "Penmarrow"));
    }

    [Theory]
    [InlineData("Lorries will be sent through Quarrytown instead, the council said.", "Quarrytown")]
    [InlineData("The ferry sailed towards Brackenmouth before dawn.", "Brackenmouth")]
    [InlineData("The minister arrived at Fellsbury on Monday night.", "Fellsbury")]
    [InlineData("Residents of the Ollerby estate said they were worried.", "Ollerby")]
    public void Resolver_LoneWordWithPlaceCueIsAPlace(string sentence, string name)
    {
        Assert.Equal(EntityType.Place, TypeOf(Entities(sentence), name));
    }

    [Fact]
    public void Resolver_LoneWordWithPlaceEndingAndNoOtherCueIsAPlace()
    {
        // Regression: a lone word with no person cue was made an organisation ("Grangetown").
        var entities = Entities("The new depot will be built beside Saltington, which lost its mill in 1990.");
        Assert.Equal(EntityType.Place, TypeOf(entities, "Saltington"));
    }

    [Fact]
    public void Resolver_AnalystAtOrganisationIsNotAPlace()
    {
        var entities = Entities("\"Prices will rise,\" said Mina Corrow, an analyst at Pellbrook Securities.");
        Assert.Equal(EntityType.Organization, TypeOf(entities, "Pellbrook Securities"));
    }

    [Fact]
    public void Resolver_RiverAndPartOfPlaceAreRiverNames()
    {
        // Regression: "River Tees" and "the Tees" after "the south bank of" were organisations.
        var entities = Entities("The site lies on the south bank of the Brathe. Crews waded into the River Ombry on Tuesday.");
        Assert.Equal(EntityType.Place, TypeOf(entities, "Brathe"));
        Assert.Equal(EntityType.Place, TypeOf(entities, "River Ombry"));
    }

    [Fact]
    public void Resolver_CompassRegionIsAPlace()
    {
        var entities = Entities("The plant will be built in the North East of England, the company said.");
        Assert.Equal(EntityType.Place, TypeOf(entities, "North East"));
    }

    [Fact]
    public void Recognizer_ContinentalAdjectiveIsNotAName()
    {
        var entities = Entities("The two countries, at either end of the Eurasian continent, signed the pact.");
        Assert.DoesNotContain(entities, e => e.Name == "Eurasian");
    }

    [Fact]
    public void Recognizer_NumberedHeadingWordIsNotAName()
    {
        // Regression: "2. Critical minerals." gave an organisation "Critical".
        var entities = Entities("1. Trade.\n\nThe two sides will meet in May.\n\n2. Critical minerals. The governments will share data.\n\n3) Maritime security. Navies will train together.");
        Assert.DoesNotContain(entities, e => e.Name is "Critical" or "Maritime" or "Trade");
    }

    [Fact]
    public void Recognizer_TitleLineAndBylineRoleAreNotNames()
    {
        // Regression: "Joint Statement" was a person, and so was the byline role "Business Reporter".
        var entities = Entities("Joint Statement by the Governors of Ardmore and Kelvane\n\nThe governors met in Ardmore on Monday.",
            "Business Reporter\n\nThe factory will open next year, the firm said.");
        Assert.DoesNotContain(entities, e => e.Name is "Joint Statement" or "Business Reporter");
    }

    [Fact]
    public void Recognizer_TitleOfOrganisationLeavesTheOrganisation()
    {
        // Regression: "Chief Executive Officer of Corvale" gave a person named "of Corvale".
        var entities = Entities(
            "\"We are pleased,\" said Dr Anna Brevik, Chief Executive Officer of Holvane. The Prime Minister of Japan welcomed it. Sales at the firm rose.");
        Assert.DoesNotContain(entities, e => e.Name.StartsWith("of ", StringComparison.Ordinal));
        Assert.Equal(EntityType.Organization, TypeOf(entities, "Holvane"));
        Assert.Equal(EntityType.Place, TypeOf(entities, "Japan"));
    }

    [Fact]
    public void Recognizer_HeadOfDepartmentIsARoleNotAnOrganisation()
    {
        var entities = Entities("Media enquiries: Pia Sundby, Head of Communications, on the usual number.");
        Assert.DoesNotContain(entities, e => e.Name.Contains("Communications", StringComparison.Ordinal));
    }

    [Fact]
    public void Recognizer_PluralPossessiveInsideOrganisationNameDoesNotSplitIt()
    {
        // Regression: "the Kansai Manufacturers' Association" gave "Kansai Manufacturers" and "Association".
        var entities = Entities("Ren Ota, chairman of the Oribe Manufacturers' Association, welcomed the deal.");
        Assert.Equal(EntityType.Organization, TypeOf(entities, "Oribe Manufacturers' Association"));
        Assert.DoesNotContain(entities, e => e.Name == "Association");
    }

    [Fact]
    public void Recognizer_CodesLettersAndStormsAreNotNames()
    {
        var entities = Entities("Tovane Bio A/S (TOVB) said its vaccine TVB-12 worked in the LUMEN-2 trial, a Phase 3 study, despite Storm Idris.");
        Assert.DoesNotContain(entities, e => e.Name is "S" or "TVB-12" or "LUMEN-2" or "Phase" or "Storm Idris");
        Assert.Equal(EntityType.Organization, TypeOf(entities, "Tovane Bio"));
    }

    [Fact]
    public void Recognizer_CapitalsDatelineInsideFirstSentenceIsAPlace()
    {
        var entities = Entities("HOLMSUND, Sweden, 3 March 2026 — Tovane Bio said today that its trial had succeeded.");
        Assert.Equal(EntityType.Place, TypeOf(entities, "Holmsund"));
    }

    [Fact]
    public void Recognizer_JobTitleBeforeSurnameLikePlaceWordKeepsAPerson()
    {
        // Regression: "operations director Helen Marsh" was a place (Marsh is a place-name suffix).
        var entities = Entities("\"We tried to keep them short,\" said operations director Helen Marsh.");
        Assert.Equal(EntityType.Person, TypeOf(entities, "Helen Marsh"));
    }

    [Fact]
    public void Recognizer_PluralGroupAfterInIsAnOrganisation()
    {
        var entities = Entities("Shares in Pellmoor Vaccines fell 8%.");
        Assert.Equal(EntityType.Organization, TypeOf(entities, "Pellmoor Vaccines"));
    }

    [Fact]
    public void Resolver_FootballClubsInAMatchReportAreOrganisations()
    {
        // Regression: "Ashby Town" and "Rovers" in a cup-tie report were typed as people.
        var entities = Entities(
            "Goalkeeper Ned Varley saved two penalties as Brindle Rovers beat Ashby Town in a shoot-out on Tuesday. "
            + "Ashby's captain scored the opening goal before Rovers substitute Kai Dunn equalised late in the match. "
            + "Rovers manager Joan Pike said her squad had ridden their luck.");
        Assert.Equal(EntityType.Organization, TypeOf(entities, "Ashby Town"));
        Assert.Equal(EntityType.Organization, TypeOf(entities, "Brindle Rovers"));
        Assert.DoesNotContain(entities, e => e.Name == "Rovers" || e.Name == "Ashby");
        Assert.Contains("Rovers", Assert.Single(entities, e => e.Name == "Brindle Rovers").Aliases);
    }

    [Fact]
    public void Resolver_TownNameOutsideSportIsAPlace()
    {
        var entities = Entities("Lorries will be kept away from the old centre of Harwick Town under the new plan.");
        Assert.Equal(EntityType.Place, TypeOf(entities, "Harwick Town"));
    }

    [Fact]
    public void Resolver_GazetteerCityInAMatchReportStaysAPlace()
    {
        var entities = Entities(
            "The visitors scored twice in the second half as the match in Kansas City ended 2-0. "
            + "The goalkeeper was booked and the referee sent off a defender before the final whistle.");
        Assert.Equal(EntityType.Place, TypeOf(entities, "Kansas City"));
    }

    [Theory]
    [InlineData("After the talks stalled, Varkonyi said he would not attend the summit.")]
    [InlineData("The samples were studied by Ostrander and her colleagues over two winters.")]
    [InlineData("Critics said the Halloway administration had ignored the warnings.")]
    [InlineData("The rally was led by Quimby, who spoke for an hour.")]
    [InlineData("On Tuesday, Delacroix's wife declined to comment.")]
    public void Resolver_LoneSurnameWithPersonCueStaysAPerson(string text)
    {
        // Regression: a person named by surname only ("Varkonyi said he") became an organisation.
        var entity = Assert.Single(Entities(text));
        Assert.Equal(EntityType.Person, entity.Type);
    }

    [Theory]
    [InlineData("Staff were told on Monday that the site would close, and Corvane said the plan was final.", "Corvane")]
    [InlineData("The minister told Brightpost he would not resign, and on Friday Brightpost published the interview.", "Brightpost")]
    public void Resolver_LoneOrganisationWithoutPersonCueStaysAnOrganisation(string text, string name)
    {
        Assert.Equal(EntityType.Organization, TypeOf(Entities(text), name));
    }

    [Fact]
    public void Resolver_FullNameAfterFromIsAPersonAndKeepsItsSurname()
    {
        // Regression: a full name after "from" ("from Walter Brisk Jr.") was a place, so the later surname
        // alone became an organisation.
        var entities = Entities("The result was close to that won by Harriet Cole four years ago. The endorsement came from Walter Brisk Jr. last week. "
            + "Later Brisk had lost the support of the board.");
        Assert.Equal(EntityType.Person, TypeOf(entities, "Walter Brisk Jr."));
        Assert.Contains("Brisk", Assert.Single(entities, e => e.Name == "Walter Brisk Jr.").Aliases);
    }

    [Fact]
    public void Recognizer_DemonymBeforePlaceSuffixIsPartOfThePlace()
    {
        // Regression: a demonym was stripped before a place suffix, leaving "Peninsula" as an organisation.
        var entities = Entities("Trawlers were turned back off the Iberian Peninsula, the minister said.");
        Assert.Equal(EntityType.Place, TypeOf(entities, "Iberian Peninsula"));
        Assert.DoesNotContain(entities, e => e.Name == "Peninsula");
    }

    [Fact]
    public void Resolver_LoneNameListedWithAFirstNameIsAPerson()
    {
        var entities = Entities("The new editor worked with Quarrington, Susan and Pellow at the magazine for ten years.");
        Assert.Equal(EntityType.Person, TypeOf(entities, "Quarrington"));
        Assert.Equal(EntityType.Person, TypeOf(entities, "Pellow"));
    }
}
