using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;

namespace Crosswire.Comparison.Entities;

/// <summary>
/// Clusters the entity mentions of one story's articles into entities: full names first, then short forms
/// (surname, honorific and surname, first name, acronym, the first word of an organisation's name, a place's
/// other name from the alias table) joined to the entity they stand for. Tentative mentions (a capital only
/// because the sentence starts there) are kept only when they join an entity named elsewhere.
/// </summary>
public sealed class EntityResolver
{
    private readonly EntityResolverOptions _options;
    private readonly EntityRecognizer _recognizer;

    /// <summary>Creates a resolver with <paramref name="options"/> (default: <see cref="EntityResolverOptions.Default"/>).</summary>
    public EntityResolver(EntityResolverOptions? options = null)
    {
        _options = options ?? EntityResolverOptions.Default;
        _recognizer = _options.Recognizer is null ? EntityRecognizer.Default : new EntityRecognizer(_options.Recognizer);
    }

    /// <summary>A resolver with the default options.</summary>
    public static EntityResolver Default { get; } = new();

    /// <summary>Recognises the mentions of every article of a story and resolves them into entities.</summary>
    /// <exception cref="CrosswireException">E014 when two articles have the same id.</exception>
    public ImmutableArray<Entity> Resolve(IReadOnlyList<AnalyzedArticle> story)
    {
        ArgumentNullException.ThrowIfNull(story);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var mentions = new List<EntityMention>();
        foreach (var article in story)
        {
            if (!seen.Add(article.Article.Id))
            {
                throw new CrosswireException(ErrorCatalogue.DuplicateId, article.Article.Id, article.Article.Id);
            }

            mentions.AddRange(_recognizer.Recognize(article));
        }

        return Resolve(mentions);
    }

    /// <summary>Resolves already recognised mentions, given in story order (articles in order, then text order).</summary>
    public ImmutableArray<Entity> Resolve(IReadOnlyList<EntityMention> mentions)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        var lexicon = _recognizer.Lexicon;
        var clusters = new List<Cluster>();
        var index = new Dictionary<string, List<Cluster>>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var assigned = new Cluster?[mentions.Count];
        var keys = new string[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            keys[i] = Key(mentions[i], lexicon);
        }

        // Pass 1: full names (two words or more) found with confidence: those with a lexical cue first, then
        // the others, which may be the short form of an organisation ("Port Carrow" for "Port Carrow Athletic").
        foreach (var lexical in new[] { true, false })
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var mention = mentions[i];
                if (mention.IsTentative || WordCount(keys[i]) < 2 || (mention.Evidence == TypeEvidence.Lexical) != lexical)
                {
                    continue;
                }

                if (!byKey.TryGetValue(keys[i], out var cluster))
                {
                    cluster = lexical ? null : ShortFormOf(keys[i], mention, index, lexicon);
                    if (cluster is null)
                    {
                        cluster = new Cluster(keys[i], i);
                        clusters.Add(cluster);
                        Register(index, cluster);
                        byKey[keys[i]] = cluster;
                    }
                }

