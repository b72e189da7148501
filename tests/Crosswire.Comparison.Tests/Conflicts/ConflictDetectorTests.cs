using System.Collections.Immutable;
using Crosswire.Comparison.Conflicts;
using Crosswire.Comparison.Entities;
using Crosswire.Comparison.Timeline;
using Crosswire.Summarization.Stories;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Comparison.Tests.Conflicts;

/// <summary>Conflicts between invented articles, run through the real reader, tagger and entity resolver.</summary>
public sealed class ConflictDetectorTests
{
    private static readonly DateTimeOffset Tuesday = new(2026, 3, 17, 9, 0, 0, TimeSpan.Zero);

    private static ImmutableArray<Conflict> Detect(params string[] texts)
    {
        var analyzed = texts.Select((t, i) => TextPipeline.Default.Analyze(ArticleKit.Article(t, $"a{i + 1}", source: $"Outlet {i + 1}", published: Tuesday))).ToList();
        var story = new StoryIndexer().Index("story", analyzed);
        var dates = analyzed.SelectMany(a => TemporalTagger.Default.Tag(a)).ToList();
        var values = new StatedValueReader().Read(story, dates, EntityResolver.Default.Resolve(analyzed));
        return new ConflictDetector().Detect(story, values);
    }

    [Fact]
    public void ConflictDetector_ComparesLeadersWhoseRoleIsWordedDifferently()
    {
        var conflicts = Detect(
            "The survey of the Marrow Reef, led by Dr Helen Achterberg of the Coastline Institute, mapped 40 wrecks over the summer months.",
            "Professor Tobias Lindqvist, who led the survey of the Marrow Reef for the Coastline Institute, said the wrecks were well preserved.");

        var conflict = Assert.Single(conflicts, c => c.Kind == ConflictKind.Participant);
        Assert.Equal(["Helen Achterberg", "Tobias Lindqvist"], conflict.Variants.Select(v => v.Value));
    }

    [Fact]
    public void ConflictDetector_ComparesABuyingPersonWithABuyingOrganisation()
    {
        var conflicts = Detect(
            "The painting of the harbour at Dunmere was bought by the Quayside Art Trust after a long bidding contest in the saleroom.",
            "The painting of the harbour at Dunmere was bought at the sale on Friday by the collector Margit Osterholm after a long contest.");

        var conflict = Assert.Single(conflicts, c => c.Kind == ConflictKind.Participant);
        Assert.Equal(["Quayside Art Trust", "Margit Osterholm"], conflict.Variants.Select(v => v.Value));
    }

    [Fact]
    public void ConflictDetector_FindsRivalSpellingsOfOneName()
    {
        var conflicts = Detect(
            "A lifeboat volunteer, Tomasz Wielgosz, 41, was injured on Sunday night when a wave struck the boat off Harlow Point.",
            "The lifeboat volunteer injured on Sunday night off Harlow Point was Tomasz Wielgorski, 41, a plumber from the town.");

        var conflict = Assert.Single(conflicts, c => c.Kind == ConflictKind.Participant);
        Assert.Equal(["Tomasz Wielgosz", "Tomasz Wielgorski"], conflict.Variants.Select(v => v.Value));
    }

    [Fact]
    public void ConflictDetector_ComparesClockTimesOfTheSameEvent()
    {
        var conflicts = Detect(
            "The concert at the Orchard Hall started at 7.30pm on Monday in front of a full house of students.",
            "The concert at the Orchard Hall started at 8.15pm on Monday, later than planned because of a power cut.");

        var conflict = Assert.Single(conflicts, c => c.Kind == ConflictKind.Time);
        Assert.Equal(["2026-03-16T19:30", "2026-03-16T20:15"], conflict.Variants.Select(v => v.Value));
    }

