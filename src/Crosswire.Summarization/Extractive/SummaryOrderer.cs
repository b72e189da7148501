using System.Collections.Immutable;
using Crosswire.Summarization.Stories;

namespace Crosswire.Summarization.Extractive;

/// <summary>
/// Puts the selected sentences in reading order. Consecutive sentences of one article form a block that
/// stays together in its own order (so a sentence that leans on the one before follows it directly); blocks
/// go by the position of their first sentence in its article, then by the article's publication time (the
/// order given when unknown). Leads come first, as in news. Pure.
/// </summary>
public static class SummaryOrderer
{
    /// <summary>The sentence ids of <paramref name="selected"/> in reading order.</summary>
    public static ImmutableArray<int> Order(StoryIndex story, IReadOnlyCollection<int> selected)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(selected);
        var ids = selected.Order().ToArray();
        var rank = ArticleRanks(story);
        var blocks = new List<(int Position, int ArticleRank, int From, int To)>();
        for (var i = 0; i < ids.Length;)
        {
            var end = i + 1;
            while (end < ids.Length && ids[end] == ids[end - 1] + 1 && story[ids[end]].Article == story[ids[i]].Article)
            {
                end++;
            }

            blocks.Add((story[ids[i]].Index, rank[story[ids[i]].Article], i, end));
            i = end;
        }

        blocks.Sort((x, y) => x.Position != y.Position ? x.Position.CompareTo(y.Position) : x.ArticleRank.CompareTo(y.ArticleRank));
        var ordered = ImmutableArray.CreateBuilder<int>(ids.Length);
        foreach (var block in blocks)
        {
            for (var i = block.From; i < block.To; i++)
            {
                ordered.Add(ids[i]);
            }
        }

        return ordered.MoveToImmutable();
    }

    private static int[] ArticleRanks(StoryIndex story)
    {
        var order = Enumerable.Range(0, story.Articles.Length)
            .OrderBy(a => story.Articles[a].Article.Published ?? DateTimeOffset.MaxValue)
            .ThenBy(a => a)
            .ToArray();
        var rank = new int[order.Length];
        for (var r = 0; r < order.Length; r++)
        {
            rank[order[r]] = r;
        }

        return rank;
    }
}
