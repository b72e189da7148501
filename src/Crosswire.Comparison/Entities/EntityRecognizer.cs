using System.Collections.Immutable;
using Crosswire.Comparison.Quotes;
using Crosswire.Core.Documents;
using Crosswire.Text.Tokenization;

namespace Crosswire.Comparison.Entities;

/// <summary>
/// Finds the proper names of people, organisations and places in one analysed article, with rules over
/// capitalised token runs, word lists (<see cref="EntityLexicon"/>) and the words around each name. Job titles
/// before a name become the mention's <see cref="EntityMention.Title"/>; courtesy titles stay in the name.
/// Mentions whose only sign of being a name is a sentence-initial capital are marked tentative for the
/// <see cref="EntityResolver"/> to confirm or drop.
/// </summary>
public sealed class EntityRecognizer
{
    private readonly EntityRecognizerOptions _options;
    private readonly EntityLexicon _lexicon;

    /// <summary>Creates a recogniser with <paramref name="options"/> (default: <see cref="EntityRecognizerOptions.Default"/>).</summary>
    public EntityRecognizer(EntityRecognizerOptions? options = null)
    {
        _options = options ?? EntityRecognizerOptions.Default;
        _lexicon = ReferenceEquals(_options, EntityRecognizerOptions.Default) ? EntityLexicon.Default : new EntityLexicon(_options);
    }

    /// <summary>A recogniser with the default options.</summary>
    public static EntityRecognizer Default { get; } = new();

    internal EntityLexicon Lexicon => _lexicon;

    /// <summary>The entity mentions of <paramref name="article"/>, in text order.</summary>
    public ImmutableArray<EntityMention> Recognize(AnalyzedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var quotes = QuotationMarks.Find(article);
        var sink = ImmutableArray.CreateBuilder<EntityMention>();
        var scan = new RunScanner(this, article, article.Tokens, quotes, sink);
        foreach (var sentence in article.Sentences)
        {
            scan.Segment(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, dateline: false);
        }

        // Datelines and photo captions are taken out of the prose by boilerplate removal, but their place
        // and the people and places a caption describes are mentions of the story.
        foreach (var removed in article.Removed)
        {
            if (removed.Kind == BoilerplateKind.Dateline && _options.ReadDatelines
                || removed.Kind == BoilerplateKind.Caption && _options.ReadCaptions)
            {
                var tokens = ImmutableArray.CreateBuilder<Token>();
                s_tokenizer.Tokenize(article.Article.Text, CaptionText(article.Article.Text, removed.Span), tokens);
                var extra = new RunScanner(this, article, tokens.ToImmutable(), quotes, sink);
                extra.Segment(0, tokens.Count, dateline: removed.Kind == BoilerplateKind.Dateline);
            }
        }

        sink.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return sink.ToImmutable();
    }

    private static readonly Tokenizer s_tokenizer = new();

    /// <summary>A caption without its trailing credit in brackets (<c>(Jess Okoro / Wexham Echo)</c>).</summary>
    private static TextSpan CaptionText(string text, TextSpan span)
    {
        var end = span.End;
        while (end > span.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > span.Start && text[end - 1] == ')')
        {
            var open = text.LastIndexOf('(', end - 1, end - span.Start);
            if (open >= span.Start && text.AsSpan(open, end - open).Contains('/'))
            {
                end = open;
            }
        }

        return TextSpan.FromBounds(span.Start, Math.Max(span.Start, end));
    }

    internal bool ReadDatelines => _options.ReadDatelines;

    internal int MaxNameWords => Math.Max(1, _options.MaxNameWords);

    /// <summary>The scan of one article: walks each sentence's tokens and turns capitalised runs into mentions.</summary>
    private sealed class RunScanner(EntityRecognizer owner, AnalyzedArticle article, ImmutableArray<Token> tokens, ImmutableArray<QuotedText> quotes, ImmutableArray<EntityMention>.Builder sink)
    {
        private readonly EntityLexicon _lex = owner._lexicon;
        private readonly string _text = article.Article.Text;
        private readonly ImmutableArray<Token> _tokens = tokens;
        private bool? _isSportsArticle;

        public void Segment(int first, int end, bool dateline)
        {
            if (!dateline && IsHeadlineCase(first, end))
            {
                return;
            }

            var i = first;
            while (i < end)
            {
                if (!IsCapitalWord(i))
                {
                    i++;
                    continue;
                }

                var last = ExtendRun(i, end);
                var words = new List<int>();
                for (var k = i; k <= last; k++)
                {
                    words.Add(k);
                }

                if (dateline)
                {
                    // Only the place of a dateline, never the agency in brackets.
                    if (IsDateline(words))
                    {
                        Emit(words, EntityType.Place, TypeEvidence.Lexical, null, tentative: false, dateline: true);
                    }

                    return;
                }

                Process(words, first, end);

                i = last + 1;
            }
        }

        /// <summary>A headline left in the body ("Star Took Her Husband To The Show"): most words capitalised,
        /// so capitals say nothing about names there.</summary>
        private bool IsHeadlineCase(int first, int end)
        {
            int words = 0, capitals = 0, functionCapitals = 0;
            for (var k = first; k < end; k++)
            {
                if (_tokens[k].Kind != TokenKind.Word)
                {
                    continue;
                }

                words++;
                if (IsCapitalWord(k))
                {
                    capitals++;
                    functionCapitals += Word(k) is "To" or "The" or "A" or "Of" or "In" or "For" or "And" or "On" or "With" or "Her" or "His" or "Is" ? 1 : 0;
                }
            }

            return words >= 5 && capitals * 10 >= words * 7 && functionCapitals > 0 && capitals < words + 1;
        }

