using System.Collections.Frozen;
using System.Collections.Immutable;
using Crosswire.Comparison.Entities;
using Crosswire.Core.Documents;

namespace Crosswire.Comparison.Quotes;

/// <summary>The quotation reading of one article (see <see cref="QuoteExtractor"/>).</summary>
internal sealed class ArticleQuotes
{
    private static readonly FrozenSet<string> s_skipBeforeVerb = Set(
        "also", "later", "previously", "has", "had", "have", "now", "then", "would", "will", "yesterday", "today",
        "earlier", "again", "repeatedly", "publicly", "separately", "once", "last", "night", "simply", "only");

    private static readonly FrozenSet<string> s_betweenVerbAndThat = Set(
        "the", "a", "an", "in", "on", "at", "to", "of", "statement", "interview", "court", "reporters", "journalists",
        "him", "her", "them", "us", "me", "yesterday", "today", "tonight", "last", "night", "week", "earlier", "later",
        "also", "both", "clubs", "members", "staff", "parliament", "hearing", "jury", "magistrates", "residents",
        "listeners", "radio", "television", "its", "his", "their", "during", "meeting", "conference", "news", "press",
        "briefing", "investors", "shareholders", "workers", "fans", "supporters", "officers", "councillors", "written",
        "morning", "evening", "afternoon", "lawmakers", "delegates", "colleagues", "previously", "repeatedly", "now",
        "broadcaster", "programme", "show", "station", "post", "letter", "email", "emailed", "social", "media", "online",
        "interviews", "statements", "remarks");

    private static readonly FrozenSet<string> s_partialVerbs = Set(
        "called", "calls", "described", "describes", "branded", "brands", "labelled", "labeled", "dismissed",
        "dismisses", "termed", "praised", "criticised", "criticized", "condemned", "hailed", "accused");

    private static readonly FrozenSet<string> s_indefinite = Set(
        "a", "an", "one", "two", "three", "four", "several", "some", "another", "other", "many", "few");

    private static readonly FrozenSet<string> s_spokespeople = Set("spokesperson", "spokesman", "spokeswoman", "representative");

    private static readonly FrozenSet<string> s_documents = Set(
        "letter", "report", "document", "memo", "lawsuit", "complaint", "filing", "indictment", "study", "survey",
        "poll", "paper", "sign", "note", "leaflet", "website", "post", "tweet");

    private static readonly FrozenSet<string> s_pronouns = Set("he", "she", "they", "it", "we", "i");

    // Nouns for a business ("the company said"), resolved to the article's main company.
    private static readonly FrozenSet<string> s_businessNouns = Set(
        "company", "firm", "business", "group", "maker", "manufacturer", "developer", "operator", "retailer",
        "insurer", "lender", "carrier", "airline", "brewer", "supplier", "startup", "conglomerate", "giant", "chain",
        "network", "broadcaster", "channel", "newspaper", "publisher", "label", "brand", "website", "outfit", "producer");

    // Last words of company names. Source: general knowledge of company naming; compiled for Crosswire.
    private static readonly FrozenSet<string> s_companySuffixes = Set(
        "Ltd", "Ltd.", "Limited", "Inc", "Inc.", "Corp", "Corp.", "Corporation", "Co", "Co.", "Company", "plc",
        "LLC", "LLP", "AG", "SA", "NV", "GmbH", "Group", "Holdings", "Industries", "Therapeutics", "Pharmaceuticals",
        "Pharma", "Biotech", "Motors", "Airlines", "Airways", "Railways", "Railway", "Rail", "Technologies",
        "Technology", "Systems", "Energy", "Enterprises", "Brewery", "Foods", "Partners", "Capital", "Bank",
        "Insurance", "Shipping", "Logistics", "Engineering", "Construction", "Homes", "Electronics", "Labs",
        "Laboratories", "Media", "Telecom", "Mining", "Steel", "Oil", "Gas", "Power", "Utilities", "Stores");

    // First or last words of the names of public bodies, which "the company" never refers to. Source: general
    // knowledge of public-sector naming; compiled for Crosswire.
    private static readonly FrozenSet<string> s_publicBodies = Set(
        "Council", "Police", "Constabulary", "Ministry", "Department", "Authority", "Agency", "Court", "University",
        "College", "School", "Party", "Union", "Government", "Board", "Commission", "Committee", "Parliament",
        "Assembly", "Hospital", "Trust", "Service", "Office", "Bureau", "Institute", "Association", "Federation",
        "Society", "Club", "Church", "Foundation", "Charity", "Library", "Museum", "League", "Coalition", "Senate",
        "Congress", "Army", "Navy", "Force", "Tribunal", "Inquiry", "Cabinet", "Executive", "Administration");

    // Plural nouns for groups of people: the antecedent of "they" when nearer than any named organisation.
    private static readonly FrozenSet<string> s_pluralPeople = Set(
        "people", "leaders", "officials", "sources", "ministers", "executives", "residents", "analysts", "investors",
        "campaigners", "experts", "lawyers", "members", "workers", "protesters", "negotiators", "diplomats", "sides",
        "countries", "governments", "parties", "families", "relatives", "witnesses", "passengers", "doctors",
        "scientists", "researchers", "economists", "traders", "bankers", "politicians", "lawmakers", "MPs",
        "councillors", "police", "officers", "staff", "employees", "students", "parents", "teachers", "fans",
        "critics", "opponents", "supporters", "activists", "locals", "neighbours", "neighbors", "organisers");

    // Lower-case words after a quotation that are no noun it could name: conjunctions, relatives, pronouns.
    private static readonly FrozenSet<string> s_notNouns = Set(
        "and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "to", "than", "so", "because", "if",
        "unless", "although", "though", "whether", "where", "it", "he", "she", "they", "we", "i", "you", "this", "these",
        "those", "not", "also", "too", "instead", "rather", "the", "a", "an");

    // Plural nouns for groups of unnamed people who can speak as a group ("residents of the estate said").
    private static readonly FrozenSet<string> s_groupPeople = Set(
        "people", "residents", "officials", "sources", "analysts", "witnesses", "neighbours", "neighbors", "locals",
        "passengers", "workers", "employees", "staff", "campaigners", "protesters", "activists", "diplomats",
        "negotiators", "executives", "investors", "traders", "doctors", "nurses", "parents", "relatives", "fans",
        "supporters", "members", "councillors", "lawmakers", "students", "teachers", "survivors", "villagers",
        "rescuers", "volunteers", "shoppers", "commuters", "farmers", "fishermen", "owners", "tenants");

    // Groups that take part in a story rather than a class that comments on it: "officials said" and
    // "residents said" are unnamed speakers even unqualified, while "scientists warn" is a class statement.
    private static readonly FrozenSet<string> s_participantGroups = Set(
        "officials", "residents", "witnesses", "sources", "neighbours", "neighbors", "locals", "passengers",
        "analysts", "investigators", "rescuers", "villagers", "survivors", "eyewitnesses", "organisers", "organizers",
        "prosecutors", "authorities");

    // Words after such a noun that single out the group: "residents of", "people familiar with", "officials
    // on both sides", "two people who were there".
    private static readonly FrozenSet<string> s_groupQualifiers = Set(
        "of", "in", "at", "from", "on", "near", "inside", "outside", "familiar", "close", "who", "with", "involved",
        "living", "briefed", "across", "around", "along", "opposite", "behind");

