using Crosswire.Clustering;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;

namespace Crosswire.Clustering.Tests;

/// <summary>Invented news texts and helpers for the clustering tests.</summary>
internal static class ClusteringKit
{
    private static readonly FeatureExtractor s_extractor = new();

    /// <summary>A ferry strike in the invented port of Velmora.</summary>
    public const string FerryStrike =
        "Ferry crews in Velmora walked off the job on Tuesday, stranding thousands of passengers at the harbour terminal. " +
        "The Harbour Workers Union said its members would stay out until the Meridian Ferry Company restored the overtime rates it cut in spring. " +
        "Union leader Tomas Orbeck told reporters that crews had worked double shifts for months without fair pay.\n\n" +
        "Meridian Ferry Company said the strike was illegal and that it would seek an injunction from the Velmora district court. " +
        "Company spokeswoman Ilse Varga said talks had broken down after the union rejected a two percent raise.\n\n" +
        "Passengers queued for hours at the terminal as the last sailings to the islands were cancelled. " +
        "Local shops on Quay Street reported a sharp drop in trade as island visitors stayed away.";

    /// <summary>A later report of the same ferry strike, written differently.</summary>
    public const string FerryStrikeFollowUp =
        "The ferry strike in Velmora entered its third day on Thursday as Meridian Ferry Company went to court to force crews back to work. " +
        "Tomas Orbeck of the Harbour Workers Union said the overtime cuts left crews exhausted and that the strike would go on. " +
        "The Velmora district court will hear the company's injunction request on Friday.\n\n" +
        "Island residents said they had run short of fresh food since the sailings stopped, and the harbour terminal stood empty. " +
        "Ilse Varga, speaking for the company, repeated that the union had turned down a raise.";

    /// <summary>A different story on a related topic (transport, a union): must not be linked to the strike.</summary>
    public const string RailTimetable =
        "Northline Railways unveiled a new timetable for the Castor valley on Monday, adding late trains between Dunmere and Ashby. " +
        "The operator said the change followed a survey of commuters who complained of crowded carriages in the evening. " +
        "Regional transport director Mira Halden said the extra services would cost little because the trains already stood idle at night.\n\n" +
        "Commuter groups welcomed the timetable but asked for more seats on the morning trains from Ashby. " +
        "The rail drivers' association said it had agreed the new rosters with Northline after short talks.";

    /// <summary>A story about an invented observatory, unrelated to the others.</summary>
    public const string Comet =
        "Astronomers at the Harwick Observatory have found a faint comet on a long orbit that brings it close to the sun every nine thousand years. " +
        "The comet, catalogued as Harwick 7, was spotted by graduate student Lena Sorvik while she checked images from the observatory's new telescope. " +
        "Observatory director Paul Emberly said the comet would be visible through binoculars in late autumn.\n\n" +
        "The team measured a bright tail of dust and gas, which suggests the comet is rich in ice. " +
        "Amateur astronomers across the region have been asked to send their own images of the comet to help refine its orbit.";

    /// <summary>A story about the comet's discovery told differently.</summary>
    public const string CometFollowUp =
        "Lena Sorvik, the student who found comet Harwick 7, said she first thought the faint smudge was a flaw in the telescope images. " +
        "Paul Emberly of the Harwick Observatory said amateur astronomers had already sent hundreds of images of the comet and its dust tail. " +
        "The new measurements show the comet's orbit takes it far beyond the outer planets before it returns to the sun.";

    /// <summary>The features of an invented article.</summary>
    public static ArticleFeatures Features(string text, string id, string? title = null, DateTimeOffset? published = null) =>
        s_extractor.Extract(TextPipeline.Default.Analyze(ArticleKit.Article(text, id, title: title, published: published)));
}
