using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Reflection;

namespace Crosswire.Comparison.Entities;

/// <summary>
/// The word lists behind entity recognition, read from the embedded files of <c>Entities/Lexicon</c>
/// (each documents its content and source) plus the additions of <see cref="EntityRecognizerOptions"/>.
/// Lookups are exact and case-sensitive on the capitalised form (<c>Kelford</c>); callers turn ALL-CAPS
/// words into that form first.
/// </summary>
internal sealed class EntityLexicon
{
    private static readonly Lazy<EntityLexicon> s_default = new(() => new EntityLexicon(EntityRecognizerOptions.Default));

    public EntityLexicon(EntityRecognizerOptions options)
    {
        FirstNames = ReadGendered("first-names.txt", options.FirstNames);
        Honorifics = ReadGendered("honorifics.txt", []);
        JobTitles = Set(Read("job-titles.txt"));
        var organization = ReadSections("organization-words.txt");
        OrganizationSuffixes = Set(organization["suffix"].Concat(options.OrganizationSuffixes));
        OrganizationHeads = Set(organization["head"]);
        Institutions = Set(organization["institution"]);
        ClubSuffixes = Set(organization["club"]);
        ClubPrefixes = Set(organization["club-prefix"]);
        SportWords = Set(organization["sport"]);
        var place = ReadSections("place-words.txt");
        PlaceSuffixes = Set(place["suffix"]);
        PlacePrefixes = Set(place["prefix"]);
        PlaceHeads = Set(place["head"]);
        PlaceLeads = Set(place["lead"]);
        PlaceEndings = place["ending"].ToImmutableArray();
        PlaceParts = Set(place["part"]);
        Places = Set(Read("places.txt").Concat(options.Places));
        GenericWords = Set(Read("generic-words.txt"));
        var demonyms = Read("demonyms.txt").ToList();
        Demonyms = Set(demonyms.Concat(demonyms.Select(Plural)));
        CalendarWords = Set(Read("calendar-words.txt"));
        var events = ReadSections("event-words.txt");
        EventWords = Set(events["last"]);
        EventLeads = Set(events["first"]);
        var descriptors = ReadSections("descriptors.txt");
        PersonNouns = Set(descriptors["person"]);
        OrganizationNouns = Set(descriptors["organization"]);
        PlaceNouns = Set(descriptors["place"]);
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in Read("place-aliases.txt"))
        {
            var names = line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names)
            {
                aliases.TryAdd(name, names[0]);
            }
        }

        PlaceAliases = aliases.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The lexicon with no additions.</summary>
    public static EntityLexicon Default => s_default.Value;

    public WordTable<PersonGender> FirstNames { get; }

    public WordTable<PersonGender> Honorifics { get; }

    public WordTable<bool> JobTitles { get; }

    public WordTable<bool> OrganizationSuffixes { get; }

    public WordTable<bool> OrganizationHeads { get; }

    public WordTable<bool> Institutions { get; }

    /// <summary>Last words of a sports club's name (<c>Rovers</c>, <c>Town</c>, <c>City</c>).</summary>
    public WordTable<bool> ClubSuffixes { get; }

    /// <summary>Abbreviations that open a club's name (<c>FC</c> Porto).</summary>
    public WordTable<bool> ClubPrefixes { get; }

    /// <summary>Lower-case words of match reports (<c>goalkeeper</c>, <c>penalty</c>).</summary>
    public WordTable<bool> SportWords { get; }

    public WordTable<bool> PlaceSuffixes { get; }

    public WordTable<bool> PlacePrefixes { get; }

    public WordTable<bool> PlaceHeads { get; }

    /// <summary>First words that make a name a place on their own (<c>River</c> Tees, <c>Mount</c> Etna).</summary>
    public WordTable<bool> PlaceLeads { get; }

    /// <summary>Endings of one-word place names (<c>-town</c>, <c>-mouth</c>), lower case.</summary>
    public ImmutableArray<string> PlaceEndings { get; }

    /// <summary>Lower-case nouns for a part of a place, before "of (the) X" (<c>bank</c>, <c>outskirts</c>).</summary>
    public WordTable<bool> PlaceParts { get; }

    /// <summary>Whole place names, single- and multi-word.</summary>
    public WordTable<bool> Places { get; }

    public WordTable<bool> GenericWords { get; }

    public WordTable<bool> Demonyms { get; }

    public WordTable<bool> CalendarWords { get; }

    public WordTable<bool> EventWords { get; }

    /// <summary>First words of event names (<c>Storm</c> Hesper, <c>Hurricane</c> Ida).</summary>
    public WordTable<bool> EventLeads { get; }

    /// <summary>Lower-case nouns for people's roles (<c>spokesman</c>, <c>referee</c>).</summary>
    public WordTable<bool> PersonNouns { get; }

    /// <summary>Lower-case nouns for kinds of organisation (<c>firm</c>, <c>insurer</c>).</summary>
    public WordTable<bool> OrganizationNouns { get; }

    /// <summary>Lower-case nouns for kinds of place (<c>village</c>, <c>town</c>).</summary>
    public WordTable<bool> PlaceNouns { get; }

    /// <summary>Alias → canonical place name (<c>UK</c> → <c>United Kingdom</c>), case-insensitive.</summary>
    public FrozenDictionary<string, string> PlaceAliases { get; }

    private static string Plural(string word) =>
        word.EndsWith("ese", StringComparison.Ordinal) || word.EndsWith("ish", StringComparison.Ordinal)
            || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("ss", StringComparison.Ordinal)
            ? word
            : word + "s";

    private static WordTable<bool> Set(IEnumerable<string> words) =>
        new(words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToDictionary(w => w, _ => true, StringComparer.Ordinal));

    private static WordTable<PersonGender> ReadGendered(string resource, ImmutableArray<string> extra)
    {
        var table = new Dictionary<string, PersonGender>(StringComparer.Ordinal);
        foreach (var line in Read(resource))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var gender = parts.Length > 1 ? parts[1] switch
            {
                "f" => PersonGender.Female,
                "m" => PersonGender.Male,
                _ => PersonGender.Unknown,
            } : PersonGender.Unknown;
            if (table.TryGetValue(parts[0], out var known) && known != gender)
            {
                gender = PersonGender.Unknown;
            }

            table[parts[0]] = gender;
        }

        foreach (var name in extra.IsDefault ? [] : extra)
        {
            table.TryAdd(name, PersonGender.Unknown);
        }

        return new WordTable<PersonGender>(table);
    }

    private static Dictionary<string, List<string>> ReadSections(string resource)
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var current = "";
        foreach (var line in Read(resource))
        {
            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = line[1..^1];
                sections[current] = [];
                continue;
            }

            sections[current].Add(line);
        }

        return sections;
    }

    private static List<string> Read(string resource)
    {
        var name = "Crosswire.Comparison.Entities.Lexicon." + resource;
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"embedded lexicon {name} is missing from the assembly");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}

/// <summary>A frozen word table with look-ups by string or span.</summary>
internal sealed class WordTable<T>
{
    private readonly FrozenDictionary<string, T> _words;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _spans;

    public WordTable(IDictionary<string, T> words)
    {
        _words = words.ToFrozenDictionary(StringComparer.Ordinal);
        _spans = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _words.Count;

    public bool Contains(ReadOnlySpan<char> word) => _spans.ContainsKey(word);

    public bool TryGet(ReadOnlySpan<char> word, out T value) => _spans.TryGetValue(word, out value!);
}