    // Words that open a prepositional phrase or an adverbial, never a reported clause: "told reporters after
    // the talks", "told the radio station from his hospital bed".
    private static readonly FrozenSet<string> s_prepositions = Set(
        "after", "before", "during", "through", "in", "on", "at", "from", "outside", "inside", "with", "without",
        "by", "via", "over", "under", "near", "following", "amid", "across", "alongside", "beside", "behind",
        "within", "into", "towards", "toward", "for", "of", "while", "when", "as", "upon", "between", "against",
        "ahead", "earlier", "later", "afterwards", "again", "repeatedly", "privately", "publicly", "separately");

    // Finite verb forms that mark a clause after verbs such as "announced" or "confirmed": auxiliaries,
    // modals, copulas and frequent irregular pasts. Source: general knowledge of English grammar.
    private static readonly FrozenSet<string> s_finite = Set(
        "is", "are", "was", "were", "am", "be", "will", "would", "could", "can", "should", "shall", "may", "might",
        "must", "has", "have", "had", "do", "does", "did", "won't", "wouldn't", "couldn't", "can't", "isn't",
        "wasn't", "weren't", "hasn't", "haven't", "hadn't", "didn't", "doesn't", "don't", "went", "came", "saw",
        "made", "took", "gave", "found", "left", "kept", "held", "knew", "thought", "told", "said", "got", "grew",
        "fell", "rose", "met", "paid", "sold", "bought", "built", "lost", "won", "ran", "began", "became", "brought",
        "needs", "wants", "plans", "remains", "expects", "intends", "hopes");

    // Verbs of saying that are used as often with a noun-phrase object or an infinitive ("announced the
    // creation of", "agreed to strengthen", "accepted the invitation"): reported speech only with a clause.
    private static readonly FrozenSet<string> s_clauseOnlyVerbs = Set(
        "announced", "announces", "agreed", "accepted", "promised", "pledged", "vowed", "confirmed", "confirms",
        "reported", "revealed", "disclosed", "indicated", "recommended", "recommends", "urged", "estimated",
        "estimates", "predicted", "predicts", "denied", "acknowledged", "acknowledges", "recalled", "reiterated",
        "observed", "stated", "states", "declared", "described", "claimed", "claims", "maintained", "maintains",
        "alleged", "alleges", "stressed", "stresses", "emphasised", "emphasized", "believed", "believes",
        "suggested", "suggests", "explained", "explains", "noted", "notes", "wrote", "writes", "complained");

    private readonly QuoteExtractor _owner;
    private readonly AnalyzedArticle _article;
    private readonly string _text;
    private readonly ImmutableArray<Token> _tokens;
    private readonly ImmutableArray<QuotedText> _marks;
    private readonly List<(EntityMention Mention, Entity Entity)> _mentions;
    private readonly ImmutableArray<Entity> _entities;
    private readonly EntityLexicon _lexicon = EntityLexicon.Default;
    private Attribution? _last;
    private int _lastParagraph = -10;
    private int _anonymousAt = -1;

    public ArticleQuotes(QuoteExtractor owner, AnalyzedArticle article, ImmutableArray<Entity> entities, List<(EntityMention Mention, Entity Entity)> mentions)
    {
        _owner = owner;
        _article = article;
        _text = article.Article.Text;
        _tokens = article.Tokens;
        _marks = QuotationMarks.Find(article);
        _entities = entities;
        _mentions = mentions;
    }

    public ImmutableArray<Quote> Run()
    {
        var quotes = new List<Quote>();
        var nextMark = 0;
        for (var s = 0; s < _article.Sentences.Length; s++)
        {
            var sentence = _article.Sentences[s];

            // Quotations in marks that open in this sentence, then the sentence's reported speech.
            while (nextMark < _marks.Length && _marks[nextMark].OpenMark < sentence.Span.End)
            {
                if (Direct(_marks[nextMark], nextMark) is { } quote)
                {
                    quotes.Add(quote);
                }

                nextMark++;
            }

            if (_owner.Options.IncludeReported)
            {
                quotes.AddRange(Reported(s));
            }
        }

        while (nextMark < _marks.Length)
        {
            if (Direct(_marks[nextMark], nextMark) is { } quote)
            {
                quotes.Add(quote);
            }

            nextMark++;
        }

        quotes.Sort((a, b) => a.Text.Start.CompareTo(b.Text.Start));
        return [.. quotes];
    }

    private Quote? Direct(QuotedText mark, int index)
    {
        var content = mark.Content;
        if (content.Length == 0 || IsTitleOfWork(mark))
        {
            return null;
        }

        var kind = IsPartial(mark) ? QuoteKind.Partial : QuoteKind.Direct;
        if (kind == QuoteKind.Partial && (IsScareQuote(mark) || IsCoinedName(mark)))
        {
            return null;
        }

        var first = SentenceAt(mark.OpenMark);
        var last = SentenceAt(mark.RunsOn ? content.End - 1 : mark.CloseMark);
        Attribution? found = null;

        // After the closing mark, up to the next mark or the sentence end: `," she said.`, `, said X.`
        if (!mark.RunsOn && last >= 0)
        {
            var end = TokenEnd(last);
            var start = FirstTokenAfter(mark.CloseMark, last);
            var stop = StopAtMark(start, end);
            for (var t = start; t < stop && found is null && !IsClauseOpener(t); t++)
            {
                if (IsSpeechToken(t, partial: kind == QuoteKind.Partial))
                {
                    found = SpeakerAround(t, start, stop);
                }
            }
        }

        // Before the opening mark, back to the previous mark or the sentence start: `X said: "`.
        if (found is null && first >= 0)
        {
            var sentenceStart = _article.Sentences[first].FirstToken;
            var end = FirstTokenAfter(mark.OpenMark - 1, first);
            var start = StartAfterMark(sentenceStart, end);
            // The nearest verb of saying whose subject is named; else the nearest one with any subject.
            Attribution? fallback = null;
            for (var t = end - 1; t >= start && found is null; t--)
            {
                if (IsSpeechToken(t, partial: true) && SpeakerAround(t, start, end) is { } candidate)
                {
                    if (candidate.EntityId is not null)
                    {
                        found = candidate;
                    }
                    else
                    {
                        fallback ??= candidate;
                    }
                }
            }

            found ??= fallback;

            // A second quotation in the same sentence: the speaker of the first ("said … "with regret" and
            // that Quill had "done the honourable thing"").
            if (found is null && _last is not null && start > sentenceStart)
            {
                found = _last with { Mention = null };
            }

            // "Amir Haddad, who leads the group: "…"" and "One caller said: "…"".
            if (found is null && end - 1 >= start && Is(end - 1, ":"))
            {
                found = FirstNamed(start, end - 1) ?? Nominal(start, end - 1);
            }

            // A partial quote in the reporter's sentence: the sentence's subject ("Feltham thanked the minister
            // for "a very candid evening""); a name in an object or a clause is not who is quoted.
            if (found is null && kind == QuoteKind.Partial)
            {
                found = Subject(start, end) ?? Attribution.UnknownSpeaker;
            }
        }

        var paragraph = _article.Sentences[Math.Max(0, first)].Paragraph;
        if (found is null && _last is not null && kind == QuoteKind.Direct && (mark.ContinuesPrevious || paragraph - _lastParagraph <= 1))
        {
            found = _last with { Mention = null };
        }

        if (found is null && first > 0)
        {
            found = AttributionIn(first - 1);
        }

        found ??= Attribution.UnknownSpeaker;
        _last = found;
        _lastParagraph = paragraph;
        return MakeQuote(content, kind, found);
    }