        private int PossessiveLength(int k, int end)
        {
            if (_tokens[k].Span.Start != _tokens[k - 1].Span.End)
            {
                return 0;
            }

            var word = Word(k);
            if (word is "'s" or "\u2019s")
            {
                return 1;
            }

            if (word is "'" or "\u2019" && k + 1 < end && Is(k + 1, "s") && _tokens[k + 1].Span.Start == _tokens[k].Span.End)
            {
                return 2;
            }

            // A plural possessive ("the Kansai Manufacturers' Association"): the mark alone after a final s.
            return word is "'" or "\u2019" && Word(k - 1) is [.., 's'] ? 1 : 0;
        }

        private int ExtendRun(int start, int end)
        {
            var last = start;
            while (last + 1 < end)
            {
                var next = last + 1;
                if (!Adjacent(last, next))
                {
                    break;
                }

                if (IsCapitalWord(next))
                {
                    last = next;
                    continue;
                }

                // "Mr." and initials "J. Smith": a full stop glued to a short capitalised word.
                if (Is(next, ".") && next + 1 < end && IsCapitalWord(next + 1) && IsShortForm(last) && Adjacent(next, next + 1))
                {
                    last = next + 1;
                    continue;
                }

                // "Brightwater Children's Trust", "St Aldric's University Hospital".
                var possessive = PossessiveLength(next, end);
                var possessor = Norm(last);
                if (possessive > 0 && !_lex.Places.Contains(possessor) && !_lex.FirstNames.Contains(possessor) && !_lex.OrganizationSuffixes.Contains(possessor)
                    && next + possessive < end && IsCapitalWord(next + possessive) && Adjacent(next + possessive - 1, next + possessive)
                    && !StartsPersonOrDescription(next + possessive))
                {
                    last = next + possessive;
                    continue;
                }

                if (IsConnector(next) && next + 1 < end && IsCapitalWord(next + 1) && Adjacent(next, next + 1))
                {
                    last = next + 1;
                    continue;
                }

                break;
            }

            return last;
        }

        /// <summary>"CNN's Jake Tapper", "the senator's Republican rivals": after a possessive, a first name,
        /// an honorific or a demonym starts a new phrase, so the possessor is a name of its own.</summary>
        private bool StartsPersonOrDescription(int k)
        {
            var word = Norm(k);
            return _lex.FirstNames.Contains(word) || _lex.Honorifics.Contains(word) || IsDemonym(k);
        }

        /// <summary>"Texas-based", "Qatari-owned", "Miami-area": a name joined to a lower-case word is an adjective.</summary>
        private bool IsHyphenatedAdjective(int k)
        {
            var word = Word(k);
            var hyphen = word.LastIndexOf('-');
            return hyphen > 0 && hyphen + 1 < word.Length && char.IsLower(word[hyphen + 1]);
        }

        /// <summary>A kicker or heading in capitals ("MUST WATCH", "TOP TWEETS", "SURVEY OF GEOFF GARIN"): two
        /// or more words of three letters or more in capitals, unless the whole is a known place.</summary>
        private bool IsCapitalsHeading(List<int> words)
        {
            var capitals = 0;
            foreach (var w in words)
            {
                capitals += IsAllCaps(w) && Word(w).Length >= 3 ? 1 : 0;
            }

            return capitals >= 2 && !_lex.Places.Contains(TitleCase(Name(words)));
        }

