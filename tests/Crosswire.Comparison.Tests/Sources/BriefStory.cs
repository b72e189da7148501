using Crosswire.Core.Documents;
using Crosswire.Summarization.Briefs;
using Crosswire.Text.Pipeline;

namespace Crosswire.Comparison.Tests.Sources;

/// <summary>An invented three-outlet story (a reservoir dam repair) for the brief golden tests. Every outlet,
/// person and figure is made up.</summary>
internal static class BriefStory
{
    public static readonly Article[] Articles =
    [
        new()
        {
            Id = "a1",
            Source = "Fellside Courier",
            Title = "Millbrook reservoir to be drained for dam repair",
            Published = new DateTimeOffset(2026, 3, 11, 8, 0, 0, TimeSpan.Zero),
            Text = "Millbrook Water will drain the Ashcombe reservoir next month so that engineers can repair a crack in its dam, the company said on Tuesday.\n\n"
                + "The repair will cost £4.2 million and take about 14 weeks, according to the company's chief engineer, Priya Landon.\n\n"
                + "\"The dam is safe today, but we cannot leave a crack like this through another winter,\" Landon said.\n\n"
                + "Residents of Lower Ashcombe were told at a public meeting that the footpath over the dam would close on April 6.",
        },
        new()
        {
            Id = "a2",
            Source = "Dalewatch News",
            Title = "Ashcombe dam crack: reservoir will be emptied",
            Published = new DateTimeOffset(2026, 3, 11, 12, 30, 0, TimeSpan.Zero),
            Text = "The Ashcombe reservoir is to be drained next month while engineers repair a crack in the dam, Millbrook Water announced on Tuesday.\n\n"
                + "The work is expected to cost £4.8 million, the company said.\n\n"
                + "Chief engineer Priya Landon said the dam was safe. \"Nobody downstream is in any danger,\" she said.\n\n"
                + "Anglers said the closure would end the fishing season early.",
        },
        new()
        {
            Id = "a3",
            Source = "Northfold Herald",
            Title = "Water company to empty reservoir",
            Published = new DateTimeOffset(2026, 3, 12, 7, 0, 0, TimeSpan.Zero),
            Text = "Millbrook Water will empty the Ashcombe reservoir next month to repair a crack found in the dam during an inspection in January.\n\n"
                + "Councillor Tom Ridley said the village had not been told soon enough. \"We read about it in the paper,\" he said.\n\n"
                + "The footpath across the dam will shut on April 6, the company confirmed.",
        },
    ];

    public static StoryBrief Brief(IReadOnlyList<Article>? articles = null)
    {
        var analyzed = (articles ?? Articles).Select(TextPipeline.Default.Analyze).ToList();
        var comparer = new Comparison.Sources.SourceComparer();
        var comparison = comparer.Compare("ashcombe-dam", analyzed);
        return comparer.Complete(new BriefAssembler().Assemble("ashcombe-dam", analyzed, 80), comparison);
    }
}