    private IEnumerable<Quote> Reported(int s)
    {
        var sentence = _article.Sentences[s];
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        while (end > first && _tokens[end - 1].Kind == TokenKind.Punctuation && !IsQuoteMark(end - 1))
        {
            end--;
        }

        if (end - first < 4)
        {
            yield break;
        }

        var hasMarks = false;
        for (var t = first; t < first + sentence.TokenCount; t++)
        {
            hasMarks |= IsQuoteMark(t);
        }

        // "…, X said." / "…, according to X." / "…, said X.": the clause before the last comma, when the
        // attribution closes the sentence and the clause has no attribution of its own.
        var comma = LastComma(first, end);
        if (!hasMarks && comma > first && !HasReportingVerb(first, comma) && end - comma <= 9)
        {
            for (var t = comma + 1; t < end; t++)
            {
                if (IsWord(t, "according") && t + 1 < end && IsWord(t + 1, "to"))
                {
                    var speaker = FirstNamed(t + 2, end) ?? Nominal(t + 2, end);
                    if (speaker is not null && ClauseQuote(first, comma, speaker) is { } quote)
                    {
                        yield return quote;
                        yield break;
                    }

                    break;
                }

                // "…, where a major incident had been declared": a relative clause or a passive is no attribution.
                if (SpeechVerbs.IsReporting(Word(t)) && IsLower(t) && end - t <= 6 && !IsRelativeOpening(comma + 1) && !IsPassive(t))
                {
                    var speaker = SpeakerAround(t, comma + 1, end);
                    if (speaker is not null && ClauseQuote(first, comma, speaker) is { } quote)
                    {
                        yield return quote;
                        yield break;
                    }

                    break;
                }
            }
        }

        // "According to X, …".
        if (!hasMarks && IsWord(first, "according") && first + 1 < end && IsWord(first + 1, "to") && comma > first)
        {
            var firstComma = NextComma(first, end);
            var speaker = FirstNamed(first + 2, firstComma);
            if (speaker is null && Nominal(first + 2, firstComma) is { } nominal)
            {
                // "According to the official, Rydell expressed interest": a role noun resolved to someone the
                // clause itself names is that clause's subject, not its source.
                speaker = NamedWithin(nominal, firstComma + 1, end) ? Attribution.UnknownSpeaker : nominal;
            }

            if (speaker is not null && ClauseQuote(firstComma + 1, end, speaker) is { } quote)
            {
                yield return quote;
            }

            yield break;
        }

        // "X said (that) …", "By then, she said, …".
        for (var v = first + 1; v < end; v++)
        {
            if (IsInsideMarks(v) || !SpeechVerbs.IsReporting(Word(v)) || !IsLower(v))
            {
                continue;
            }

            var clauseStart = ClauseStart(v, end, out var parenthetical, out var afterThat);
            if (clauseStart < 0 || clauseStart >= end)
            {
                continue;
            }

            if (!afterThat && !parenthetical && s_clauseOnlyVerbs.Contains(Word(v).ToString()) && !HasFiniteClause(clauseStart, end))
            {
                continue;
            }

            var subjectStart = StartAfterMark(first, v);
            if (parenthetical)
            {
                subjectStart = Math.Max(subjectStart, PreviousComma(first, v) + 1);
            }

            var speaker = SpeakerAround(v, subjectStart, v);
            if (speaker is null)
            {
                continue;
            }

            var clauseEnd = end;
            for (var t = clauseStart; t < end; t++)
            {
                if (Is(t, ",") && t + 2 < end && IsWord(t + 1, "according") && IsWord(t + 2, "to"))
                {
                    clauseEnd = t;
                    break;
                }
            }

            // A clause with a quotation in it is annotated through that quotation.
            var marked = false;
            for (var t = clauseStart; t < clauseEnd; t++)
            {
                marked |= IsQuoteMark(t);
            }

            if (marked)
            {
                yield break;
            }

            if (ClauseQuote(clauseStart, clauseEnd, speaker) is { } quote)
            {
                yield return quote;
            }

            yield break;
        }
    }

    /// <summary>Where the reported clause after verb <paramref name="v"/> starts: after <c>that</c> when it
    /// comes after only objects and adverbials, else after the told-object, else right after the verb.</summary>
    private int ClauseStart(int v, int end, out bool parenthetical) => ClauseStart(v, end, out parenthetical, out _);

    private int ClauseStart(int v, int end, out bool parenthetical, out bool afterThat)
    {
        parenthetical = false;
        afterThat = false;
        var next = v + 1;
        if (next >= end)
        {
            return -1;
        }

        if (Is(next, ",") && v - 1 >= 0 && (Is(v - 2, ",") || IsPronoun(v - 1) && Is(v - 2, ",")))
        {
            parenthetical = true;
            return next + 1;
        }

        if (Is(next, ":") || IsQuoteMark(next) || Is(next, ",") || Is(next, "."))
        {
            return -1;
        }

        for (var t = next; t < Math.Min(end, next + 9); t++)
        {
            if (IsWord(t, "that"))
            {
                afterThat = true;
                return t + 1;
            }

            if (!(s_betweenVerbAndThat.Contains(Word(t).ToString()) || IsCapital(t)))
            {
                break;
            }
        }

        var word = Word(v);
        if (word.Equals("told", StringComparison.OrdinalIgnoreCase) || word.Equals("tells", StringComparison.OrdinalIgnoreCase))
        {
            // "told the court his client …", "told reporters …", "told Kelford Crown Court …".
            var t = next;
            if (IsWord(t, "the") || IsWord(t, "a"))
            {
                t++;
                while (t < end && IsLower(t) && !IsClauseStarter(t) && t - next < 3)
                {
                    t++;
                }
            }
            else
            {
                while (t < end && (IsCapital(t) || IsWord(t, "reporters") || IsWord(t, "journalists") || IsPronounObject(t)) && t - next < 5)
                {
                    t++;
                }
            }

            // "told Japanese reporters after the talks", "told the radio from his hospital bed": an adverbial,
            // not a reported clause.
            return t < end && IsPrepositionOpening(t) ? -1 : t;
        }

        // "said on Monday the …", "said in a statement the …" are rare; take the clause right after the verb.
        return (IsClauseStarter(next) || IsCapital(next) || _tokens[next].Kind == TokenKind.Number) && !IsPrepositionOpening(next) ? next : -1;
    }

    /// <summary>A word that opens a new clause after a quotation ("… "a significant step" but that the search
    /// would continue"): a verb of saying after it is that clause's, not the quotation's attribution.</summary>
    private bool IsClauseOpener(int t) =>
        IsWord(t, "that") || IsWord(t, "but") || IsWord(t, "because") || IsWord(t, "although") || IsWord(t, "though") || IsRelativeOpening(t);

    private bool IsRelativeOpening(int t) =>
        IsWord(t, "where") || IsWord(t, "which") || IsWord(t, "who") || IsWord(t, "whom") || IsWord(t, "whose") || IsWord(t, "when") || IsWord(t, "while");

    private bool IsPassive(int v) =>
        v > 0 && (IsWord(v - 1, "been") || IsWord(v - 1, "be") || IsWord(v - 1, "being") || IsWord(v - 1, "was") || IsWord(v - 1, "were")
            || IsWord(v - 1, "is") || IsWord(v - 1, "are"));

    /// <summary>A preposition or adverb opening a phrase at <paramref name="t"/> ("after the talks", "through an
    /// interpreter"); "at least", "about 40" and "up to" open quantities, which can start a clause.</summary>
    private bool IsPrepositionOpening(int t) =>
        IsLower(t) && s_prepositions.Contains(Word(t).ToString())
        && !(IsWord(t, "at") && (IsWord(t + 1, "least") || IsWord(t + 1, "most")));