        private void Process(List<int> words, int sentenceFirst, int sentenceEnd)
        {
            if (IsCapitalsHeading(words))
            {
                return;
            }

            // A capitals word too long for an acronym before a name ("WATCHED Report", "KNOW Roger Ailes").
            while (words.Count > 1 && IsAllCaps(words[0]) && Word(words[0]).Length > 6 && !_lex.Places.Contains(Norm(words[0])))
            {
                words.RemoveAt(0);
            }

            var initial = IsInitial(words[0], sentenceFirst);

            // Leading function words and common nouns ("But", "The", "Residents").
            while (words.Count > 0 && (IsGeneric(words[0]) || IsConnector(words[0]) || IsCalendar(words[0])) && !StartsWithPlace(words))
            {
                words.RemoveAt(0);
                initial = false;
                while (words.Count > 0 && (IsConnector(words[0]) || Is(words[0], ".")))
                {
                    words.RemoveAt(0);
                }
            }

            while (words.Count > 0 && (IsCalendar(words[^1]) || IsConnector(words[^1]) || Is(words[^1], ".")
                || words.Count > 1 && s_trailingNoise.Contains(Word(words[^1]).ToString())))
            {
                words.RemoveAt(words.Count - 1);
            }

            if (words.Count == 0)
            {
                return;
            }

            // A job title before the name is a role, not part of it.
            string? title = null;
            if (initial && words.Count > 1 && _lex.PersonNouns.Contains(Word(words[0]).ToString().ToLowerInvariant()))
            {
                title = Word(words[0]).ToString();
                words.RemoveAt(0);
                initial = false;
            }

            // "Head of Communications", "Chair of the board": a role word heading an "of" phrase.
            if (words.Count > 2 && s_roleHeads.Contains(Word(words[0]).ToString()) && (IsWord(words[1], "of") || IsWord(words[1], "for")))
            {
                title = Word(words[0]).ToString();
                words.RemoveAt(0);
                initial = false;
            }

            var titleEnd = TitleEnd(words);
            if (titleEnd >= 0 && titleEnd + 1 < words.Count && (_tokens[words[titleEnd + 1]].Kind != TokenKind.Word || PossessiveLength(words[titleEnd + 1], _tokens.Length) > 0))
            {
                // "County Sheriff's Department": the title word belongs to an organisation's name.
                titleEnd = -1;
            }

            if (titleEnd >= 0)
            {
                if (titleEnd == words.Count - 1)
                {
                    return;
                }

                title = Slice(words[0], words[titleEnd]);
                words.RemoveRange(0, titleEnd + 1);
                initial = false;
            }

            // "Chief Executive Officer of Corvale", "the Prime Minister of Japan": after a title, "of"/"for"
            // leads to the organisation or country the holder serves, not to a person's name.
            var affiliation = false;
            if (title is not null && words.Count > 0 && (IsWord(words[0], "of") || IsWord(words[0], "for")))
            {
                var joiner = Word(words[0]).ToString();
                while (words.Count > 0 && IsConnector(words[0]))
                {
                    words.RemoveAt(0);
                }

                // "Head of Communications": a department, a common noun.
                if (words.Count == 1 && _lex.OrganizationSuffixes.Contains(Norm(words[0])))
                {
                    return;
                }

                // "Secretary of State Liz Marr": the "of" phrase ends the title where a person's name starts.
                var person = words.FindIndex(w => _lex.FirstNames.Contains(Norm(w)) || _lex.Honorifics.Contains(Norm(w)));
                if (person > 0)
                {
                    title = title + " " + joiner + " " + _text[_tokens[words[0]].Span.Start.._tokens[words[person - 1]].Span.End];
                    words.RemoveRange(0, person);
                }
                else
                {
                    title = null;
                    affiliation = true;
                }
            }

            // A lone letter ("A/S"), a product or trial code ("CVT-401", "VESTA-3").
            if (words.Count == 0 || IsGeneric(words[0]) && words.Count == 1 || words.Count == 1 && (Word(words[0]).Length == 1 || IsCode(words[0])))
            {
                return;
            }

            // "AARHUS, Denmark, 15 October …": a dateline left in the first sentence.
            if (words.Count == 1 && words[0] == sentenceFirst && IsAllCaps(words[0]) && words[0] + 2 < sentenceEnd && Is(words[0] + 1, ",")
                && (_lex.Places.Contains(Norm(words[0] + 2)) || _lex.Places.Contains(TitleCase(Word(words[0] + 2).ToString()))))
            {
                Emit(words, EntityType.Place, TypeEvidence.Lexical, null, tentative: false, dateline: true);
                return;
            }

            if (IsEvent(words) || _lex.EventLeads.Contains(Norm(words[0])) && words.Count > 1 || words.All(IsDemonym) || words.Count == 1 && IsHyphenatedAdjective(words[0]))
            {
                return;
            }

            // "Norwegian Hanne Berg" is Hanne Berg, but "the Baltic Sea" and "the Iberian Peninsula" are places.
            if (IsDemonym(words[0]) && words.Count > 1 && !IsOrganizationName(words)
                && !(words.Count == 2 && (_lex.PlaceSuffixes.Contains(Norm(words[1])) || _lex.PlaceHeads.Contains(Norm(words[1])))))
            {
                words.RemoveAt(0);
                initial = false;
                while (words.Count > 0 && IsConnector(words[0]))
                {
                    words.RemoveAt(0);
                }

                if (words.Count == 0 || words.All(IsDemonym))
                {
                    return;
                }
            }

            // "Pellow and Vance", "Britain and Norway": split on "and" unless the whole is one organisation.
            var split = SplitOn(words, "and");
            if (split is not null)
            {
                Process(split.Value.Left, sentenceFirst, sentenceEnd);
                Process(split.Value.Right, sentenceFirst, sentenceEnd);
                return;
            }

            split = SplitOnOf(words);
            if (split is not null)
            {
                Process(split.Value.Left, sentenceFirst, sentenceEnd);
                Process(split.Value.Right, sentenceFirst, sentenceEnd);
                return;
            }

            if (words.Count > owner.MaxNameWords)
            {
                return;
            }

            title ??= TitleBefore(words[0], sentenceFirst);
            var (type, evidence) = IsOutletShortName(words) ? (EntityType.Organization, TypeEvidence.Lexical) : Classify(words, sentenceFirst, sentenceEnd, title);
            if (affiliation && type == EntityType.Person && evidence != TypeEvidence.Lexical)
            {
                (type, evidence) = (EntityType.Organization, TypeEvidence.Context);
            }

            // A heading or title line ("Joint Statement by …", "Business Reporter" under a byline) is written in
            // capitals, so its first run is a name only with a name word in it or when named elsewhere.
            var tentative = initial && evidence != TypeEvidence.Lexical && !HasNameWord(words)
                || words[0] == sentenceFirst && evidence != TypeEvidence.Lexical && IsTitleLine(sentenceFirst, sentenceEnd) && !HasNameWord(words, strict: true);
            Emit(words, type, evidence, title, tentative, dateline: false);
        }

        private void Emit(List<int> words, EntityType type, TypeEvidence evidence, string? title, bool tentative, bool dateline)
        {
            var start = _tokens[words[0]].Span.Start;
            var end = _tokens[words[^1]].Span.End;
            var lastWord = _tokens[words[^1]].Span;
            if (EndsWithPossessive(lastWord, out var cut))
            {
                end -= cut;
            }

            if (end <= start)
            {
                return;
            }

            var span = TextSpan.FromBounds(start, end);
            var gender = PersonGender.Unknown;
            if (_lex.Honorifics.TryGet(Word(words[0]), out var honorificGender))
            {
                gender = honorificGender;
            }
            else if (type == EntityType.Person && words.Count > 1 && _lex.FirstNames.TryGet(Word(words[0]), out var nameGender))
            {
                gender = nameGender;
            }

            sink.Add(new EntityMention(article.Article.Id, span, _text[start..end], type, title)
            {
                Evidence = evidence,
                IsTentative = tentative,
                InQuote = QuotationMarks.IsInside(quotes, start),
                LongForm = LongFormBefore(words[0], _text[start..end]) ?? OutletLongForm(words),
                Gender = gender,
                IsDateline = dateline,
                HasPersonCue = words.Count == 1 && HasPersonCueAfter(words[0]),
            });
        }

