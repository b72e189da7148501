using Crosswire.Comparison.Conflicts;
using Xunit;

namespace Crosswire.Comparison.Tests.Conflicts;

public sealed class SweepTmp(ITestOutputHelper output)
{
    [Fact]
    public void Sweep()
    {
        foreach (var t in new[] { 0.2, 0.3, 0.4 })
        {
            foreach (var (s, c) in new[] { (0.5, 0.5), (0.7, 0.3), (0.3, 0.7) })
            {
                foreach (var u in new[] { 0.1, 0.2, 0.3 })
                {
                    var m = ComparisonMeasure.Of(ComparisonMeasure.Development, new ConflictDetectorOptions { SameFactThreshold = t, SentenceWeight = s, ContextWeight = c, UniqueBonus = u });
                    output.WriteLine($"T={t} s={s} c={c} u={u}: {m}");
                }
            }
        }
    }
}

public sealed class DebugTmp(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        foreach (var story in ComparisonMeasure.Development)
        {
            foreach (var g in story.Expected.Conflicts.Where(c => c.Kind is "number" or "quantity"))
            {
                output.WriteLine($"{story.Slug} [{g.About}]");
                foreach (var v in g.Variants)
                {
                    var values = Crosswire.Comparison.Values.ValueRecognizer.Default.Recognize(v.Sentence);
                    output.WriteLine($"   {v.Article} gold={v.Value}: " + string.Join("; ", values.Select(x => $"{x.Text}={x.Normalized} {x.Kind} {x.Modifier} c={x.Counted}")));
                }
            }
        }
    }
}

public sealed class DebugTmp2(ITestOutputHelper output)
{
    [Fact]
    public void Links()
    {
        foreach (var story in ComparisonMeasure.Development.Where(s => s.Slug.StartsWith("hosp", StringComparison.Ordinal) || s.Slug.StartsWith("charity", StringComparison.Ordinal)))
        {
            var analyzed = story.Articles.Select(Crosswire.Text.Pipeline.TextPipeline.Default.Analyze).ToList();
            var index = new Crosswire.Summarization.Stories.StoryIndexer().Index(story.Slug, analyzed);
            var values = new StatedValueReader().Read(index);
            var detector = new ConflictDetector(new ConflictDetectorOptions { SameFactThreshold = 0.05 });
            var contexts = values.Select(v => detector.Context(index, v)).ToArray();
            output.WriteLine($"{story.Slug}: {values.Length} values, copies {string.Join(",", index.Copies.Select(c => c.ArticleId + "<" + c.OriginalId))}");
            foreach (var (a, b, s) in detector.Links(index, values, contexts).OrderByDescending(l => l.Score).Take(40))
            {
                output.WriteLine($"  {s:F2} a{values[a].Article + 1}:{values[a].Written} [{string.Join(' ', contexts[a])}] ~ a{values[b].Article + 1}:{values[b].Written} [{string.Join(' ', contexts[b])}] agree={values[a].AgreesWith(values[b])}");
            }
        }
    }
}
