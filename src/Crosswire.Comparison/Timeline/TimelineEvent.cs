using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;

namespace Crosswire.Comparison.Timeline;

/// <summary>Where an event of the timeline is told: an article and the sentence that dates it.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Span">The sentence in <see cref="Article.Text"/>, without surrounding spaces.</param>
public sealed record TimelineSource(string ArticleId, TextSpan Span);

/// <summary>One dated happening of a story, with every article sentence that tells it.</summary>
/// <param name="Date">When it happened (or will happen).</param>
/// <param name="Text">The sentence of the first source that tells it.</param>
/// <param name="Sources">Each article sentence that tells it, in article order.</param>
public sealed record TimelineEvent(TemporalValue Date, string Text, ImmutableArray<TimelineSource> Sources);

/// <summary>A story's timeline: its events sorted by date, and the articles that could not be dated.</summary>
/// <param name="Events">Events by start date; a coarser value (a month) before the finer ones it holds (a
/// day of that month) when both start together.</param>
/// <param name="Rejections">Articles left out, with the reason (E210: publication date out of range).</param>
public sealed record StoryTimeline(ImmutableArray<TimelineEvent> Events, ImmutableArray<Rejection> Rejections);
