using System.Collections.Immutable;
using Crosswire.Comparison.Claims;
using Crosswire.Summarization.Attribution;
using Crosswire.Summarization.Stories;
using Crosswire.Text.Stemming;
using Crosswire.Text;

namespace Crosswire.Comparison.Conflicts;

/// <summary>
/// Finds where a story's outlets disagree. Every pair of comparable values (same kind and unit) stated by two
/// independent articles (copies of one article are never compared with each other) gets a "same fact" score
/// from the similarity of their sentences (the summarizer's story-IDF cosine), the overlap of the stemmed
/// words around the two values and whether they count the same noun. Pairs at or above the threshold state
/// the same fact; when their values cannot both be true (<see cref="StatedValue.AgreesWith"/>: bounds,
/// estimates and units are taken into account) the pair seeds a conflict, strongest first, and every other
/// article's best-linked value for that fact joins it as a further variant. A value belongs to at most one
/// conflict. Values are shown side by side; none is chosen as right.
/// </summary>
public sealed class ConflictDetector
{
    private readonly ConflictDetectorOptions _options;

    /// <summary>Creates a detector.</summary>
    public ConflictDetector(ConflictDetectorOptions? options = null)
    {
        _options = options ?? ConflictDetectorOptions.Default;
        _options.Validate();
    }

    /// <summary>The conflicts among <paramref name="values"/>, the values stated by the articles of
    /// <paramref name="story"/> (article indexes refer to <see cref="StoryIndex.Articles"/>).</summary>
    public ImmutableArray<Conflict> Detect(StoryIndex story, IReadOnlyList<StatedValue> values)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(values);
        var contexts = values.Select(v => Context(story, v)).ToArray();
        var links = Links(story, values, contexts);
        links.Sort((x, y) => y.Score.CompareTo(x.Score) is var c and not 0 ? c : (x.First, x.Second).CompareTo((y.First, y.Second)));
        var used = new bool[values.Count];
        var conflicts = new List<(int Position, Conflict Conflict)>();
        foreach (var (first, second, _) in links)
        {
            if (used[first] || used[second] || values[first].AgreesWith(values[second])
                || !values[first].IsNear(values[second], _options.MaxRatio)
                || SentenceAgrees(story, values, values[first], values[second]) || SentenceAgrees(story, values, values[second], values[first])
                || ArticleDatesBoth(values, values[first], values[second]))
            {
                continue;
            }

            var members = new Dictionary<int, (int Value, double Score)>
            {
                [values[first].Article] = (first, double.MaxValue),
                [values[second].Article] = (second, double.MaxValue),
            };
            foreach (var (x, y, score) in links)
            {
                foreach (var (seed, other) in new[] { (x, y), (y, x) })
                {
                    if ((seed == first || seed == second) && !used[other] && values[other].IsNear(values[seed], _options.MaxRatio)
                        && (!members.TryGetValue(values[other].Article, out var current) || score > current.Score))
                    {
                        // When the joining sentence also states one of the two rival values, that is its version
                        // ("revised the toll to three ... two people are still missing": three, not two).
                        members[values[other].Article] = (StatedAlongside(values, other, values[first], values[second]) ?? other, score);
                    }
                }
            }

            foreach (var (_, member) in members)
            {
                used[member.Value] = true;
            }

            conflicts.Add((Math.Min(first, second), Build(story, values, members.Values.Select(m => m.Value), contexts[first])));
        }