        /// <summary>The words after a one-word name show a person: a personal pronoun or "who" referring back to
        /// it ("X said he", "X and her colleagues", "X, who"), a relative after a possessive ("X's wife"), or a
        /// presidency ("the X administration").</summary>
        private bool HasPersonCueAfter(int name)
        {
            var next = name + 1;
            if (next >= _tokens.Length)
            {
                return false;
            }

            // "Dale, Susan and Pellow's": listed with a lone first name.
            if (CoordinatedFirstName(name - 1, -1) || CoordinatedFirstName(next, +1))
            {
                return true;
            }

            var possessive = PossessiveLength(next, _tokens.Length);
            if (possessive > 0)
            {
                var noun = next + possessive;
                return noun < _tokens.Length && _tokens[noun].Kind == TokenKind.Word && s_relatives.Contains(Word(noun).ToString());
            }

            if (IsWord(next, "administration") && char.IsLower(Word(next)[0]))
            {
                return true;
            }

            // "X and her colleagues", "by X and his wife": the possessive after "and" refers to X.
            if (IsWord(next, "and") && next + 1 < _tokens.Length && (Is(next + 1, "his") || Is(next + 1, "her")))
            {
                return true;
            }

            // "led by Quimby, who", but not "a book called The Last Harbour, who".
            var before = name > 0 && _tokens[name - 1].Kind == TokenKind.Word ? Word(name - 1).ToString().ToLowerInvariant() : "";
            if (Is(next, ",") && next + 1 < _tokens.Length && Is(next + 1, "who"))
            {
                return before != "the";
            }

            // An object ("told Brightpost he") is not what the pronoun refers to.
            if (s_beforeObject.Contains(before))
            {
                return false;
            }

            // Up to two lower-case words ("said", "told reporters") before the pronoun; not "her", which is
            // often an object ("told her").
            for (var k = next; k < Math.Min(_tokens.Length, next + 3); k++)
            {
                var word = Word(k);
                if (_tokens[k].Kind != TokenKind.Word || word.Length == 0 || !char.IsLower(word[0]))
                {
                    return false;
                }

                if (s_personPronouns.Contains(word.ToString()))
                {
                    return true;
                }
            }

            return false;
        }

        private (EntityType Type, TypeEvidence Evidence) Classify(List<int> words, int sentenceFirst, int sentenceEnd, string? title)
        {
            var name = Name(words);
            var firstWord = Norm(words[0]);
            var lastWord = Norm(words[^1]);
            if (_lex.Honorifics.Contains(firstWord) && words.Count > 1)
            {
                return (EntityType.Person, TypeEvidence.Lexical);
            }

            if (IsOrganizationName(words))
            {
                return (EntityType.Organization, TypeEvidence.Lexical);
            }

            if (_lex.Places.Contains(name) || _lex.PlaceAliases.ContainsKey(name) || _lex.Places.Contains(TitleCase(name)))
            {
                return (EntityType.Place, TypeEvidence.Lexical);
            }

            // "operations director Helen Marsh": a job title never comes before a street or a marsh.
            if (words.Count > 1 && _lex.PlaceSuffixes.Contains(lastWord) && title is null)
            {
                return (EntityType.Place, TypeEvidence.Lexical);
            }

            // "Ashby Town", "FC Porto": a club in a match report (not "in Ashby Town", not "Kansas City").
            if (words.Count > 1 && title is null && IsSportsArticle && !IsLocativeBefore(words[0] - 1, sentenceFirst)
                && (_lex.ClubSuffixes.Contains(lastWord) || _lex.ClubPrefixes.Contains(firstWord)))
            {
                return (EntityType.Organization, TypeEvidence.Context);
            }

            if (words.Count > 1 && _lex.PlaceLeads.Contains(firstWord))
            {
                return (EntityType.Place, TypeEvidence.Lexical);
            }

            if (words.Count > 2 && _lex.PlaceHeads.Contains(firstWord) && IsWord(words[1], "of"))
            {
                return (EntityType.Place, TypeEvidence.Lexical);
            }

            if (words.Count == 1 && IsAcronym(words[0]))
            {
                return (EntityType.Organization, TypeEvidence.Lexical);
            }

            if (words.Count == 1 && _lex.Institutions.Contains(firstWord))
            {
                return (EntityType.Organization, TypeEvidence.Lexical);
            }

            if (words.Any(w => Is(w, "&")))
            {
                return (EntityType.Organization, TypeEvidence.Lexical);
            }

            if (title is not null || words.Count == 1 && HasPersonCueAfter(words[0]))
            {
                return (EntityType.Person, TypeEvidence.Context);
            }

            var context = FromContext(words, sentenceFirst, sentenceEnd);
            if (context is { } found)
            {
                return (found, TypeEvidence.Context);
            }

            if (_lex.FirstNames.Contains(firstWord) && words.Count <= 4)
            {
                return (EntityType.Person, TypeEvidence.Lexical);
            }

            if (words.Count > 1 && _lex.PlacePrefixes.Contains(firstWord))
            {
                return (EntityType.Place, TypeEvidence.Guess);
            }

            // "arrived at Heathrow": a place unless the story knows the name as an organisation (a weak vote
            // the resolver lets any other cue outweigh); "an analyst at X" works for an organisation.
            var at = words[0] - 1;
            if (words.Count <= 2 && at > sentenceFirst && IsWord(at, "at") && !_lex.PersonNouns.Contains(Word(at - 1)) && !s_employment.Contains(Word(at - 1).ToString()) && !IsPluralGroup(words))
            {
                return (EntityType.Place, TypeEvidence.Guess);
            }

            // "Crime Stoppers", "Cold Hand Bandits": a plural last word names a group, not a person.
            if (IsPluralGroup(words))
            {
                return (EntityType.Organization, TypeEvidence.Guess);
            }

            // Outside sport, "Ashby Town" or "Hallam County" is the place.
            if (words.Count > 1 && _lex.ClubSuffixes.Contains(lastWord) && _lex.PlaceNouns.Contains(lastWord.ToLowerInvariant()))
            {
                return (EntityType.Place, TypeEvidence.Guess);
            }

            return words.Count == 1 && HasPlaceEnding(words[0]) ? (EntityType.Place, TypeEvidence.Guess) : (EntityType.Person, TypeEvidence.Guess);
        }