    [Fact]
    public void ConflictDetector_ComparesAmountsInTheSameSlotInDifferentSentences()
    {
        var conflicts = Detect(
            "Play at the Eastfield ground had been stopped twice before the storm, leaving a crowd of 12,300 soaked for an hour.",
            "The crowd of 14,900 was the largest at the Eastfield ground for a charity match in years.");

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["12300", "14900"], conflict.Variants.Select(v => v.Value));
    }

    [Fact]
    public void ConflictDetector_RegressionCountsOfDifferentThingsAreNeverPaired()
    {
        var conflicts = Detect(
            "The coach carrying 31 passengers overturned on the Kelby road on Monday evening after skidding on ice.",
            "The coach overturned on the Kelby road on Monday evening and 21 patients were treated at Kelby General.");

        Assert.DoesNotContain(conflicts, c => c.Kind == ConflictKind.Number);
    }

    [Fact]
    public void ConflictDetector_RegressionPastAndFutureDatesAreDifferentEvents()
    {
        var conflicts = Detect(
            "The Tarnwood bridge, which the county council last inspected in 2024, carries 9,000 cars a day.",
            "The county council will inspect the Tarnwood bridge next month after cracks were found, a spokesperson said.");

        Assert.DoesNotContain(conflicts, c => c.Kind == ConflictKind.Date);
    }

    [Fact]
    public void ConflictDetector_RegressionDurationsOfDifferentEventsAreNotPaired()
    {
        var conflicts = Detect(
            "The power cut in Fernhill lasted six hours on Saturday, the network operator said.",
            "Engineers in Fernhill took almost three hours to reach the damaged substation through the floods on Saturday.");

        Assert.DoesNotContain(conflicts, c => c.Kind == ConflictKind.Quantity);
    }

    [Fact]
    public void ConflictDetector_RevisedLowerBoundIsAConflict()
    {
        var conflicts = Detect(
            "The Lowmoor clinic has cancelled more than 600 appointments since the flood reached its basement on Friday.",
            "More than 950 appointments at the Lowmoor clinic have now been cancelled since the flood on Friday.");

        var conflict = Assert.Single(conflicts);
        Assert.Equal(["600", "950"], conflict.Variants.Select(v => v.Value));
    }

    [Fact]
    public void ConflictDetector_TwoLowerBoundsWithoutRevisionAgree()
    {
        var conflicts = Detect(
            "At least 20 barns were destroyed by the fire near Saltby on Sunday, the farmers' union said.",
            "The fire near Saltby on Sunday destroyed at least 35 barns, according to the local mayor.");

        Assert.Empty(conflicts);
    }

    [Fact]
    public void ConflictDetector_RegressionPeopleCountedInDifferentPlacesAreNotPaired()
    {
        var conflicts = Detect(
            "The ferry, on the morning crossing from Skelby, was carrying 31 people when it struck the pier on Monday.",
            "Twenty-one people were taken to hospital after the ferry struck the pier at Skelby on Monday.");

        Assert.DoesNotContain(conflicts, c => c.Kind == ConflictKind.Number);
    }

    [Fact]
    public void ConflictDetector_RegressionRevisedSentenceGivesItsOwnVersionNotAnotherCount()
    {
        var conflicts = Detect(
            "At least five people were killed when the stand collapsed at the Redmoor ground, police said.",
            "Four people died when the stand at the Redmoor ground collapsed, the fire service said.",
            "Police have revised the death toll from the Redmoor stand collapse to four, and said two people are still missing.");

        var conflict = Assert.Single(conflicts, c => c.Kind == ConflictKind.Number);
        Assert.DoesNotContain(conflict.Variants, v => v.Value == "2");
    }

    [Fact]
    public void ConflictDetector_RegressionNumbersInNamesAndDatelinesAreNotCounts()
    {
        var conflicts = Detect(
            "LISBON, Oct. 13 (Harbour Wire) - The two leaders met at Number 10 for talks on fishing quotas on Tuesday.",
            "LISBON, Oct. 14 (Harbour Wire) - The leaders' talks at Number 10 on fishing quotas ended without a deal on Tuesday.");

        Assert.DoesNotContain(conflicts, c => c.Kind == ConflictKind.Number);
    }

    [Fact]
    public void ConflictDetector_RegressionDatelineDatesAreNotStoryDates()
    {
        var conflicts = Detect(
            "OSLO, March 12 (Fjord Wire) - The harbour crane at Vikane collapsed onto a cargo ship on Tuesday, the port said.",
            "OSLO, March 13 (Fjord Wire) - Engineers began lifting the harbour crane that collapsed at Vikane off a cargo ship on Wednesday.");

        Assert.DoesNotContain(conflicts, c => c.Variants.Any(v => v.Written.StartsWith("March", StringComparison.Ordinal)));
    }

    [Fact]
    public void ConflictDetector_RegressionEndsOfARangeAreNotFigures()
    {
        var conflicts = Detect(
            "Owners at the Harwick tower paid $2.1 million for their flats before the cracks appeared in the car park.",
            "Owners at the Harwick tower paid anywhere from $1.6 million to $10 million for their flats before the cracks appeared.",
            "Owners at the Harwick tower say they lost between 3 and 4 million dollars when the cracks appeared.");

        Assert.Empty(conflicts);
    }

    [Fact]
    public void ConflictDetector_RegressionUnknownUnitsOfDifferentMeasuresAreNotPaired()
    {
        var conflicts = Detect(
            "Surveyors say the Corby Mill chimney has sunk 17 inches since it was built in the floodplain.",
            "The Corby Mill chimney in the floodplain is now leaning 11 inches to the west, surveyors say.");

        Assert.DoesNotContain(conflicts, c => c.Kind == ConflictKind.Number);
    }

    [Fact]
    public void ConflictDetector_MissingCountIsNotTheDeathToll()
    {
        // Regression (harbour-bridge): "two are still missing" was paired with a toll of "four".
        var conflicts = Detect(
            "Three people were killed and two are still missing after the collapse of the Calder footbridge on Monday night.",
            "Police divers recovered another body on Tuesday, bringing the number of people killed in the collapse of the Calder footbridge to four.",
            "Rescue teams searched the river through the night and the mayor thanked the volunteers who helped them.");

        Assert.DoesNotContain(conflicts, c => c.Variants.Any(v => v.Value == "2"));
    }

    [Fact]
    public void ConflictDetector_FigureARevisionReplacesIsNotThatOutletsVersion()
    {
        var conflicts = Detect(
            "Police have revised the death toll from the collapse of the Calder footbridge to three, correcting an earlier figure of four.",
            "The number of people killed in the collapse of the Calder footbridge has reached four, police divers said.");

        var conflict = Assert.Single(conflicts, c => c.Kind == ConflictKind.Number);
        Assert.Equal(["3", "4"], conflict.Variants.Select(v => v.Value));
    }

    [Fact]
    public void ConflictDetector_DatesAnOutletTellsApartAreDifferentEvents()
    {
        // Regression (state-visit): "will travel to Teesside on Wednesday" and "is due to fly back on Thursday"
        // were grouped as one date told two ways.
        var conflicts = Detect(
            "The prime minister will travel to Kelmouth on Wednesday to see the new plant before flying back to Oslo on Thursday.",
            "The prime minister is due to visit the new plant in Kelmouth on Wednesday with the company's chairman.",
            "The prime minister is due to fly back to Oslo on Thursday after the visit to the plant.");

        Assert.DoesNotContain(conflicts, c => c.Kind == ConflictKind.Date);
    }

    [Fact]
    public void ConflictDetector_FateIsReadAfterAndBeforeTheCount()
    {
        var analyzed = TextPipeline.Default.Analyze(ArticleKit.Article(
            "Three people died and two are still missing. Officers arrested nine people, and the toll rose to five.", "a1", published: Tuesday));
        var story = new StoryIndexer().Index("story", [analyzed]);
        var values = new StatedValueReader().Read(story, [], []);
        Assert.Equal(["dead", "missing", "arrested", "dead"], values.Where(v => v.Kind == ConflictKind.Number).Select(v => ConflictDetector.Fate(story, v)));
    }

    [Fact]
    public void ConflictDetector_CodeNumbersAreNotCounts()
    {
        // Regression (vaccine-trial): product codes "CVT-401" and "CVT-210" were compared as counts.
        var conflicts = Detect(
            "Its new vaccine, BRX-401, cut severe cases of the disease by half in the trial, the company said.",
            "The company's first vaccine, BRX-210, failed in an earlier trial against the disease in 2021.");

        Assert.DoesNotContain(conflicts, c => c.Kind == ConflictKind.Number);
    }

    [Fact]
    public void ConflictDetector_RegressionPhaseNumbersAreNotCounts()
    {
        // Regression (vaccine-trial): "its Phase 3 trial" and "a Phase 2 trial" were compared as 3 and 2 trials.
        var conflicts = Detect(
            "Brenna Biologics said its Phase 3 trial of the malaria vaccine met its main goal in children, the company said on Monday.",
            "The Brenna Biologics malaria vaccine had failed in a Phase 2 trial in children in 2022, the company said on Monday.");

        Assert.DoesNotContain(conflicts, c => c.Kind == ConflictKind.Number);
    }
}