        return [.. conflicts.OrderBy(c => c.Position).Select(c => c.Conflict)];
    }

    /// <summary>Every pair of comparable values of independent articles whose same-fact score reaches the
    /// threshold, with the score.</summary>
    internal List<(int First, int Second, double Score)> Links(StoryIndex story, IReadOnlyList<StatedValue> values, string[][] contexts)
    {
        var attributor = new SourceAttributor(story);
        var layout = new SentenceLayout(story);
        var originals = ClaimGrouper.OriginalsOf(story);
        var sentences = values.Select(v => layout.Containing(v.Article, v.Span.Start)).ToArray();

        var slots = values.Select(v => Slot(story, v)).ToArray();
        var fates = values.Select(v => Fate(story, v)).ToArray();
        var superseded = values.Select(v => IsSuperseded(story, v)).ToArray();
        var unique = values.Select(v => values.Count(w => w.Article == v.Article && w.IsComparableWith(v) && Dimension(w) == Dimension(v)) == 1).ToArray();
        var links = new List<(int First, int Second, double Score)>();
        for (var i = 0; i < values.Count; i++)
        {
            for (var j = i + 1; j < values.Count; j++)
            {
                var (a, b) = (values[i], values[j]);
                if (a.Article == b.Article || !a.IsComparableWith(b) || superseded[i] || superseded[j] || NamesBoth(values, a, b) || OnOppositeSidesOfNow(story, a, b)
                    || string.Equals(Original(story, originals, a.Article), Original(story, originals, b.Article), StringComparison.Ordinal))
                {
                    continue;
                }

                // "three people died" and "two are still missing" count people in different states.
                if (fates[i] is { } fateA && fates[j] is { } fateB && !string.Equals(fateA, fateB, StringComparison.Ordinal))
                {
                    continue;
                }

                var similarity = sentences[i] is { } si && sentences[j] is { } sj ? attributor.Similarity(si, sj) : 0;
                var score = (_options.SentenceWeight * similarity) + (_options.ContextWeight * Overlap(contexts[i], contexts[j]));
                var sameThing = similarity >= _options.UniqueSimilarity || a.IsClose(b);
                if (a.Amount is not null && a.Counted is not null && b.Counted is not null)
                {
                    if (!SameNoun(a.Counted, b.Counted) && !(IsPeople(a.Counted) && IsPeople(b.Counted)))
                    {
                        // "31 passengers" and "21 patients" count different things.
                        continue;
                    }

                    if ((IsMeasure(a.Counted) || IsMeasure(b.Counted)) && !slots[i].Overlaps(slots[j]))
                    {
                        // "17 inches" of sinking and "14 inches" of tilt: a unit the recognizer does not convert
                        // says nothing about what is measured, so the slot must agree.
                        continue;
                    }

                    if (!IsAnyone(a.Counted) && !IsAnyone(b.Counted))
                    {
                        score += _options.CountedBonus;
                        sameThing = true;
                    }
                    else if (!slots[i].Overlaps(slots[j]) && similarity < _options.PeopleSimilarity)
                    {
                        // "carrying 31 people", "21 people were taken to hospital": counts of anyone are the same
                        // fact only when they fill the same slot or their sentences say the same.
                        continue;
                    }
                }

                if (slots[i].Overlaps(slots[j]) || (a.Event is not null && string.Equals(a.Event, b.Event, StringComparison.Ordinal)))
                {
                    score += _options.SlotBonus;
                    sameThing = true;
                }

                // Being each article's only value of its kind says little on its own ("lasted six hours",
                // "took almost three hours"): it counts only for values that look alike or lie close together.
                if (sameThing && unique[i] && unique[j] && Dimension(a) == Dimension(b))
                {
                    score += _options.UniqueBonus;
                }

                if (score >= _options.SameFactThreshold
                    && (a.Kind != ConflictKind.Participant || (similarity >= _options.ParticipantSimilarity && SameRole(a, b))))
                {
                    links.Add((i, j, score));
                }
            }
        }

        return links;
    }

    /// <summary>True for two dates of which one lies wholly before its article's publication day and the
    /// other wholly after its own: a past fact ("figures published last year") and a plan ("will be reviewed
    /// next month") are different events, whatever the words around them.</summary>
    private static bool OnOppositeSidesOfNow(StoryIndex story, StatedValue a, StatedValue b)
    {
        if (a.Date is null || b.Date is null
            || story.Articles[a.Article].Article.Published is not { } first
            || story.Articles[b.Article].Article.Published is not { } second)
        {
            return false;
        }

        var (sideA, sideB) = (Side(a.Date, first), Side(b.Date, second));
        return sideA != 0 && sideB != 0 && sideA != sideB;
    }

    /// <summary>-1 when the value ends before the publication day, 1 when it starts after it, 0 otherwise.</summary>
    private static int Side(Timeline.TemporalValue date, DateTimeOffset published)
    {
        var day = published.Date;
        return date.End <= day ? -1 : date.Start >= day.AddDays(1) ? 1 : 0;
    }

    private static string Original(StoryIndex story, Dictionary<string, string> originals, int article) =>
        originals[story.Articles[article].Article.Id];

    private static Conflict Build(StoryIndex story, IReadOnlyList<StatedValue> values, IEnumerable<int> members, string[] context)
    {
        var ordered = members.OrderBy(m => values[m].Article).ThenBy(m => values[m].Span.Start).ToList();
        var variants = ordered
            .Select(m => values[m])
            .Select(v => new ConflictVariant(
                v.Normalized,
                v.Written,
                story.Articles[v.Article].Article.Slice(v.Sentence),
                [new ClaimSource(story.Articles[v.Article].Article.Id, v.Sentence)]))
            .ToImmutableArray();
        var head = values[ordered[0]];
        var about = head.Counted ?? string.Join(' ', context.Take(4));
        return new Conflict(head.Kind, about, variants);
    }

    /// <summary>The stems of the content words around a value in its sentence, nearest first.</summary>
    internal string[] Context(StoryIndex story, StatedValue value)
    {
        var text = story.Articles[value.Article].Article.Text;
        var before = Enumerable.Reverse(Words(text, value.Sentence.Start, value.Span.Start)).Take(_options.ContextWords);
        var after = Words(text, value.Span.End, value.Sentence.End).Take(_options.ContextWords);
        return [.. before.Concat(after).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>What a value is about, as the stems of the nearest content words before it in its sentence
    /// ("kicked off at 8pm": kick; "a crowd of 21,000": crowd; "the annual saving at £460,000": save) and,
    /// for a count, the first content word after what it counts ("nine people had been arrested": arrest).
    /// Verbs of saying and capitalised names are left out: they say who reported the value or where, not
    /// what it is.</summary>
    internal HashSet<string> Slot(StoryIndex story, StatedValue value)
    {
        var text = story.Articles[value.Article].Article.Text;
        var slot = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Enumerable.Reverse(Words(text, value.Sentence.Start, value.Span.Start, skipNames: true)))
        {
            if (s_sayingStems.Contains(word))
            {
                continue;
            }

            slot.Add(word);
            if (slot.Count == _options.SlotWords)
            {
                break;
            }
        }

        if (value.Counted is { } counted && value.Amount is not null)
        {
            // What happened to the counted things follows them: "nine people had been arrested".
            var noun = EnglishStemmer.Instance.Stem(counted.ToLowerInvariant());
            if (Words(text, value.Span.End, value.Sentence.End, skipNames: true).FirstOrDefault(w => w != noun && !s_sayingStems.Contains(w)) is { } deed)
            {
                slot.Add(deed);
            }
        }

        return slot;
    }

    /// <summary>What happened to the people or things a count counts, as a class (<c>dead</c>, <c>missing</c>,
    /// <c>injured</c>, <c>arrested</c>, <c>rescued</c>, <c>evacuated</c>): the first such word in the few words
    /// after the count in its clause ("two are still missing"), else in the words before it in the sentence
    /// ("the number of people killed … to four", "revised the death toll … to three, correcting an earlier
    /// figure of four"); null for other values or when none is found.</summary>
    internal static string? Fate(StoryIndex story, StatedValue value)
    {
        if (value.Amount is not { Kind: Values.ValueKind.Count })
        {
            return null;
        }

        var text = story.Articles[value.Article].Article.Text;
        var after = 0;
        var i = value.Span.End;
        var end = Math.Min(value.Sentence.End, text.Length);
        while (i < end && after < FateWordsAfter)
        {
            if (text[i] is ',' or ';' or ':' or '(' or '—' or '–')
            {
                break;
            }

            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var from = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] == '-'))
            {
                i++;
            }

            var word = text[from..i].ToLowerInvariant();
            if (word is "and" or "but" or "while" or "whereas")
            {
                break;
            }

            if (s_fates.TryGetValue(word, out var fate))
            {
                return fate;
            }

            after++;
        }

        var before = 0;
        i = value.Span.Start;
        var start = Math.Max(0, value.Sentence.Start);
        while (i > start && before < FateWordsBefore)
        {
            if (!char.IsLetter(text[i - 1]))
            {
                i--;
                continue;
            }

            var to = i;
            while (i > start && (char.IsLetter(text[i - 1]) || text[i - 1] == '-'))
            {
                i--;
            }

            if (s_fates.TryGetValue(text[i..to].ToLowerInvariant(), out var fate))
            {
                return fate;
            }

            before++;
        }

        return null;
    }

    /// <summary>True for a figure a sentence gives as the one it replaces ("correcting an earlier figure of
    /// four", "up from a previous estimate of 1,400"): not that outlet's version of the fact.</summary>
    internal static bool IsSuperseded(StoryIndex story, StatedValue value)
    {
        var text = story.Articles[value.Article].Article.Text;
        var words = Enumerable.Reverse(Words(text, value.Sentence.Start, value.Span.Start)).Take(3);
        return words.Any(s_supersededStems.Contains);
    }

    private static readonly HashSet<string> s_supersededStems = new(
        new[] { "earlier", "previous", "previously", "initial", "initially", "original", "originally", "former", "old" }
            .Select(word => EnglishStemmer.Instance.Stem(word)),
        StringComparer.Ordinal);

    private const int FateWordsAfter = 5;
    private const int FateWordsBefore = 15;

    // What can happen to the people a news count counts. Source: general knowledge of disaster, crime and
    // accident reporting; compiled for Crosswire.
    private static readonly Dictionary<string, string> s_fates = FateTable(
        ("dead", ["dead", "died", "killed", "death", "deaths", "toll", "fatalities", "perished", "drowned", "bodies"]),
        ("missing", ["missing", "unaccounted"]),
        ("injured", ["injured", "injuries", "hurt", "wounded", "hospital", "hospitalised", "hospitalized"]),
        ("arrested", ["arrested", "arrests", "detained", "charged"]),
        ("rescued", ["rescued", "saved", "survivors"]),
        ("evacuated", ["evacuated", "evacuation", "displaced", "homeless"]));

    private static Dictionary<string, string> FateTable(params (string Fate, string[] Words)[] rows) =>
        rows.SelectMany(row => row.Words.Select(word => (Word: word, row.Fate))).ToDictionary(pair => pair.Word, pair => pair.Fate, StringComparer.Ordinal);

    private static readonly HashSet<string> s_sayingStems = new(StringComparer.Ordinal)
    {
        "said", "say", "told", "tell", "accord", "ad", "announc", "confirm", "report", "statement",
    };

    /// <summary>Nouns for groups of people that outlets use for the same crowd ("1,200 people", "2,000
    /// residents and tourists").</summary>
    private static bool IsPeople(string noun) => s_people.Contains(noun.ToLowerInvariant());

    /// <summary>Units of measure the value recognizer leaves as counted nouns (general knowledge).</summary>
    private static bool IsMeasure(string noun) => s_measures.Contains(noun.ToLowerInvariant());

    private static readonly HashSet<string> s_measures = new(StringComparer.Ordinal)
    {
        "degrees", "degree", "inches", "inch", "feet", "foot", "miles", "mile", "yards", "yard", "pounds", "ounces",
        "gallons", "litres", "liters", "acres", "points", "knots", "mph", "calories", "volts", "watts", "megawatts",
        "gigawatts", "barrels", "bushels", "carats", "storeys", "stories", "floors", "decibels", "bytes", "gigabytes",
    };

    /// <summary>Nouns that count anyone at all ("31 people"): agreeing on them proves nothing.</summary>
    private static bool IsAnyone(string noun) => noun.ToLowerInvariant() is "people" or "persons" or "individuals";

    private static readonly HashSet<string> s_people = new(StringComparer.Ordinal)
    {
        "people", "persons", "residents", "tourists", "villagers", "locals", "inhabitants", "citizens", "men",
        "women", "children", "adults", "individuals", "visitors", "fans", "spectators",
    };

    private static List<string> Words(string text, int start, int end, bool skipNames = false)
    {
        var words = new List<string>();
        var i = Math.Max(0, start);
        end = Math.Min(end, text.Length);
        while (i < end)
        {
            if (!char.IsLetter(text[i]))
            {
                i++;
                continue;
            }

            var from = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] is '\'' or '’' or '-'))
            {
                i++;
            }

            // A slot is what is done or counted, never where or by whom ("to Tokyo on Thursday").
            if (skipNames && char.IsUpper(text[from]) && from > start)
            {
                continue;
            }

            var word = text[from..i].ToLowerInvariant();
            if (word.Length > 1 && !Stopwords.English.IsStopword(word))
            {
                words.Add(EnglishStemmer.Instance.Stem(word));
            }
        }

        return words;
    }

    /// <summary>The index of a value in the sentence of <paramref name="member"/> that agrees with one of the
    /// two rival values, or null.</summary>
    private static int? StatedAlongside(IReadOnlyList<StatedValue> values, int member, StatedValue first, StatedValue second)
    {
        var joining = values[member];
        for (var i = 0; i < values.Count; i++)
        {
            var candidate = values[i];
            if (candidate.Article == joining.Article && candidate.Sentence == joining.Sentence
                && ((candidate.IsComparableWith(first) && candidate.AgreesWith(first)) || (candidate.IsComparableWith(second) && candidate.AgreesWith(second))))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>True for two dates or clock times when one article states both (the same values), each in a
    /// sentence not marked as a revision: that outlet tells two events apart ("will travel to Teesside on Wednesday …
    /// before flying back to Tokyo on Thursday"; the collapse on Tuesday night and a body recovered on
    /// Thursday morning), so the pair is not one event dated two ways.</summary>
    private static bool ArticleDatesBoth(IReadOnlyList<StatedValue> values, StatedValue first, StatedValue second)
    {
        if (first.Date is null || second.Date is null)
        {
            return false;
        }

        foreach (var one in values)
        {
            if (one.Date is null || one.Revised || !one.IsComparableWith(first) || !SameDate(one, first))
            {
                continue;
            }

            foreach (var other in values)
            {
                if (other.Article == one.Article && other.Date is not null && !other.Revised
                    && other.IsComparableWith(second) && SameDate(other, second))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The same date or time to the same precision ("this morning" and "Wednesday" in a Wednesday
    /// article; not "2027" and "the first quarter of next year").</summary>
    private static bool SameDate(StatedValue first, StatedValue second) => first.Date is not null && first.Date == second.Date;

    /// <summary>True when the sentence of <paramref name="other"/> also states a value that agrees with
    /// <paramref name="value"/>: the two sentences then report the same value, and the disagreeing pair is a
    /// cross pairing of two different facts ("next month … on Tuesday" against "next month … on Tuesday").</summary>
    private static bool SentenceAgrees(StoryIndex story, IReadOnlyList<StatedValue> values, StatedValue value, StatedValue other)
    {
        foreach (var candidate in values)
        {
            if (candidate.Article == other.Article && candidate.Sentence == other.Sentence && candidate != other && !IsSuperseded(story, candidate)
                && candidate.IsComparableWith(value) && candidate.AgreesWith(value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True for two participants when either article also names the other's participant (in the
    /// same deed, when the pair was matched by a deed): an article that names both does not offer one as an
    /// alternative to the other.</summary>
    private static bool NamesBoth(IReadOnlyList<StatedValue> values, StatedValue a, StatedValue b)
    {
        if (a.Kind != ConflictKind.Participant || string.Equals(a.Normalized, b.Normalized, StringComparison.Ordinal))
        {
            return false;
        }

        var deed = a.Event is not null && string.Equals(a.Event, b.Event, StringComparison.Ordinal) ? a.Event : null;
        foreach (var value in values)
        {
            if (value.Kind == ConflictKind.Participant
                && (deed is null || string.Equals(value.Event, deed, StringComparison.Ordinal))
                && ((value.Article == a.Article && string.Equals(value.Normalized, b.Normalized, StringComparison.Ordinal))
                    || (value.Article == b.Article && string.Equals(value.Normalized, a.Normalized, StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Shared words over the size of the smaller context (overlap coefficient).</summary>
    private static double Overlap(string[] first, string[] second)
    {
        if (first.Length == 0 || second.Length == 0)
        {
            return 0;
        }

        var shared = first.Count(word => second.Contains(word, StringComparer.Ordinal));
        return (double)shared / Math.Min(first.Length, second.Length);
    }

    /// <summary>What a value measures, finer than its kind: the unit, and for counts the counted noun.</summary>
    private static string Dimension(StatedValue value) =>
        value.Amount is { } amount ? $"{amount.Kind}|{amount.Unit}|{(amount.Kind == Values.ValueKind.Count ? value.Counted : null)}" : value.Kind.ToString();

    /// <summary>True when two participants are named for the same role: their job titles share a content
    /// word (<c>referee</c> and <c>match referee</c>), the sentences say they did the same thing ("led by X",
    /// "Y, who led"), or the two names are spellings of one name.</summary>
    private static bool SameRole(StatedValue first, StatedValue second)
    {
        if (first.Event is not null && string.Equals(first.Event, second.Event, StringComparison.Ordinal))
        {
            return true;
        }

        if (string.Equals(first.Counted, nameof(Entities.EntityType.Person), StringComparison.Ordinal)
            && StatedValue.AreSpellingVariants(first.Normalized, second.Normalized))
        {
            return true;
        }

        if (first.Role is not { } one || second.Role is not { } other)
        {
            return false;
        }

        var words = Words(one, 0, one.Length);
        return Words(other, 0, other.Length).Any(word => words.Contains(word, StringComparer.Ordinal));
    }

    private static bool SameNoun(string first, string second) =>
        string.Equals(EnglishStemmer.Instance.Stem(first.ToLowerInvariant()), EnglishStemmer.Instance.Stem(second.ToLowerInvariant()), StringComparison.Ordinal);
}