        /// <summary>A comma or "and" at <paramref name="joint"/>, then (in <paramref name="step"/> direction) a
        /// known first name standing alone, not part of a longer name.</summary>
        private bool CoordinatedFirstName(int joint, int step)
        {
            var other = joint + step;
            var beyond = other + step;
            return joint >= 0 && joint < _tokens.Length && (Is(joint, ",") || IsWord(joint, "and"))
                && other >= 0 && other < _tokens.Length && IsCapitalWord(other) && _lex.FirstNames.Contains(Word(other))
                && (beyond < 0 || beyond >= _tokens.Length || !IsCapitalWord(beyond));
        }

        /// <summary>True when the article uses at least three different words of match reports.</summary>
        private bool IsSportsArticle => _isSportsArticle ??= CountSportWords() >= 3;

        private int CountSportWords()
        {
            var text = article.Article.Text;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var token in article.Tokens)
            {
                var word = token.Span.Slice(text);
                if (token.Kind == TokenKind.Word && word.Length > 2 && char.IsLower(word[0]) && _lex.SportWords.Contains(word))
                {
                    seen.Add(word.ToString());
                }
            }

            return seen.Count;
        }

        /// <summary>Capitals and digits joined by a hyphen: a product, trial or model code.</summary>
        private bool IsCode(int k)
        {
            var word = Word(k);
            var hyphen = word.LastIndexOf('-');
            return hyphen > 0 && hyphen + 1 < word.Length && char.IsDigit(word[hyphen + 1]) && char.IsUpper(word[0]);
        }

        private bool IsPluralGroup(List<int> words)
        {
            var final = Word(words[^1]);
            return words.Count > 1 && final.Length > 3 && final[^1] == 's' && final[^2] != 's' && !_lex.PlaceSuffixes.Contains(Norm(words[^1]));
        }

