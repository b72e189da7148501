using Crosswire.Core.Errors;

namespace Crosswire.Comparison.Conflicts;

/// <summary>Options of <see cref="ConflictDetector"/>.</summary>
public sealed record ConflictDetectorOptions
{
    /// <summary>Default options.</summary>
    public static ConflictDetectorOptions Default { get; } = new();

    /// <summary>Smallest "same fact" score at which two values of different outlets are taken to state the same
    /// fact. The score is <c>SentenceWeight × sentence similarity + ContextWeight × context overlap ±
    /// CountedBonus</c> (bonus when both count the same noun, malus when they count different ones). Default
    /// 0.2, tuned on the first seven fixture stories.</summary>
    public double SameFactThreshold { get; init; } = 0.2;

    /// <summary>Weight of the story-IDF cosine similarity of the two sentences. Default 0.7.</summary>
    public double SentenceWeight { get; init; } = 0.7;

    /// <summary>Weight of the overlap coefficient (shared words over the smaller set) of the stemmed content words around the two values. Default 0.3.</summary>
    public double ContextWeight { get; init; } = 0.3;

    /// <summary>Added when both values count the same noun (<c>14 species</c>, <c>11 species</c>). Default 0.25.</summary>
    public double CountedBonus { get; init; } = 0.25;

    /// <summary>Rival versions of one figure lie within this factor of each other (and dates within
    /// a week or <c>MaxRatio</c> times the longer one's length); values further apart are taken to be different
    /// facts. Default 2 (the widest gap in the development stories is 180 against 300 jobs).</summary>
    public double MaxRatio { get; init; } = 2;

    /// <summary>Added when each of the two values is the only one of its dimension (unit; for counts, the
    /// counted noun) in its article: the one ransom, the one attendance figure. Default 0.2.</summary>
    public double UniqueBonus { get; init; } = 0.2;

    /// <summary>The unique bonus is given only to values that share a slot or a counted noun, or whose
    /// sentences are at least this similar (story-IDF cosine). Default 0.1.</summary>
    public double UniqueSimilarity { get; init; } = 0.1;

    /// <summary>Two counts of people of which one counts anyone ("31 people", "21 people") that do not fill the same slot are compared
    /// only when their sentences are at least this similar (story-IDF cosine). Default 0.5.</summary>
    public double PeopleSimilarity { get; init; } = 0.5;

    /// <summary>Two participants are rival versions of one role only when both are written with a role that
    /// shares a word (<c>referee X</c>, <c>referee Y</c>) and their sentences are at least this similar
    /// (story-IDF cosine): names are everywhere in news text, and two outlets naming different
    /// people in loosely related sentences (an interview transcript, a list of officials) is no dispute.
    /// Default 0.1.</summary>
    public double ParticipantSimilarity { get; init; } = 0.1;

    /// <summary>Added when the two values fill the same slot: the nearest content words before them, or the
    /// nouns they count, share a stem ("kicked off at 7.45pm", "kicked off at 8pm"). Default 0.2.</summary>
    public double SlotBonus { get; init; } = 0.2;

    /// <summary>Content words before a value that make up its slot. Default 1.</summary>
    public int SlotWords { get; init; } = 1;

    /// <summary>Content words on each side of a value that make up its context. Default 4.</summary>
    public int ContextWords { get; init; } = 4;

    /// <summary>Throws E220 when an option is out of range.</summary>
    public void Validate(string input = "conflict options")
    {
        if (!(SameFactThreshold > 0 && SameFactThreshold <= 2))
        {
            throw new CrosswireException(ErrorCatalogue.ComparisonBadOption, input, $"SameFactThreshold must be in (0, 2], not {SameFactThreshold}");
        }

        if (SentenceWeight < 0 || ContextWeight < 0 || CountedBonus < 0 || UniqueBonus < 0 || SlotBonus < 0 || MaxRatio < 1 || ParticipantSimilarity < 0 || ParticipantSimilarity > 1 || UniqueSimilarity < 0 || UniqueSimilarity > 1 || PeopleSimilarity < 0 || PeopleSimilarity > 1 || SentenceWeight + ContextWeight <= 0)
        {
            throw new CrosswireException(ErrorCatalogue.ComparisonBadOption, input, "weights must not be negative and SentenceWeight + ContextWeight must be positive");
        }

        if (SlotWords is < 1 or > 10)
        {
            throw new CrosswireException(ErrorCatalogue.ComparisonBadOption, input, $"SlotWords must be between 1 and 10, not {SlotWords}");
        }

        if (ContextWords is < 1 or > 50)
        {
            throw new CrosswireException(ErrorCatalogue.ComparisonBadOption, input, $"ContextWords must be between 1 and 50, not {ContextWords}");
        }
    }
}
