namespace Crosswire.Clustering;

/// <summary>The clusterer's working state for one story: members, centroids and dates. A merged story
/// forwards to the story that absorbed it.</summary>
internal sealed class StoryState(int index, string id, ClusteringOptions options)
{
    public int Index { get; } = index;

    public string Id { get; } = id;

    /// <summary>Index of the story this one was merged into, or -1 while it is live.</summary>
    public int Forward { get; set; } = -1;

    /// <summary>Article indexes, in arrival order.</summary>
    public List<int> Members { get; } = [];

    public Centroid Terms { get; } = new(options.StoryTerms);

    public Centroid Names { get; } = new(options.StoryNames);

    public DateTimeOffset? First { get; private set; }

    public DateTimeOffset? Last { get; private set; }

    public void AddDate(DateTimeOffset? published)
    {
        if (published is not { } date)
        {
            return;
        }

        First = First is { } first && first <= date ? first : date;
        Last = Last is { } last && last >= date ? last : date;
    }

    /// <summary>Distance from <paramref name="published"/> to the story's date range; null when either side
    /// has no date.</summary>
    public TimeSpan? Gap(DateTimeOffset? published)
    {
        if (published is not { } date || First is not { } first || Last is not { } last)
        {
            return null;
        }

        return date < first ? first - date : date > last ? date - last : TimeSpan.Zero;
    }

    public void Absorb(StoryState other, TermTable terms, TermTable names)
    {
        Members.AddRange(other.Members);
        other.Members.Clear();
        Terms.Absorb(other.Terms, terms);
        Names.Absorb(other.Names, names);
        AddDate(other.First);
        AddDate(other.Last);
        other.Forward = Index;
    }
}