        /// <summary>"Grangetown", "Saltby", "Stockport": a one-word name with an English place-name ending
        /// (not a first name, six letters or more).</summary>
        private bool HasPlaceEnding(int k)
        {
            var word = Word(k);
            if (word.Length < 6 || _lex.FirstNames.Contains(Norm(k)) || IsAllCaps(k))
            {
                return false;
            }

            foreach (var ending in _lex.PlaceEndings)
            {
                if (word.EndsWith(ending, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>A preposition of place before a name ("in", "near", "through"), also across a coordinated
        /// name before it ("in Hiroshima and Nagasaki").</summary>
        private bool IsLocativeBefore(int before, int sentenceFirst)
        {
            if (before < sentenceFirst || _tokens[before].Kind != TokenKind.Word)
            {
                return false;
            }

            if (s_locatives.Contains(Word(before).ToString().ToLowerInvariant()))
            {
                return true;
            }

            if (!IsWord(before, "and") && !IsWord(before, "or"))
            {
                return false;
            }

            var k = before - 1;
            var names = 0;
            while (k >= sentenceFirst && k > before - 5 && (IsCapitalWord(k) || Is(k, ",")))
            {
                names += IsCapitalWord(k) ? 1 : 0;
                k--;
            }

            return names > 0 && k >= sentenceFirst && _tokens[k].Kind == TokenKind.Word && s_locatives.Contains(Word(k).ToString().ToLowerInvariant());
        }

        /// <summary>"the Gazette" in an article of the Port Carrow Gazette: the outlet itself.</summary>
        private bool IsOutletShortName(List<int> words) => OutletLongForm(words) is not null;

        private string? OutletLongForm(List<int> words)
        {
            var outlet = article.Article.Source;
            if (words.Count != 1 || string.IsNullOrWhiteSpace(outlet) || !outlet.Contains(' ', StringComparison.Ordinal))
            {
                return null;
            }

            var word = Word(words[0]);
            return outlet.AsSpan().TrimEnd().EndsWith(word, StringComparison.Ordinal) && outlet.TrimEnd()[^(word.Length + 1)] == ' '
                ? outlet.Trim()
                : null;
        }

        /// <summary>"New York", "New Zealand": a gazetteer place that starts with a common word.</summary>
        private bool StartsWithPlace(List<int> words) =>
            words.Count >= 2 && IsCapitalWord(words[1]) && (_lex.Places.Contains(Name(words[..2])) || words.Count >= 3 && _lex.Places.Contains(Name(words[..3])));

        private bool IsOrganizationName(List<int> words)
        {
            var lastWord = Norm(words[^1]);
            var firstWord = Norm(words[0]);
            if (words.Count > 1 && _lex.OrganizationSuffixes.Contains(lastWord))
            {
                return true;
            }

            if (words.Count > 1 && words.Any(w => Is(w, "&")))
            {
                return true;
            }

            // "Ministry of Defence", "Athens Observatory for Fire Monitoring": a head word before "of"/"for".
            for (var k = 1; k + 1 < words.Count; k++)
            {
                if ((IsWord(words[k], "of") || IsWord(words[k], "for"))
                    && (_lex.OrganizationHeads.Contains(Norm(words[k - 1])) || _lex.OrganizationSuffixes.Contains(Norm(words[k - 1]))))
                {
                    return !IsPersonStart(words[..k]);
                }
            }

            return false;
        }

        private bool IsPersonStart(List<int> words) =>
            words.Count > 0 && (_lex.Honorifics.Contains(Norm(words[0])) || words.Count >= 2 && _lex.FirstNames.Contains(Norm(words[0])));

        private EntityType? FromContext(List<int> words, int sentenceFirst, int sentenceEnd)
        {
            var before = words[0] - 1;
            var after = words[^1] + 1;

            // "X, 52," is a person; "X, a spokesman for", "X, a family firm", "X, a town".
            if (after + 1 < sentenceEnd && Is(after, ","))
            {
                if (_tokens[after + 1].Kind == TokenKind.Number && after + 2 < sentenceEnd && Is(after + 2, ","))
                {
                    return EntityType.Person;
                }

                var noun = AppositionNoun(after + 1, sentenceEnd);
                if (noun is { } kind)
                {
                    return kind;
                }
            }

            // "the Dormanstown estate", "the Kelford area": a name before a lower-case kind of place.
            if (after < sentenceEnd && words.Count <= 2 && _tokens[after].Kind == TokenKind.Word && _lex.PlaceNouns.Contains(Word(after))
                && !(after + 1 < sentenceEnd && IsWord(after + 1, "of")))
            {
                return EntityType.Place;
            }

            if (before >= sentenceFirst && _tokens[before].Kind == TokenKind.Word)
            {
                var word = Word(before);
                if (_lex.PersonNouns.Contains(word))
                {
                    return EntityType.Person;
                }

                if (_lex.OrganizationNouns.Contains(word))
                {
                    return EntityType.Organization;
                }

                if (IsWord(before, "of") && before - 1 >= sentenceFirst && _lex.PlaceNouns.Contains(Word(before - 1)))
                {
                    return EntityType.Place;
                }

                if (IsWord(before, "of") && before - 1 >= sentenceFirst && Is(before - 1, ",") && words.Count <= 2)
                {
                    return EntityType.Place;
                }

                // "the south bank of the Tees", "the outskirts of Kelford".
                if (words.Count <= 2 && (IsWord(before, "of") && before - 1 >= sentenceFirst && _lex.PlaceParts.Contains(Word(before - 1))
                    || IsWord(before, "the") && before - 2 >= sentenceFirst && IsWord(before - 1, "of") && _lex.PlaceParts.Contains(Word(before - 2))))
                {
                    return EntityType.Place;
                }

                // "Shares in Brightwater Vaccines": a plural group name after "in" is still a group.
                if (IsLocativeBefore(before, sentenceFirst) && words.Count <= 3 && !IsPluralGroup(words) && !IsPersonStart(words))
                {
                    return EntityType.Place;
                }

                if (IsSpeechVerb(word) && !IsWord(before, "told"))
                {
                    return EntityType.Person;
                }

                if (IsWord(before, "the"))
                {
                    return EntityType.Organization;
                }
            }

            if (after < sentenceEnd && _tokens[after].Kind == TokenKind.Word && IsSpeechVerb(Word(after)) && words.Count <= 3)
            {
                return EntityType.Person;
            }

            return null;
        }

        private EntityType? AppositionNoun(int position, int sentenceEnd)
        {
            // ", a/an/the <adjectives> noun": look at up to four lower-case words.
            if (!(IsWord(position, "a") || IsWord(position, "an") || IsWord(position, "the")))
            {
                return null;
            }

            for (var k = position + 1; k < Math.Min(sentenceEnd, position + 5); k++)
            {
                if (_tokens[k].Kind != TokenKind.Word)
                {
                    return null;
                }

                var word = Word(k);
                if (_lex.PersonNouns.Contains(word))
                {
                    return EntityType.Person;
                }

                if (_lex.OrganizationNouns.Contains(word))
                {
                    return EntityType.Organization;
                }

                if (_lex.PlaceNouns.Contains(word))
                {
                    return EntityType.Place;
                }
            }

            return null;
        }

        private string? TitleBefore(int firstWord, int sentenceFirst)
        {
            // "referee Daniel Hesketh", "the trust's chair, Deborah Vance".
            var before = firstWord - 1;
            if (before >= sentenceFirst && Is(before, ","))
            {
                before--;
            }

            if (before < sentenceFirst || _tokens[before].Kind != TokenKind.Word)
            {
                return null;
            }

            var word = Word(before).ToString();
            if (!_lex.PersonNouns.Contains(word))
            {
                return null;
            }

            var start = before;
            while (start - 1 >= sentenceFirst && _tokens[start - 1].Kind == TokenKind.Word && before - start < 3
                && (IsAcronym(start - 1) || s_titleModifiers.Contains(Word(start - 1).ToString()) || _lex.PersonNouns.Contains(Word(start - 1))))
            {
                start--;
            }

            return _text[_tokens[start].Span.Start.._tokens[before].Span.End];
        }

        private int TitleEnd(List<int> words)
        {
            var end = -1;
            for (var k = 0; k < words.Count; k++)
            {
                var word = Norm(words[k]);
                if (_lex.JobTitles.Contains(word) || (k + 1 < words.Count && (IsDemonym(words[k]) || IsAcronym(words[k]) || IsTitleModifier(words, k))))
                {
                    if (_lex.JobTitles.Contains(word))
                    {
                        end = k;
                    }

                    continue;
                }

                break;
            }

            // "Police Chief Constable": a title run must end on a title word and leave a name.
            return end;
        }

        private bool IsTitleModifier(List<int> words, int k)
        {
            // Capitalised words before a title head ("Civil Protection Minister"): accepted when a title word
            // follows within the run before the first name word.
            for (var j = k + 1; j < words.Count; j++)
            {
                var word = Norm(words[j]);
                if (_lex.JobTitles.Contains(word))
                {
                    return !_lex.FirstNames.Contains(Norm(words[k])) && !_lex.Honorifics.Contains(Norm(words[k]));
                }

                // "Business and Trade Secretary": "and" may join the title's modifiers.
                if (_lex.FirstNames.Contains(word) || _lex.Honorifics.Contains(word) || IsConnector(words[j]) && !IsWord(words[j], "and"))
                {
                    return false;
                }
            }

            return false;
        }

        private (List<int> Left, List<int> Right)? SplitOn(List<int> words, string connector)
        {
            var at = words.FindIndex(w => IsWord(w, connector));
            if (at <= 0)
            {
                return null;
            }

            var left = words[..at];
            if (IsOrganizationName(words) && !(left.Count >= 2 && (IsOrganizationName(left) || IsPersonStart(left))))
            {
                return null;
            }

            return (left, words[(at + 1)..]);
        }

        private (List<int> Left, List<int> Right)? SplitOnOf(List<int> words)
        {
            var at = words.FindIndex(w => IsConnector(w) && !Is(w, "&"));
            if (at <= 0)
            {
                return null;
            }

            // "Asha Patel of Northern Counties Police": a person's name, then their organisation.
            if (IsPersonStart(words[..at]) && at >= 2 && (IsWord(words[at], "of") || IsWord(words[at], "for")))
            {
                return (words[..at], words[(at + 1)..]);
            }

            if (IsOrganizationName(words))
            {
                return null;
            }

            var firstWord = Norm(words[0]);
            if (_lex.PlaceHeads.Contains(firstWord) || _lex.Places.Contains(Name(words)))
            {
                return null;
            }

            // Particles inside people's names ("Ludwig van Beethoven", "Inês da Silva") stay.
            if (!IsWord(words[at], "of") && !IsWord(words[at], "for") && !IsWord(words[at], "the"))
            {
                return null;
            }

            return (words[..at], words[(at + 1)..]);
        }

        private bool IsDateline(List<int> words)
        {
            foreach (var w in words)
            {
                var span = Word(w);
                foreach (var c in span)
                {
                    if (char.IsLower(c))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        private bool IsInitial(int token, int sentenceFirst)
        {
            if (token == sentenceFirst)
            {
                return true;
            }

            // After an opening quote mark, a colon or a dash the next word is capitalised anyway.
            for (var k = token - 1; k >= sentenceFirst; k--)
            {
                var kind = _tokens[k].Kind;
                if (kind == TokenKind.Punctuation)
                {
                    var c = _text[_tokens[k].Span.Start];
                    if (c is '"' or '\u201C' or '\u2018' or ':' or '(' or '\u2014' or '\u2013' or '-')
                    {
                        return true;
                    }

                    continue;
                }

                // A list number at the start of a line ("2. Critical minerals.", "4) Semiconductors").
                if (kind == TokenKind.Number && k == sentenceFirst && k + 1 < token && (Is(k + 1, ".") || Is(k + 1, ")")))
                {
                    continue;
                }

                return false;
            }

            return true;
        }

        /// <summary>A sentence that is a whole line with no closing punctuation: a heading, title or label.</summary>
        private bool IsTitleLine(int first, int end)
        {
            if (end <= first || end > _tokens.Length)
            {
                return false;
            }

            var last = _tokens[end - 1];
            if (last.Kind == TokenKind.Punctuation && _text[last.Span.Start] is '.' or '!' or '?' or '"' or '\u201D' or '\'' or '\u2019' or ')' or ':')
            {
                return false;
            }

            var start = _tokens[first].Span.Start;
            return (last.Span.End >= _text.Length || _text[last.Span.End] is '\n' or '\r')
                && (start == 0 || _text[start - 1] is '\n' or '\r');
        }

        private bool HasNameWord(List<int> words, bool strict = false)
        {
            foreach (var w in words)
            {
                var word = Norm(w);
                if (_lex.FirstNames.Contains(word) || _lex.Honorifics.Contains(word) || _lex.Places.Contains(word))
                {
                    return true;
                }
            }

            return !strict && words.Count > 1 && words.Skip(1).All(w => IsCapitalWord(w) || IsConnector(w) || Is(w, "."));
        }

        private string? LongFormBefore(int firstWord, string name)
        {
            // "Food and Dairy Workers Union (FDWU)": the acronym in brackets names the run before it.
            if (!IsAcronym(firstWord) || firstWord < 2 || !Is(firstWord - 1, "(") || firstWord + 1 >= _tokens.Length || !Is(firstWord + 1, ")"))
            {
                return null;
            }

            var last = firstWord - 2;
            var k = last;
            while (k >= 0 && (IsCapitalWord(k) || IsConnector(k)) && last - k < 10)
            {
                k--;
            }

            var start = k + 1;
            while (start <= last && (IsGeneric(start) || IsConnector(start)))
            {
                start++;
            }

            // "Corvale Therapeutics A/S (CORV)": a lone letter is no long form.
            return start <= last && !string.Equals(_text[_tokens[start].Span.Start.._tokens[last].Span.End], name, StringComparison.Ordinal)
                && _tokens[last].Span.End - _tokens[start].Span.Start > 2
                ? _text[_tokens[start].Span.Start.._tokens[last].Span.End]
                : null;
        }

        private bool EndsWithPossessive(TextSpan word, out int cut)
        {
            cut = 0;
            if (word.Length > 2 && (_text[word.End - 2] is '\'' or '\u2019') && _text[word.End - 1] is 's' or 'S')
            {
                cut = 2;
            }
            else if (word.Length > 2 && _text[word.End - 1] is '\'' or '\u2019')
            {
                cut = 1;
            }

            return cut > 0;
        }

        private bool IsEvent(List<int> words)
        {
            var last = Norm(words[^1]);
            if (_lex.EventWords.Contains(last))
            {
                return true;
            }

            return words.Count > 1 && _lex.EventWords.Contains(Norm(words[^2]) + " " + last);
        }

        private bool IsCapitalWord(int k)
        {
            var token = _tokens[k];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            var c = _text[token.Span.Start];
            return char.IsUpper(c) && !(token.Span.Length > 1 && _text[token.Span.Start + 1] == '-');
        }

        private bool IsShortForm(int k)
        {
            var word = Word(k);
            return word.Length == 1 || _lex.Honorifics.Contains(word.ToString() + ".") || _lex.JobTitles.Contains(word.ToString() + ".");
        }

        private bool IsConnector(int k)
        {
            var token = _tokens[k];
            if (token.Kind == TokenKind.Symbol)
            {
                return _text[token.Span.Start] == '&';
            }

            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            var word = Word(k);
            return word is "of" or "for" or "and" or "de" or "da" or "do" or "dos" or "das" or "van" or "von" or "der" or "den" or "la" or "le" or "du" or "del" or "di" or "bin" or "al";
        }

        private bool IsGeneric(int k) => _lex.GenericWords.Contains(Word(k)) || (IsAllCaps(k) && _lex.GenericWords.Contains(TitleCase(Word(k).ToString())));

        private bool IsCalendar(int k) => _lex.CalendarWords.Contains(Norm(k));

        private bool IsDemonym(int k) => _lex.Demonyms.Contains(Norm(k));

        private bool IsAcronym(int k)
        {
            var word = Word(k);
            if (word.Length < 2 || word.Length > 6)
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsUpper(c) && c != '&')
                {
                    return false;
                }
            }

            return !_lex.GenericWords.Contains(word);
        }

        private bool IsAllCaps(int k)
        {
            var word = Word(k);
            if (word.Length < 2)
            {
                return false;
            }

            foreach (var c in word)
            {
                if (char.IsLower(c))
                {
                    return false;
                }
            }

            return true;
        }

        private bool Adjacent(int a, int b)
        {
            // Tokens of one name are separated by at most one space (no line break, no punctuation).
            var gap = _tokens[b].Span.Start - _tokens[a].Span.End;
            if (gap > 1)
            {
                return false;
            }

            return gap == 0 ? Is(b, ".") || Is(a, ".") || PossessiveLength(b, _tokens.Length) > 0 : _text[_tokens[a].Span.End] == ' ';
        }

        private ReadOnlySpan<char> Word(int k) => _tokens[k].Span.Slice(_text);

        private bool Is(int k, string value) => Word(k).SequenceEqual(value);

        private bool IsWord(int k, string value) => _tokens[k].Kind == TokenKind.Word && Word(k).Equals(value, StringComparison.OrdinalIgnoreCase);

        /// <summary>A word in the capitalised form the word lists use (<c>KELFORD</c> → <c>Kelford</c>).</summary>
        private string Norm(int k)
        {
            var word = Word(k).ToString();
            return IsAllCaps(k) && word.Length > 3 && !_lex.GenericWords.Contains(word) ? TitleCase(word) : word;
        }

        private string Name(List<int> words) => _text[_tokens[words[0]].Span.Start.._tokens[words[^1]].Span.End];

        private string Slice(int first, int last) => _text[_tokens[first].Span.Start.._tokens[last].Span.End];
    }

    // Capitalised words glued to the end of a name by a missing full stop or by page furniture ("Ferguson A
    // crowd …", "Ferguson Photos").
    private static readonly ImmutableHashSet<string> s_personPronouns = ImmutableHashSet.Create(
        StringComparer.Ordinal, "he", "she", "his", "himself", "herself");

    private static readonly ImmutableHashSet<string> s_beforeObject = ImmutableHashSet.Create(
        StringComparer.Ordinal, "the", "told", "to", "for", "of", "with", "from", "by", "at", "on", "in", "about", "against");

    private static readonly ImmutableHashSet<string> s_relatives = ImmutableHashSet.Create(
        StringComparer.Ordinal, "wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow",
        "widower", "parents", "children", "family", "grandson", "granddaughter", "fiancee", "fiancé", "girlfriend", "boyfriend");

    private static readonly ImmutableHashSet<string> s_trailingNoise = ImmutableHashSet.Create(
        StringComparer.Ordinal, "The", "A", "An", "But", "And", "Photos", "Photo", "Caption", "Video", "Videos");

    // Prepositions of place before a name. "at" is only a guess (see Classify): "an analyst at Harrowgate
    // Capital" names an organisation.
    private static readonly ImmutableHashSet<string> s_locatives = ImmutableHashSet.Create(
        StringComparer.Ordinal, "in", "near", "from", "outside", "across", "to", "through", "towards", "toward", "around");

    // Words of employment before "at": "worked at Google" names an employer, not a place.
    private static readonly ImmutableHashSet<string> s_employment = ImmutableHashSet.Create(
        StringComparer.OrdinalIgnoreCase, "work", "works", "worked", "working", "job", "jobs", "employed", "employee", "employees",
        "staff", "intern", "internship", "career", "stint", "role", "position", "executive", "executives", "director", "colleagues");

    private static readonly ImmutableHashSet<string> s_roleHeads = ImmutableHashSet.Create(
        StringComparer.Ordinal, "Head", "Chair", "Leader", "Editor", "Member", "Dean");

    private static readonly ImmutableHashSet<string> s_titleModifiers = ImmutableHashSet.Create(
        StringComparer.Ordinal, "chief", "deputy", "senior", "acting", "interim", "former", "assistant", "lead", "head",
        "defence", "defense", "police", "club", "union", "company", "party", "council", "government", "shadow", "joint");

    internal static bool IsSpeechVerb(ReadOnlySpan<char> word) => SpeechVerbs.IsVerb(word);

    /// <summary><c>KELFORD</c> → <c>Kelford</c>; other words unchanged.</summary>
    internal static string TitleCase(string word)
    {
        if (word.Length < 2)
        {
            return word;
        }

        var chars = word.ToCharArray();
        var startOfWord = true;
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = startOfWord ? char.ToUpperInvariant(chars[i]) : char.ToLowerInvariant(chars[i]);
            startOfWord = !char.IsLetter(chars[i]) && chars[i] is not '\'' and not '\u2019';
        }

        return new string(chars);
    }
}