                assigned[i] = cluster;
                cluster.Add(i, mention);
            }
        }

        // Pass 2: short forms in story order, confident ones first; tentative ones only join.
        foreach (var tentative in new[] { false, true })
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                var mention = mentions[i];
                if (assigned[i] is not null || mention.IsTentative != tentative)
                {
                    continue;
                }

                var cluster = Find(mention, keys[i], i, index, byKey, mentions, lexicon);
                if (cluster is null)
                {
                    if (tentative)
                    {
                        continue;
                    }

                    var key = mention.LongForm is { } longForm ? Key(longForm, lexicon) : keys[i];
                    cluster = new Cluster(key, i);
                    clusters.Add(cluster);
                    Register(index, cluster);
                    byKey[key] = cluster;
                    byKey.TryAdd(keys[i], cluster);
                }

                assigned[i] = cluster;
                cluster.Add(i, mention);
            }
        }

        // A lone word that starts the name of a local institution ("Wyckham" of "Wyckham Library") is the
        // place the institution is named after.
        foreach (var cluster in clusters)
        {
            if (!cluster.Key.Contains(' ', StringComparison.Ordinal) && cluster.VoteFor(EntityType.Place) == 0
                && cluster.Members.All(m => mentions[m].Evidence != TypeEvidence.Lexical)
                && WithWord(index, cluster.Key).Any(c => c.IsLocalInstitution && c.IsOrganizationName && c.FirstWord == cluster.Key))
            {
                cluster.ForceType(EntityType.Place);
            }
        }

        // A person needs a person-like shape: a lone word that never comes with a first name, an honorific, a
        // title, a pronoun referring back to it ("Varkonyi said he") or any lexical cue ("Greenpeace said", "told
        // Quillbeat") is an organisation, unless it is the surname or first name of a person named in full
        // elsewhere in the story (two people share it).
        foreach (var cluster in clusters)
        {
            if (!cluster.Key.Contains(' ', StringComparison.Ordinal) && cluster.Winner == EntityType.Person
                && cluster.Members.All(m => mentions[m].Evidence != TypeEvidence.Lexical && mentions[m].Title is null && !mentions[m].IsTentative && !mentions[m].HasPersonCue)
                && !clusters.Any(c => c.IsPersonName && (c.LastWord == cluster.Key || c.FirstWord == cluster.Key)))
            {
                cluster.ForceType(EntityType.Organization);
            }
        }

        var entities = ImmutableArray.CreateBuilder<Entity>(clusters.Count);
        var number = 0;
        foreach (var cluster in clusters.Where(c => c.Members.Count > 0).OrderBy(c => c.Members.Min()))
        {
            number++;
            entities.Add(cluster.ToEntity("e" + number.ToString(System.Globalization.CultureInfo.InvariantCulture), mentions, lexicon));
        }

        return entities.ToImmutable();
    }

    private static void Register(Dictionary<string, List<Cluster>> index, Cluster cluster)
    {
        foreach (var word in cluster.Key.Split(' ').Append("#" + cluster.Initials).Distinct(StringComparer.Ordinal))
        {
            if (!index.TryGetValue(word, out var list))
            {
                index[word] = list = [];
            }

            list.Add(cluster);
        }
    }

    /// <summary>The clusters whose name has <paramref name="word"/> as one of its words.</summary>
    private static List<Cluster> WithWord(Dictionary<string, List<Cluster>> index, string word) =>
        index.TryGetValue(word, out var list) ? list : [];

    /// <summary>The one organisation whose full name starts with <paramref name="key"/> or has it as a
    /// non-final word, when the mention has no cue of another type.</summary>
    private static Cluster? ShortFormOf(string key, EntityMention mention, Dictionary<string, List<Cluster>> clusters, EntityLexicon lexicon)
    {
        if (mention.Evidence == TypeEvidence.Lexical && mention.Type != EntityType.Organization)
        {
            return null;
        }

        var space = key.IndexOf(' ', StringComparison.Ordinal);
        var candidates = WithWord(clusters, space < 0 ? key : key[..space]).Where(c => c.IsOrganizationName && !c.IsLocalInstitution
            && (c.Key.StartsWith(key + " ", StringComparison.Ordinal) || (space < 0 && c.NonFinalWords.Contains(key))))
            .OrderByDescending(c => c.Members.Count).ToList();

        // "Rovers" for "Kingsmoor Rovers": the last word of a club's name, when one club of the story has it.
        if (candidates.Count == 0 && space < 0 && lexicon.ClubSuffixes.Contains(key))
        {
            var clubs = WithWord(clusters, key).Where(c => c.IsOrganizationName && c.LastWord == key).ToList();
            return clubs.Count == 1 ? clubs[0] : null;
        }

        // Several organisations share the word ("Ashby Rovers", "Ashby Chronicle"): the one the story names
        // most often, when it clearly leads.
        return candidates.Count == 1 || candidates.Count > 1 && candidates[0].Members.Count > candidates[1].Members.Count
            ? candidates[0]
            : null;
    }

    private Cluster? Find(EntityMention mention, string key, int index, Dictionary<string, List<Cluster>> clusters, Dictionary<string, Cluster> byKey, IReadOnlyList<EntityMention> mentions, EntityLexicon lexicon)
    {
        if (byKey.TryGetValue(key, out var exact))
        {
            return exact;
        }

        if (mention.LongForm is { } longForm && byKey.TryGetValue(Key(longForm, lexicon), out var named))
        {
            return named;
        }

        if (WordCount(key) != 1)
        {
            return null;
        }

        var honorific = mention.Text.Length != key.Length;
        var placeLike = mention.Type == EntityType.Place && mention.Evidence != TypeEvidence.Guess;

        // Acronym of an organisation named in full.
        if (IsAcronym(key))
        {
            var acronym = WithWord(clusters, "#" + key).FirstOrDefault(c => c.Initials == key && c.VoteFor(EntityType.Organization) >= 0);
            if (acronym is not null)
            {
                return acronym;
            }
        }

        if (!placeLike)
        {
            // Surname: the most recent person before the mention, else the first after it.
            var surname = Pick(WithWord(clusters, key).Where(c => c.IsPersonName && c.LastWord == key), index);
            if (surname is not null)
            {
                return surname;
            }

            if (!honorific && _options.LinkFirstNames && lexicon.FirstNames.Contains(key))
            {
                // A first name alone: the person of that first name in the same article, else the only one.
                var byFirst = WithWord(clusters, key).Where(c => c.IsPersonName && c.FirstWord == key).ToList();
                var sameArticle = byFirst.Where(c => c.Members.Any(m => mentions[m].ArticleId == mention.ArticleId)).ToList();
                if (sameArticle.Count > 0)
                {
                    return Pick(sameArticle, index);
                }

                if (byFirst.Count == 1)
                {
                    return byFirst[0];
                }
            }
        }

        return honorific || placeLike ? null : ShortFormOf(key, mention, clusters, lexicon);
    }

    private static Cluster? Pick(IEnumerable<Cluster> candidates, int index)
    {
        Cluster? before = null;
        var beforeAt = -1;
        Cluster? after = null;
        var afterAt = int.MaxValue;
        foreach (var cluster in candidates)
        {
            var last = cluster.LastBefore(index);
            if (last > beforeAt)
            {
                before = cluster;
                beforeAt = last;
            }

            var first = cluster.Members.Count > 0 ? cluster.Members.Min() : cluster.Created;
            if (last < 0 && first < afterAt)
            {
                after = cluster;
                afterAt = first;
            }
        }

        return before ?? after;
    }

    /// <summary>The name a mention is grouped under: without honorific, ALL-CAPS words in normal case, a
    /// place's other names mapped to the alias table's canonical name, no full stops in acronyms.</summary>
    internal static string Key(EntityMention mention, EntityLexicon lexicon) => Key(mention.Text, lexicon, mention.IsDateline);

    private static string Key(string text, EntityLexicon lexicon, bool upperCaseName = false)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && lexicon.Honorifics.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            // ALL-CAPS words of a dateline or gazetteer place ("KELFORD", "ATHENS") are ordinary names;
            // other ALL-CAPS words are acronyms and stay as written.
            if (word.Length > 1 && word.All(c => !char.IsLower(c)) && word.Any(char.IsLetter)
                && (upperCaseName || lexicon.Places.Contains(EntityRecognizer.TitleCase(word))))
            {
                words[k] = EntityRecognizer.TitleCase(word);
            }
        }

        var key = string.Join(' ', words).Replace('\u2019', '\'');
        if (lexicon.PlaceAliases.TryGetValue(key, out var canonical))
        {
            return canonical;
        }

        return key;
    }

    private static string Display(EntityMention mention, EntityLexicon lexicon)
    {
        var words = mention.Text.Replace('\u2019', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && lexicon.Honorifics.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        var text = string.Join(' ', words);
        return mention.IsDateline ? EntityRecognizer.TitleCase(text) : text;
    }

    private static int WordCount(string key)
    {
        var count = 1;
        foreach (var c in key)
        {
            if (c == ' ')
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsAcronym(string key) => key.Length is >= 2 and <= 6 && key.All(c => char.IsUpper(c) || c == '&');

    /// <summary>A growing entity during resolution.</summary>
    private sealed class Cluster
    {
        private static readonly string[] s_minor = ["of", "and", "for", "the", "&", "de", "da", "van", "von"];
        private readonly int[] _votes = new int[3];

        public Cluster(string key, int created)
        {
            Key = key;
            Created = created;
            var words = key.Split(' ');
            FirstWord = words[0];
            // "Walter Brisk Jr." is Mr Brisk.
            LastWord = words.Length > 2 && s_generations.Contains(words[^1]) ? words[^2] : words[^1];
            Initials = string.Concat(words.Where(w => w.Length > 0 && char.IsUpper(w[0]) && !s_minor.Contains(w)).Select(w => w[0]));
            NameWithoutSuffix = words.Length > 1 ? string.Join(' ', words[..^1]) : key;
            NonFinalWords = words.Length > 1 ? words[..^1].Where(w => w.Length > 1 && char.IsUpper(w[0])).ToHashSet(StringComparer.Ordinal) : [];
            IsLocalInstitution = s_local.Contains(LastWord);
        }

        private static readonly HashSet<string> s_generations = new(StringComparer.Ordinal) { "Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV" };

        // Institutions usually named after their town ("Wyckham Library", "Kelford Police"): their first
        // word alone is the place, not a short form of the institution.
        private static readonly HashSet<string> s_local = new(StringComparer.Ordinal)
        {
            "Library", "Libraries", "Council", "Police", "Court", "Hospital", "University", "College", "School",
            "Museum", "Station", "Observatory", "Airport", "Cathedral", "Church", "Prison", "Constabulary",
        };

        public HashSet<string> NonFinalWords { get; }

        public bool IsLocalInstitution { get; }

        public string Key { get; }

        public int Created { get; }

        public string FirstWord { get; }

        public string LastWord { get; }

        public string Initials { get; }

        public string NameWithoutSuffix { get; }

        public List<int> Members { get; } = [];

        public bool IsPersonName => Key.Contains(' ', StringComparison.Ordinal) && Winner == EntityType.Person;

        public bool IsOrganizationName => Key.Contains(' ', StringComparison.Ordinal) && Winner == EntityType.Organization;

        public EntityType Winner
        {
            get
            {
                var best = 0;
                for (var t = 1; t < 3; t++)
                {
                    if (_votes[t] > _votes[best])
                    {
                        best = t;
                    }
                }

                return (EntityType)best;
            }
        }

        public int VoteFor(EntityType type) => _votes[(int)type];

        public void ForceType(EntityType type) => _votes[(int)type] = _votes.Max() + 1;

        public void Add(int index, EntityMention mention)
        {
            Members.Add(index);
            var weight = mention.Evidence switch
            {
                TypeEvidence.Lexical => 4,
                TypeEvidence.Context => 2,
                _ => 1,
            };

            // A short form takes its type from the full name it joined, so it does not vote.
            if (Members.Count == 1 || WordCount(mention.Text) > 1 || mention.Evidence != TypeEvidence.Guess)
            {
                _votes[(int)mention.Type] += weight;
            }
        }

        public int LastBefore(int index)
        {
            var last = -1;
            foreach (var member in Members)
            {
                if (member < index && member > last)
                {
                    last = member;
                }
            }

            return last;
        }

        public Entity ToEntity(string id, IReadOnlyList<EntityMention> all, EntityLexicon lexicon)
        {
            var ordered = Members.Order().Select(i => all[i]).ToList();
            var type = Winner;
            // The name as first introduced: the first full name (a person's or organisation's long form),
            // else the first form written, in normal case and without honorific.
            var display = ordered.Select(m => Display(m, lexicon)).ToList();
            var prose = display.Where((_, k) => !ordered[k].IsDateline).ToList();
            var name = type == EntityType.Place
                ? prose.FirstOrDefault(d => d.Contains(' ', StringComparison.Ordinal)) ?? prose.FirstOrDefault() ?? display[0]
                : display.FirstOrDefault(d => d.Contains(' ', StringComparison.Ordinal)) ?? ordered.Select(m => m.LongForm).FirstOrDefault(l => l is not null) ?? display[0];

            var aliases = ordered.Select(m => m.Text.Replace('\u2019', '\''))
                .Where(t => !string.Equals(t, name, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal)
                .ToImmutableArray();
            var roles = ordered.Select(m => m.Title).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToImmutableArray();
            var gender = type == EntityType.Person
                ? ordered.Select(m => m.Gender).FirstOrDefault(g => g != PersonGender.Unknown)
                : PersonGender.Unknown;
            var mentions = ordered.Select(m => m.Type == type ? m : m with { Type = type }).ToImmutableArray();
            return new Entity(id, name, type, aliases, mentions, roles) { Gender = gender };
        }
    }
}
