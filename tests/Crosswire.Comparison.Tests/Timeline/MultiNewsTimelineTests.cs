using Crosswire.Comparison.Timeline;
using Crosswire.Comparison.Values;
using Crosswire.Ingest.Datasets;
using Crosswire.TestKit;
using Crosswire.Text.Pipeline;
using Xunit;

namespace Crosswire.Comparison.Tests.Timeline;

/// <summary>Real news nobody here wrote: the Multi-News sample of ../shared/data (no publication dates, so
/// only absolute expressions resolve; a second pass assumes one to exercise relative resolution).</summary>
public sealed class MultiNewsTimelineTests
{
    private const int ClustersShown = 4;

    private readonly ITestOutputHelper _output;

    public MultiNewsTimelineTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void TaggerAndRecognizer_RunOnEveryMultiNewsClusterWithValidValues()
    {
        var path = SharedData.Require("multinews-dev.jsonl");
        var assumed = new DateTimeOffset(2016, 6, 15, 12, 0, 0, TimeSpan.Zero);
        var clusters = 0;
        var expressions = 0;
        var values = 0;
        foreach (var outcome in new DatasetReader().Read(path))
        {
            Assert.True(outcome.IsCluster, outcome.Rejection?.Message);
            var analyzed = outcome.Cluster.Articles.Select(TextPipeline.Default.Analyze).ToList();
            var dated = outcome.Cluster.Articles.Select(a => TextPipeline.Default.Analyze(a with { Published = assumed })).ToList();
            var timeline = TimelineBuilder.Default.Build(dated);
            Assert.Empty(timeline.Rejections);
            foreach (var article in analyzed)
            {
                var tags = TemporalTagger.Default.Tag(article);
                expressions += tags.Length;
                foreach (var tag in tags)
                {
                    Assert.Equal(tag.Text, article.Article.Slice(tag.Span));
                    Assert.True(tag.Value is null || TemporalValue.Parse(tag.Value.ToString()) == tag.Value);
                    Assert.True(tag.Value is not null || tag.Anchor != TemporalAnchor.Absolute, $"unresolved absolute '{tag.Text}'");
                    if (clusters < ClustersShown)
                    {
                        _output.WriteLine($"{outcome.Cluster.Id}/{article.Article.Id} '{tag.Text}' = {tag.Value?.ToString() ?? "(relative)"}  «{Context(article.Article.Text, tag.Span)}»");
                    }
                }

                for (var s = 0; s < article.Sentences.Length; s++)
                {
                    foreach (var value in ValueRecognizer.Default.Recognize(article.Article.Text, article.Sentences[s].Span))
                    {
                        values++;
                        Assert.Equal(value.Text, article.Article.Slice(value.Span));
                        if (clusters < 2)
                        {
                            _output.WriteLine($"  value {value.Kind} {value.Normalized} {value.Modifier} counts={value.Counted}  «{value.Text}»");
                        }
                    }
                }
            }

            if (clusters < ClustersShown)
            {
                foreach (var item in timeline.Events)
                {
                    _output.WriteLine($"  event {item.Date} [{string.Join(",", item.Sources.Select(s => s.ArticleId))}] {item.Text[..Math.Min(100, item.Text.Length)]}");
                }
            }

            clusters++;
        }

        _output.WriteLine($"{clusters} clusters, {expressions} temporal expressions, {values} values");
        Assert.Equal(100, clusters);
    }

    private static string Context(string text, Crosswire.Core.Documents.TextSpan span)
    {
        var start = Math.Max(0, span.Start - 50);
        var end = Math.Min(text.Length, span.End + 30);
        return text[start..end].ReplaceLineEndings(" ");
    }
}