    /// <summary>True when tokens [start, end) read as a clause: the clause-only verb (<c>announced</c>,
    /// <c>agreed</c>) is followed by a subject and a finite verb before any infinitive <c>to</c>, comma or
    /// relative word ("announced it would build" is speech; "announced a plan to build", "agreed Tuesday to
    /// strengthen", "accepted the invitation with pleasure" are actions).</summary>
    private bool HasFiniteClause(int start, int end)
    {
        // "claims she slept with …", "announced it had …": a subject pronoun opens a clause.
        if (IsPronoun(start) && !IsWord(start, "it") || IsWord(start, "it") && start + 1 < end && IsLower(start + 1) && !IsWord(start + 1, "to"))
        {
            return true;
        }

        for (var t = start; t < Math.Min(end, start + 8); t++)
        {
            if (Is(t, ",") || Is(t, ";") || IsWord(t, "to") || IsWord(t, "which") || IsWord(t, "who"))
            {
                return false;
            }

            if (t > start && IsLower(t) && (s_finite.Contains(Word(t).ToString()) || LooksPast(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A lower-case "-ed" word that is not an adjective after a determiner ("the planned closure").</summary>
    private bool LooksPast(int t)
    {
        var word = Word(t);
        return word.Length > 4 && word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !IsDeterminer(t - 1);
    }

    private bool IsClauseStarter(int t)
    {
        var word = Word(t).ToString().ToLowerInvariant();
        return word is "the" or "a" or "an" or "it" or "he" or "she" or "they" or "we" or "i" or "there" or "this" or "his" or "her"
            or "their" or "its" or "officers" or "police" or "some" or "no" or "more" or "up" or "at" or "about" or "nine" or "two"
            or "three" or "four" or "five" or "six" or "members" or "staff" or "all" or "both" or "only" or "every" or "any";
    }

    private Quote? ClauseQuote(int start, int end, Attribution speaker)
    {
        while (start < end && (_tokens[start].Kind == TokenKind.Punctuation))
        {
            start++;
        }

        while (end > start && _tokens[end - 1].Kind == TokenKind.Punctuation)
        {
            end--;
        }

        var words = 0;
        for (var t = start; t < end; t++)
        {
            words += _tokens[t].IsWordLike ? 1 : 0;
        }

        if (words < _owner.Options.MinReportedWords || speaker.IsGeneric)
        {
            return null;
        }

        var span = TextSpan.FromBounds(_tokens[start].Span.Start, _tokens[end - 1].Span.End);
        _last = speaker;
        _lastParagraph = _article.Sentences[SentenceAt(span.Start)].Paragraph;
        return MakeQuote(span, QuoteKind.Reported, speaker);
    }

    private Quote MakeQuote(TextSpan span, QuoteKind kind, Attribution speaker)
    {
        // The article's own outlet ("TOKYO (Tsubame Press) --", "The Gazette has learned") reports; it does not speak.
        if (speaker.EntityId is { } id && _entities.FirstOrDefault(e => e.Id == id) is { } entity && IsOutlet(entity))
        {
            speaker = Attribution.UnknownSpeaker;
        }

        return new(_article.Article.Id, span, kind, speaker.Speaker, speaker.Mention)
        {
            Words = _text[span.Start..span.End],
            SpeakerEntityId = speaker.EntityId,
        };
    }

    /// <summary>The attribution of a sentence without quotation (<c>X said on Tuesday.</c>), for the quotation
    /// paragraph that follows it.</summary>
    private Attribution? AttributionIn(int s)
    {
        var sentence = _article.Sentences[s];
        var first = sentence.FirstToken;
        var end = first + sentence.TokenCount;
        for (var t = first; t < end; t++)
        {
            if (IsQuoteMark(t))
            {
                return null;
            }
        }

        for (var t = first; t < end; t++)
        {
            if (IsSpeechToken(t, partial: false))
            {
                return SpeakerAround(t, first, end);
            }
        }

        return Is(end - 1, ":") ? FirstNamed(first, end) : null;
    }

    /// <summary>The speaker of verb <paramref name="v"/>: its subject before it, or after it when the
    /// attribution is inverted (<c>said Tom Kerr</c>).</summary>
    private Attribution? SpeakerAround(int v, int start, int end)
    {
        // "X said crews had made "only a handful" of patrols off the Vester Coast, warning that …": searched from after an
        // earlier quotation, a participle after a comma hangs on a clause whose subject lies before that
        // quotation, never on the name just before the comma.
        if (v - 1 > start && Is(v - 1, ",") && Word(v).EndsWith("ing", StringComparison.Ordinal) && !IsWord(v, "according") && !IsSentenceStart(start))
        {
            for (var t = v - 2; t >= start; t--)
            {
                if (IsSpeechToken(t, partial: false) && !Word(t).EndsWith("ing", StringComparison.Ordinal))
                {
                    return SpeakerAround(t, start, v - 1);
                }
            }

            return null;
        }

        var b = v - 1;
        while (b >= start && _tokens[b].Kind == TokenKind.Word && s_skipBeforeVerb.Contains(Word(b).ToString()) && !IsPronoun(b))
        {
            b--;
        }

        if (IsWord(v, "according"))
        {
            var to = v + 1 < end && IsWord(v + 1, "to") ? v + 2 : v + 1;
            var stopAt = NextComma(to, end);
            return FirstNamed(to, stopAt) ?? Nominal(to, stopAt) ?? Attribution.UnknownSpeaker;
        }

        if ((AnonymousSubject(start, v) ?? GroupSubject(start, v)) is { } anonymous)
        {
            return anonymous;
        }

        if (b >= start && !Is(b, ","))
        {
            if (IsPronoun(b))
            {
                return Pronoun(b);
            }

            // "Jeff Rathke declined to say whether … but said": the verb shares the sentence's subject.
            if ((IsWord(b, "but") || IsWord(b, "and")) && Subject(start, b) is { } shared)
            {
                return shared;
            }

            if (MentionEndingAt(b) is { } named)
            {
                // "Asha Patel of Northern Counties Police said": the person, not their organisation.
                if (named.Mention is { } mention && IsAfterPreposition(mention.Span.Start) && FirstNamed(start, b, organizationsToo: false) is { } person)
                {
                    return person;
                }

                return named;
            }

            return Nominal(start, b + 1);
        }

        if (b >= start && Is(b, ","))
        {
            // "Deborah Vance, the trust's chair, said": the first name in the subject; "the Harbour Party — the
            // party of President X — urged …, saying": the organisation that heads the subject, not the person
            // in its apposition.
            // "Speaking at …, after talks with X, the Prime Minister, Catherine Rydell, called …": after a
            // participial opener the subject is the name just before the verb, not a name inside the opener.
            var named = (b - 1 > start && OpensWithParticiple(start) ? MentionEndingAt(b - 1) : null) ?? Subject(start, b) ?? FirstNamed(start, b);
            if (named is not null)
            {
                return named;
            }
        }

        // Inverted: "said one supporter", "said Tom Kerr, a spokesman for Pryce".
        var after = v + 1;
        var stop = end;
        for (var t = after; t < end; t++)
        {
            if (IsQuoteMark(t))
            {
                stop = t;
                break;
            }
        }

        if (after < stop)
        {
            var firstComma = NextComma(after, stop);
            return FirstNamed(after, firstComma) ?? Nominal(after, firstComma) ?? FirstNamed(after, stop);
        }

        return null;
    }

    /// <summary>A sentence opening with a participle phrase ("Speaking at …,", "Asked about …,").</summary>
    private bool OpensWithParticiple(int start)
    {
        var s = SentenceAt(_tokens[start].Span.Start);
        var first = s >= 0 ? _article.Sentences[s].FirstToken : start;
        if (!IsCapital(first))
        {
            return false;
        }

        var word = Word(first);
        return word.Length > 4 && word.EndsWith("ing", StringComparison.Ordinal) || word.Equals("Asked", StringComparison.Ordinal);
    }

    /// <summary>"One mother whose family …", "A union official", "one supporter": an anonymous person as the
    /// subject of tokens [start, v). Remembered so that a later "she said" stays anonymous.</summary>
    private Attribution? AnonymousSubject(int start, int v)
    {
        var phrase = start;
        if (phrase >= v || !IsLower(phrase) && !IsCapital(phrase))
        {
            return null;
        }

        var determiner = Word(phrase).ToString().ToLowerInvariant();
        if (!s_indefinite.Contains(determiner) || determiner is "two" or "three" or "four" or "several" or "some" or "many" or "few")
        {
            return null;
        }

        for (var t = phrase + 1; t < Math.Min(v, phrase + 4); t++)
        {
            // "a company spokesperson", "a spokesperson": speaking for a body, resolved as a description.
            if (_lexicon.OrganizationNouns.Contains(Word(t)) || s_spokespeople.Contains(Word(t).ToString()))
            {
                return null;
            }

            if (_lexicon.PersonNouns.Contains(Word(t)))
            {
                _anonymousAt = _tokens[t].Span.Start;
                return Attribution.UnknownSpeaker;
            }
        }

        return null;
    }

    /// <summary>"Residents of the Ollerby estate, next to the quarry, said", "Two people familiar with the talks
    /// said", "Greek officials said", "officials said": a group of unnamed people opening the subject of verb
    /// <paramref name="v"/>, singled out by a number, a demonym or place name or a phrase after the noun, or a
    /// group taking part in the story (officials, residents, witnesses), is an unknown speaker. A class
    /// ("scientists warn", "people say") is left to <see cref="Nominal"/>, and so is a group of a named
    /// organisation ("officials at Hallam Council").</summary>
    private Attribution? GroupSubject(int start, int v)
    {
        var phrase = start;
        while (phrase < v && (IsWord(phrase, "but") || IsWord(phrase, "and") || IsWord(phrase, "yet") || IsWord(phrase, "however") || Is(phrase, ",")))
        {
            phrase++;
        }

        // "On Tuesday, officials in Brenmark said": after an opening adverbial phrase.
        if (phrase < v && s_prepositions.Contains(Word(phrase).ToString()) && IsCapital(phrase))
        {
            var comma = NextComma(phrase, v);
            phrase = comma < v ? comma + 1 : v;
        }

        for (var p = phrase; p < Math.Min(v, phrase + 4); p++)
        {
            if (_tokens[p].Kind != TokenKind.Word || !s_groupPeople.Contains(Word(p).ToString()))
            {
                if (_tokens[p].Kind == TokenKind.Punctuation || s_finite.Contains(Word(p).ToString()) || IsSpeechToken(p, partial: true))
                {
                    return null;
                }

                continue;
            }

            var qualified = p + 1 < v && s_groupQualifiers.Contains(Word(p + 1).ToString());
            for (var t = phrase; t < p && !qualified; t++)
            {
                qualified = _tokens[t].Kind == TokenKind.Number || IsWord(t, "two") || IsWord(t, "three") || IsWord(t, "several")
                    || IsWord(t, "some") || IsWord(t, "many") || IsWord(t, "few") || _lexicon.Demonyms.Contains(Word(t))
                    || IsCapital(t) && MentionEndingAt(t) is { Mention.Type: EntityType.Place };
            }

            if (!qualified && !s_participantGroups.Contains(Word(p).ToString()) || p + 1 < v && FirstNamedOrganization(p + 1, v))
            {
                return null;
            }

            return Attribution.UnknownSpeaker;
        }

        return null;
    }

    private bool FirstNamedOrganization(int start, int end) => FirstNamed(start, end) is { Mention: { } mention } && mention.Type == EntityType.Organization;

    /// <summary>A described speaker: a role (<c>the minister</c>), an organisation noun (<c>the council</c>,
    /// <c>a company spokesperson</c>), a spokesperson for a named body, or an anonymous source.</summary>
    private Attribution? Nominal(int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        for (var t = start; t < end; t++)
        {
            if (IsWord(t, "who") || IsWord(t, "which") || IsWord(t, "whose"))
            {
                end = t;
                break;
            }
        }

        if (end <= start)
        {
            return null;
        }

        // "a spokesman for Pryce", "An NCFA spokesperson": a named body inside the phrase.
        var head = end - 1;
        while (head > start && _tokens[head].Kind != TokenKind.Word)
        {
            head--;
        }

        var determinerAt = head;
        while (determinerAt > start && determinerAt > head - 4 && !IsDeterminer(determinerAt) && !Is(determinerAt - 1, ","))
        {
            determinerAt--;
        }

        var phraseStart = IsDeterminer(determinerAt) ? determinerAt : Math.Max(start, head - 3);
        var forAt = -1;
        for (var t = phraseStart; t < end; t++)
        {
            if (IsWord(t, "for") || IsWord(t, "of"))
            {
                forAt = t;
                break;
            }
        }

        if (forAt > 0)
        {
            var body = FirstNamed(forAt + 1, end, organizationsToo: true);
            if (body is not null)
            {
                return body;
            }

            head = forAt - 1;
        }

        var named = FirstNamed(phraseStart, end, organizationsToo: true);
        if (named is not null)
        {
            return named;
        }

        var noun = Word(head).ToString().ToLowerInvariant();
        var determiner = Word(phraseStart).ToString().ToLowerInvariant();
        var indefinite = s_indefinite.Contains(determiner);
        var plural = noun.EndsWith('s') && !_lexicon.PersonNouns.Contains(noun) && !_lexicon.OrganizationNouns.Contains(noun);
        if (plural)
        {
            // "officials", "scientists": a class or a group; anonymous when counted or qualified.
            // A capital only because the sentence starts there ("Marine biologists say") singles out nobody.
            var capital = IsCapital(phraseStart) && (!IsSentenceStart(phraseStart) || _lexicon.Demonyms.Contains(Word(phraseStart)) || MentionEndingAt(phraseStart) is not null);
            var qualified = indefinite || phraseStart < head && (capital || _tokens[phraseStart].Kind == TokenKind.Number);
            return qualified ? Attribution.UnknownSpeaker : Attribution.Generic;
        }

        // Organisation nouns: "the council", "the force", "a company spokesperson", "police".
        for (var t = phraseStart; t <= head; t++)
        {
            var word = Word(t).ToString().ToLowerInvariant();
            if (_lexicon.OrganizationNouns.Contains(word) || word is "police" or "force" or "statement")
            {
                return word == "statement" ? _last : Organization(word, _tokens[start].Span.Start);
            }
        }

        // "says the letter", "the report said": an unsigned document does not identify who speaks.
        if (s_documents.Contains(noun))
        {
            return Attribution.UnknownSpeaker;
        }

        // "a spokesperson said" after a sentence about the unit: the organisation last named.
        if (s_spokespeople.Contains(noun))
        {
            return RecentOrganization(_tokens[start].Span.Start) ?? Attribution.UnknownSpeaker;
        }

        if (indefinite)
        {
            _anonymousAt = _tokens[head].Span.Start;
            return Attribution.UnknownSpeaker;
        }

        if (_lexicon.PersonNouns.Contains(noun))
        {
            return Role(noun) ?? (IsDeterminer(phraseStart) ? Attribution.UnknownSpeaker : null);
        }

        return null;
    }

    private Attribution? Role(string noun)
    {
        Attribution? best = null;
        var bestAt = -1;
        foreach (var entity in _entities)
        {
            if (entity.Type != EntityType.Person || !entity.Roles.Any(r => r.EndsWith(noun, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var at = entity.Mentions.Where(m => m.ArticleId == _article.Article.Id).Select(m => m.Span.Start).DefaultIfEmpty(-1).Max();
            if (best is null || at > bestAt)
            {
                best = Attribution.Of(entity, null);
                bestAt = at;
            }
        }

        return best;
    }

    /// <summary>True when the entity of <paramref name="speaker"/> is mentioned between tokens
    /// <paramref name="start"/> and <paramref name="end"/>.</summary>
    private bool NamedWithin(Attribution speaker, int start, int end)
    {
        if (speaker.EntityId is not { } id || start >= end)
        {
            return false;
        }

        var (from, to) = (_tokens[start].Span.Start, _tokens[end - 1].Span.End);
        return _mentions.Any(m => m.Entity.Id == id && m.Mention.Span.Start >= from && m.Mention.Span.Start < to);
    }

    private Attribution? RecentOrganization(int position)
    {
        for (var k = _mentions.Count - 1; k >= 0; k--)
        {
            var (mention, entity) = _mentions[k];
            if (mention.Span.Start < position && entity.Type == EntityType.Organization && !IsOutlet(entity))
            {
                return Attribution.Of(entity, null);
            }
        }

        return null;
    }

    /// <summary>The article's own outlet (<c>Tsubame Press</c> in "Tsubame Press - English News", <c>The
    /// Gazette</c> in "The Port Ardent Gazette"): never the speaker of the article's sentences.</summary>
    private bool IsOutlet(Entity entity)
    {
        if (entity.Type != EntityType.Organization || string.IsNullOrEmpty(_article.Article.Source))
        {
            return false;
        }

        var source = OutletWords(_article.Article.Source);
        return source.Count > 0 && entity.Aliases.Prepend(entity.Name).Any(name => OutletWords(name) is { Count: > 0 } words && words.IsSubsetOf(source));
    }

    private static HashSet<string> OutletWords(string name)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in name.Split([' ', '-', ':', '|', '\u2013', '\u2014'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!part.Equals("the", StringComparison.OrdinalIgnoreCase))
            {
                words.Add(part);
            }
        }

        return words;
    }

    /// <summary>"The council said", "police said", "the company said": the organisation of the story whose name
    /// carries the noun (<c>Teesmouth Borough Council</c>); for a business noun the article's most-mentioned
    /// company; for police with no force named, "Police" itself. Never some other organisation named nearby.</summary>
    private Attribution? Organization(string noun, int position)
    {
        var cue = noun switch
        {
            "force" or "police" => "Police",
            _ => char.ToUpperInvariant(noun[0]) + noun[1..],
        };

        var organizations = _mentions.Where(p => p.Entity.Type == EntityType.Organization && !IsOutlet(p.Entity)).ToList();
        var named = organizations.LastOrDefault(p => p.Mention.Span.Start < position && HasWord(p.Entity.Name, cue));
        if (named.Entity is not null)
        {
            return Attribution.Of(named.Entity, null);
        }

        var anyNamed = _entities.FirstOrDefault(e => e.Type == EntityType.Organization && !IsOutlet(e) && HasWord(e.Name, cue));
        if (anyNamed is not null)
        {
            return Attribution.Of(anyNamed, null);
        }

        if (cue == "Police")
        {
            return new Attribution("Police", null, null);
        }

        return s_businessNouns.Contains(noun) ? Company(organizations, position) : Attribution.UnknownSpeaker;
    }

    /// <summary>"The company said": the company heading the sentence (<c>Millbrook Water will drain …, the company
    /// said</c>), else the company that spoke last in this or the previous paragraph, else the article's
    /// most-mentioned organisation that is no public body (ties broken among company names, <c>Ltd</c>,
    /// <c>Industries</c>), when one leads; else unknown.</summary>
    private Attribution Company(List<(EntityMention Mention, Entity Entity)> organizations, int position)
    {
        var s = SentenceAt(position);
        if (s >= 0 && Subject(_article.Sentences[s].FirstToken, TokenAt(position)) is { EntityId: { } subjectId } subject
            && organizations.Any(p => p.Entity.Id == subjectId && !IsPublicBody(p.Entity.Name)))
        {
            return subject with { Mention = null };
        }

        var paragraph = s >= 0 ? _article.Sentences[s].Paragraph : 0;
        if (_last is { EntityId: { } lastId } last && paragraph - _lastParagraph <= 1
            && organizations.Any(p => p.Entity.Id == lastId && !IsPublicBody(p.Entity.Name)))
        {
            return last with { Mention = null };
        }

        return MostMentioned(organizations.Where(p => !IsPublicBody(p.Entity.Name)))
            ?? MostMentioned(organizations.Where(p => IsCompanyName(p.Entity.Name)))
            ?? Attribution.UnknownSpeaker;
    }

    private static Attribution? MostMentioned(IEnumerable<(EntityMention Mention, Entity Entity)> organizations)
    {
        var counts = organizations
            .GroupBy(p => p.Entity.Id, StringComparer.Ordinal)
            .Select(g => (g.First().Entity, Count: g.Count()))
            .OrderByDescending(c => c.Count)
            .ToList();
        return counts.Count == 1 || counts.Count > 1 && counts[0].Count > counts[1].Count ? Attribution.Of(counts[0].Entity, null) : null;
    }

    private static bool IsCompanyName(string name) => s_companySuffixes.Contains(LastWord(name));

    private static bool IsPublicBody(string name) =>
        s_publicBodies.Contains(LastWord(name)) || s_publicBodies.Contains(name.Split(' ')[0]);

    private static string LastWord(string name) => name[(name.LastIndexOf(' ') + 1)..];

    private static bool HasWord(string name, string word)
    {
        foreach (var part in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Equals(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private Attribution? Pronoun(int t)
    {
        var word = Word(t).ToString().ToLowerInvariant();
        var position = _tokens[t].Span.Start;
        if (word is "he" or "she")
        {
            var gender = word == "he" ? PersonGender.Male : PersonGender.Female;
            var exact = _mentions.Any(p => p.Mention.Span.Start < position && !p.Mention.InQuote && p.Entity.Type == EntityType.Person && p.Entity.Gender == gender);
            for (var k = _mentions.Count - 1; k >= 0; k--)
            {
                var (mention, entity) = _mentions[k];
                if (mention.Span.Start < position && !mention.InQuote && entity.Type == EntityType.Person
                    && (entity.Gender == gender || !exact && entity.Gender == PersonGender.Unknown))
                {
                    // An anonymous person introduced after the last named one: "she" is that person.
                    return _anonymousAt > mention.Span.Start && _anonymousAt < position ? Attribution.UnknownSpeaker : Attribution.Of(entity, null);
                }
            }

            return Attribution.UnknownSpeaker;
        }

        if (word is "it" or "they" or "we")
        {
            for (var k = _mentions.Count - 1; k >= 0; k--)
            {
                var (mention, entity) = _mentions[k];
                if (mention.Span.Start < position && !mention.InQuote && entity.Type == EntityType.Organization && !IsOutlet(entity))
                {
                    // "two people familiar with the deal … they said": a plural group named after the
                    // organisation is the antecedent, and it is not a named entity.
                    return word != "it" && PluralGroupBetween(mention.Span.End, t) ? Attribution.UnknownSpeaker : Attribution.Of(entity, null);
                }
            }
        }

        return Attribution.UnknownSpeaker;
    }

    /// <summary>A plural noun for people ("people", "officials", "leaders") outside quotations between text
    /// position <paramref name="from"/> and token <paramref name="pronoun"/>.</summary>
    private bool PluralGroupBetween(int from, int pronoun)
    {
        for (var t = pronoun - 1; t >= 0 && _tokens[t].Span.Start >= from; t--)
        {
            if (_tokens[t].Kind == TokenKind.Word && s_pluralPeople.Contains(Word(t).ToString()) && !IsInsideMarks(t))
            {
                return true;
            }
        }

        return false;
    }

    private Attribution? MentionEndingAt(int t)
    {
        var token = _tokens[t].Span;
        foreach (var (mention, entity) in _mentions)
        {
            if (mention.Span.Start <= token.Start && mention.Span.End <= token.End && mention.Span.End >= token.End - 2
                && (entity.Type != EntityType.Place || IsStateSubject(mention)))
            {
                return Attribution.Of(entity, mention);
            }
        }

        return null;
    }

    /// <summary>"The U.S. said it was deeply concerned", "Norway said": a country (a gazetteer place) as the
    /// subject of a verb of saying speaks for its government; "residents in Kelford said" is not the place.</summary>
    private bool IsStateSubject(EntityMention mention)
    {
        if (!_lexicon.Places.Contains(mention.Text) && !_lexicon.PlaceAliases.ContainsKey(mention.Text))
        {
            return false;
        }

        var before = TokenAt(mention.Span.Start) - 1;
        var sentence = SentenceAt(mention.Span.Start);
        var first = sentence >= 0 ? _article.Sentences[sentence].FirstToken : 0;
        return before < first || IsWord(before, "the") && (before == first || Is(before - 1, ",")) || Is(before, ",");
    }

    /// <summary>The first person named in tokens [start, end), else the first organisation when allowed.</summary>
    private Attribution? FirstNamed(int start, int end, bool organizationsToo = true)
    {
        if (end <= start)
        {
            return null;
        }

        var from = _tokens[start].Span.Start;
        var to = _tokens[Math.Min(end, _tokens.Length) - 1].Span.End;
        (EntityMention Mention, Entity Entity)? organization = null;
        foreach (var pair in _mentions)
        {
            if (pair.Mention.Span.Start < from || pair.Mention.Span.End > to || pair.Mention.InQuote || IsPossessive(pair.Mention))
            {
                continue;
            }

            if (pair.Entity.Type == EntityType.Person)
            {
                return Attribution.Of(pair.Entity, pair.Mention);
            }

            if (pair.Entity.Type == EntityType.Organization)
            {
                organization ??= pair;
            }
        }

        return organizationsToo && organization is { } org ? Attribution.Of(org.Entity, org.Mention) : null;
    }

    /// <summary>The first person or organisation in tokens [start, end) placed as a subject: opening the
    /// sentence, after a comma (<c>In one message, Feltham thanked</c>) or after a title (<c>Chief Whip X</c>),
    /// and followed by a lower-case word or an apposition; not after a preposition, a verb or <c>and</c>.</summary>
    private Attribution? Subject(int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        var from = _tokens[start].Span.Start;
        var to = _tokens[Math.Min(end, _tokens.Length) - 1].Span.End;
        foreach (var (mention, entity) in _mentions)
        {
            if (mention.Span.Start < from || mention.Span.End > to || mention.InQuote || IsPossessive(mention)
                || entity.Type == EntityType.Place)
            {
                continue;
            }

            var before = TokenAt(mention.Span.Start) - 1;
            var after = TokenAt(mention.Span.End - 1) + 1;
            var opens = before < start || Is(before, ",") || IsCapital(before) || IsPossessiveMark(before)
                || IsWord(before, "the") && (before == start || Is(before - 1, ","));
            var continues = after < end && (IsLower(after) || Is(after, ",") || Is(after, "\u2014") || Is(after, "\u2013") || Is(after, "--") || Is(after, "("));
            if (opens && continues)
            {
                return Attribution.Of(entity, mention);
            }
        }

        return null;
    }

    private bool IsPossessiveMark(int t) => t >= 0 && (Is(t, "'s") || Is(t, "\u2019s"));

    /// <summary>"Pellow's barrister": the possessor is not the subject.</summary>
    private bool IsPossessive(EntityMention mention)
    {
        var end = mention.Span.End;
        return end + 1 < _text.Length && _text[end] is '\'' or '\u2019' && _text[end + 1] is 's' or ' ';
    }

    private bool IsAfterPreposition(int position)
    {
        var t = TokenAt(position) - 1;
        if (t >= 0 && (IsWord(t, "the")))
        {
            t--;
        }

        return t >= 0 && (IsWord(t, "of") || IsWord(t, "for") || IsWord(t, "at") || IsWord(t, "from"));
    }

    private int TokenAt(int position)
    {
        int low = 0, high = _tokens.Length - 1, found = 0;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (_tokens[mid].Span.Start <= position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    private bool IsPartial(QuotedText mark)
    {
        // Direct: the quotation opens its sentence, follows a colon, or follows "said,". Partial: it sits in
        // the reporter's sentence as a phrase.
        var p = mark.OpenMark - 1;
        while (p >= 0 && char.IsWhiteSpace(_text[p]))
        {
            p--;
        }

        if (p < 0 || mark.ContinuesPrevious)
        {
            return false;
        }

        var before = _text[p];
        if (before is ':' or '.' or '?' or '!' or '\u2014' or '\u2013' or '"' or '\u201D' or '\u201C')
        {
            return false;
        }

        var paragraphStart = mark.Paragraph < _article.Paragraphs.Length ? _article.Paragraphs[mark.Paragraph].Span.Start : 0;
        if (p < paragraphStart)
        {
            return false;
        }

        if (before == ',')
        {
            // `said, "We …"` is direct; `the "so-called", "x"` lists are partial.
            var wordEnd = p;
            var wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(_text[wordStart - 1]))
            {
                wordStart--;
            }

            if (SpeechVerbs.IsVerb(_text.AsSpan(wordStart, wordEnd - wordStart)))
            {
                return false;
            }
        }

        var content = mark.Content.Slice(_text);
        var sentenceLike = char.IsUpper(content[0]) && content[^1] is '.' or '?' or '!' or ',' && WordCount(content) >= 4;
        if (SentenceAt(mark.OpenMark) is var s and >= 0 && _tokens[_article.Sentences[s].FirstToken].Span.Start >= mark.OpenMark)
        {
            return false;
        }

        return !sentenceLike;
    }

    private bool IsTitleOfWork(QuotedText mark)
    {
        // A title in marks ("Die Glasbraut"): every word capitalised, short, no sentence punctuation. American
        // style puts a comma or full stop inside the marks ("the ad "The Force," with …"), so one is allowed
        // when the marks sit inside the reporter's sentence with no verb of saying just before them.
        var content = mark.Content.Slice(_text);
        if (content.Length > 1 && content[^1] is '.' or ',' && IsPartial(mark) && !HasSpeechVerbNear(mark, before: 3, after: 0))
        {
            content = content[..^1];
        }

        if (content.Length == 0 || content.Length > 60 || content[^1] is '.' or ',' or '?' or '!')
        {
            return false;
        }

        var words = content.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 5 && words.All(w => char.IsUpper(w[0]) || char.IsDigit(w[0]) || w is "of" or "the" or "and" or "a" or "in")
            && words.Any(w => char.IsUpper(w[0]));
    }

    /// <summary>Scare quotes (<c>a "smart" wall</c>, <c>to "sabotage" a team</c>): one or two words in marks
    /// inside the reporter's sentence, with no verb of saying before them in the sentence nor just after them,
    /// are the reporter's words, not a quotation (<c>said the dinner had been "a courtesy"</c> stays).</summary>
    private bool IsScareQuote(QuotedText mark) =>
        !mark.RunsOn && WordCount(mark.Content.Slice(_text)) <= _owner.Options.MaxScareQuoteWords
        && !HasSpeechVerbNear(mark, before: int.MaxValue, after: 4);

    /// <summary>A coined name in marks used as a modifier (<c>agreed to hold a new economic "two-plus-two"
    /// dialogue</c>): up to four words with no closing punctuation, between a lower-case word and the lower-case
    /// noun it names, with no verb of saying before it in the sentence nor just after it. Verbs such as
    /// <c>agreed</c> or <c>announced</c>, which report speech only with a clause, do not count.</summary>
    private bool IsCoinedName(QuotedText mark)
    {
        var content = mark.Content.Slice(_text).Trim();
        if (mark.RunsOn || mark.CloseMark < 0 || content.Length == 0 || char.IsPunctuation(content[^1])
            || WordCount(content) > _owner.Options.MaxScareQuoteWords + 2)
        {
            return false;
        }

        var open = TokenAt(mark.OpenMark);
        var close = TokenAt(mark.CloseMark);
        var next = close + 1;
        if (open < 1 || next >= _tokens.Length || !IsLower(open - 1) || !IsLower(next) || SentenceAt(mark.OpenMark) != SentenceAt(_tokens[next].Span.Start))
        {
            return false;
        }

        var noun = Word(next).ToString();
        return !s_notNouns.Contains(noun) && !s_prepositions.Contains(noun) && !s_finite.Contains(noun) && !IsSpeechToken(next, partial: true)
            && !IsSpeechToken(open - 1, partial: true) && !HasSpeechVerbNear(mark, before: int.MaxValue, after: 4, clauseOnlyVerbs: false);
    }

    /// <summary>A verb of saying (or <c>called</c>, <c>described as</c>, <c>according to</c>) within
    /// <paramref name="before"/> words before the opening mark or <paramref name="after"/> words after the
    /// closing mark, in the same sentence and outside other quotations.</summary>
    private bool HasSpeechVerbNear(QuotedText mark, int before, int after, bool clauseOnlyVerbs = true)
    {
        var s = SentenceAt(mark.OpenMark);
        if (s < 0)
        {
            return false;
        }

        var first = _article.Sentences[s].FirstToken;
        var open = TokenAt(mark.OpenMark);
        var words = 0;
        for (var t = open - 1; t >= first && words < before; t--)
        {
            if (IsQuoteMark(t) || Is(t, ";"))
            {
                break;
            }

            if (_tokens[t].Kind == TokenKind.Word)
            {
                words++;
                if ((IsSpeechToken(t, partial: true) || IsWord(t, "as") && t > first && IsSpeechToken(t - 1, partial: true))
                    && (clauseOnlyVerbs || !IsClauseOnlyVerb(t)))
                {
                    return true;
                }
            }
        }

        if (mark.CloseMark < 0 || after == 0)
        {
            return false;
        }

        var end = TokenEnd(SentenceAt(mark.CloseMark));
        words = 0;
        for (var t = TokenAt(mark.CloseMark) + 1; t < Math.Min(end, _tokens.Length) && words < after; t++)
        {
            if (IsQuoteMark(t))
            {
                break;
            }

            if (_tokens[t].Kind == TokenKind.Word)
            {
                words++;
                if (IsSpeechToken(t, partial: true) && (clauseOnlyVerbs || !IsClauseOnlyVerb(t)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool IsClauseOnlyVerb(int t) => s_clauseOnlyVerbs.Contains(Word(t).ToString()) && !s_partialVerbs.Contains(Word(t).ToString());

    private static int WordCount(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = char.IsLetterOrDigit(c);
            count += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return count;
    }

    private bool IsSpeechToken(int t, bool partial)
    {
        if (_tokens[t].Kind != TokenKind.Word || !IsLower(t))
        {
            return false;
        }

        var word = Word(t);
        return SpeechVerbs.IsVerb(word) || partial && s_partialVerbs.Contains(word.ToString()) || IsWord(t, "according");
    }

    private int SentenceAt(int position)
    {
        var sentences = _article.Sentences;
        int low = 0, high = sentences.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            if (sentences[mid].Span.Start <= position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    private int TokenEnd(int s) => _article.Sentences[s].FirstToken + _article.Sentences[s].TokenCount;

    private int FirstTokenAfter(int position, int s)
    {
        var t = _article.Sentences[s].FirstToken;
        var end = TokenEnd(s);
        while (t < end && _tokens[t].Span.Start <= position)
        {
            t++;
        }

        return t;
    }

    private int StopAtMark(int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (IsQuoteMark(t))
            {
                return t;
            }
        }

        return end;
    }

    private int StartAfterMark(int start, int end)
    {
        for (var t = end - 1; t >= start; t--)
        {
            if (IsQuoteMark(t))
            {
                return t + 1;
            }
        }

        return start;
    }

    private bool HasReportingVerb(int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (IsLower(t) && SpeechVerbs.IsReporting(Word(t)))
            {
                return true;
            }
        }

        return false;
    }

    private int LastComma(int start, int end)
    {
        for (var t = end - 1; t > start; t--)
        {
            if (Is(t, ","))
            {
                return t;
            }
        }

        return -1;
    }

    private int NextComma(int start, int end)
    {
        for (var t = start; t < end; t++)
        {
            if (Is(t, ","))
            {
                return t;
            }
        }

        return end;
    }

    private int PreviousComma(int start, int v)
    {
        for (var t = v - 1; t >= start; t--)
        {
            if (Is(t, ",") && t < v - 1)
            {
                return t;
            }
        }

        return start - 1;
    }

    private bool IsInsideMarks(int t) => QuotationMarks.IsInside(_marks, _tokens[t].Span.Start);

    private bool IsQuoteMark(int t)
    {
        if (_tokens[t].Kind != TokenKind.Punctuation)
        {
            return false;
        }

        var c = _text[_tokens[t].Span.Start];
        return c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u201E';
    }

    private bool IsPronoun(int t) => t >= 0 && _tokens[t].Kind == TokenKind.Word && s_pronouns.Contains(Word(t).ToString().ToLowerInvariant());

    private bool IsPronounObject(int t) => IsWord(t, "him") || IsWord(t, "her") || IsWord(t, "them") || IsWord(t, "us") || IsWord(t, "me");

    private bool IsDeterminer(int t)
    {
        var word = Word(t).ToString().ToLowerInvariant();
        return word is "the" or "its" or "his" or "her" or "their" || s_indefinite.Contains(word);
    }

    private bool IsSentenceStart(int t) => SentenceAt(_tokens[t].Span.Start) is var s and >= 0 && _article.Sentences[s].FirstToken == t;

    private bool IsLower(int t) => _tokens[t].Kind == TokenKind.Word && char.IsLower(_text[_tokens[t].Span.Start]);

    private bool IsCapital(int t) => _tokens[t].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[t].Span.Start]);

    private ReadOnlySpan<char> Word(int t) => _tokens[t].Span.Slice(_text);

    private bool Is(int t, string value) => t >= 0 && t < _tokens.Length && Word(t).SequenceEqual(value);

    private bool IsWord(int t, string value) => t >= 0 && t < _tokens.Length && _tokens[t].Kind == TokenKind.Word && Word(t).Equals(value, StringComparison.OrdinalIgnoreCase);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>A resolved speaker.</summary>
    private sealed record Attribution(string Speaker, EntityMention? Mention, string? EntityId)
    {
        public static Attribution UnknownSpeaker { get; } = new(Quote.Unknown, null, null);

        /// <summary>A class or joint statement ("scientists warn"), which is not a quotation.</summary>
        public static Attribution Generic { get; } = new(Quote.Unknown, null, null) { IsGeneric = true };

        public bool IsGeneric { get; init; }

        public static Attribution Of(Entity entity, EntityMention? mention) => new(entity.Name, mention, entity.Id);
    }
}
