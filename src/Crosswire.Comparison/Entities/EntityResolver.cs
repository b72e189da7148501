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
        var byKey = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        var assigned = new Cluster?[mentions.Count];
        var keys = new string[mentions.Count];
        for (var i = 0; i < mentions.Count; i++)
        {
            keys[i] = Key(mentions[i], lexicon);
        }

        // Pass 1: full names (two words or more) found with confidence.
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.IsTentative || WordCount(keys[i]) < 2)
            {
                continue;
            }

            if (!byKey.TryGetValue(keys[i], out var cluster))
            {
                cluster = new Cluster(keys[i], i);
                clusters.Add(cluster);
                byKey[keys[i]] = cluster;
            }

            assigned[i] = cluster;
            cluster.Add(i, mention);
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

                var cluster = Find(mention, keys[i], i, clusters, byKey, lexicon);
                if (cluster is null)
                {
                    if (tentative)
                    {
                        continue;
                    }

                    cluster = new Cluster(keys[i], i);
                    clusters.Add(cluster);
                    byKey[keys[i]] = cluster;
                }

                assigned[i] = cluster;
                cluster.Add(i, mention);
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

    private Cluster? Find(EntityMention mention, string key, int index, List<Cluster> clusters, Dictionary<string, Cluster> byKey, EntityLexicon lexicon)
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
            var acronym = clusters.FirstOrDefault(c => c.Initials == key && c.VoteFor(EntityType.Organization) >= 0);
            if (acronym is not null)
            {
                return acronym;
            }
        }

        if (!placeLike)
        {
            // Surname: the most recent person before the mention, else the first after it.
            var surname = Pick(clusters.Where(c => c.IsPersonName && c.LastWord == key), index);
            if (surname is not null)
            {
                return surname;
            }

            if (!honorific && _options.LinkFirstNames && lexicon.FirstNames.Contains(key))
            {
                var byFirst = clusters.Where(c => c.IsPersonName && c.FirstWord == key).ToList();
                if (byFirst.Count == 1)
                {
                    return byFirst[0];
                }
            }
        }

        if (!honorific && mention.Type != EntityType.Person || mention.Evidence == TypeEvidence.Guess)
        {
            var shortForm = clusters.Where(c => c.IsOrganizationName && (c.FirstWord == key || c.NameWithoutSuffix == key)).ToList();
            if (shortForm.Count == 1 && !(placeLike && shortForm[0].FirstWord == key && shortForm[0].NameWithoutSuffix != key))
            {
                return shortForm[0];
            }
        }

        return null;
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
    internal static string Key(EntityMention mention, EntityLexicon lexicon) => Key(mention.Text, lexicon);

    private static string Key(string text, EntityLexicon lexicon)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 1 && lexicon.Honorifics.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        for (var k = 0; k < words.Count; k++)
        {
            var word = words[k];
            if (word.Length > 3 && word.All(c => !char.IsLower(c)) && word.Any(char.IsLetter))
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
            LastWord = words[^1];
            Initials = string.Concat(words.Where(w => w.Length > 0 && char.IsUpper(w[0]) && !s_minor.Contains(w)).Select(w => w[0]));
            NameWithoutSuffix = words.Length > 1 ? string.Join(' ', words[..^1]) : key;
        }

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
            var keys = ordered.Select(m => EntityResolver.Key(m, lexicon)).ToList();
            var name = keys.FirstOrDefault(k => k.Contains(' ', StringComparison.Ordinal)) ?? Key;
            if (lexicon.PlaceAliases.TryGetValue(name, out var canonical))
            {
                name = canonical;
            }

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
