using System.Collections.Immutable;
using Crosswire.Core;

namespace Crosswire.Text.Segmentation;

/// <summary>
/// Options of <see cref="SentenceSegmenter"/>. The word lists follow one letter-case convention: an entry
/// written in lower case matches in any case (<c>inc</c> matches <c>Inc.</c> and <c>INC.</c>); an entry with
/// a capital letter matches as written or in capitals only (<c>Ill</c>, the state, matches <c>Ill.</c> and
/// <c>ILL.</c> but not the word <c>ill.</c>; <c>Rep</c> matches the title, not <c>a sales rep.</c>).
/// Abbreviations are written without their final period; dotted ones keep their inner periods (<c>e.g</c>).
/// </summary>
public sealed record SegmenterOptions
{
    private static readonly ImmutableArray<string> s_prefixAbbreviations =
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mmes", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs",
        "Gen", "Gens", "Lt", "Lieut", "Col", "Capt", "Cmdr", "Cdr", "Adm", "Maj", "Brig", "Sgt", "Cpl", "Pvt", "Spc", "Ens",
        "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Atty", "Amb", "Supt", "Det", "Insp", "Sec", "Pres",
        "Rev", "Hon", "Msgr", "Rt", "Ald", "Fr", "Ft", "Mt",
        "vs", "v", "e.g", "i.e", "a.k.a", "cf", "viz",
    ];

    private static readonly ImmutableArray<string> s_abbreviations =
    [
        "inc", "corp", "co", "cos", "ltd", "llc", "llp", "plc", "bros", "assn", "assoc", "dept", "univ", "intl", "natl", "govt",
        "jr", "sr", "esq", "etc", "al", "ave", "blvd", "st", "rd", "pkwy", "hwy", "sq", "ft", "lb", "lbs", "oz", "yds", "hrs", "mins",
        "approx", "est",
        "jan", "feb", "Mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "tues", "thurs",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md",
        "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Vt", "Va",
        "Wash", "Wis", "Wyo",
    ];

    private static readonly ImmutableArray<string> s_numberAbbreviations =
    [
        "No", "Nos", "Nr", "N°", "Nº", "p", "pp", "vol", "vols", "ch", "chap", "col", "Art", "fig", "figs", "Op", "pt", "para",
        "tel", "ext", "approx", "ca", "rte", "apt", "ste", "rm",
    ];

    private static readonly ImmutableArray<string> s_sentenceStarters =
    [
        "a", "an", "the", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these", "those", "there", "here",
        "his", "her", "its", "their", "our", "my", "your", "but", "and", "or", "nor", "so", "yet", "however", "meanwhile",
        "in", "on", "at", "for", "after", "before", "when", "while", "if", "as", "although", "though", "because", "since",
        "then", "now", "today", "yesterday", "tomorrow", "still", "also", "some", "many", "most", "all", "both", "each",
        "every", "not", "none", "what", "who", "whom", "whose", "why", "how", "where", "which", "is", "are", "was",
        "were", "did", "do", "does", "can", "could", "will", "would", "should", "shall", "may", "might", "must", "has",
        "have", "had", "with", "without", "from", "by", "during", "despite", "under", "until", "unless", "instead",
        "thus", "therefore", "moreover", "indeed", "yes", "such", "another", "other", "even", "only", "just",
        "earlier", "later", "last", "next",
    ];

    private static readonly ImmutableArray<string> s_continuationWords =
    [
        "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "into", "onto", "about", "over",
        "under", "between", "during", "after", "before", "and", "or", "nor", "but", "as", "than", "that", "which",
        "who", "whose", "whom", "is", "are", "was", "were", "be", "been", "his", "her", "their", "its", "our", "my",
        "your", "this", "these", "those", "including",
    ];

    private static readonly ImmutableArray<string> s_speechVerbs =
    [
        "said", "says", "asked", "asks", "added", "adds", "told", "tells", "wrote", "writes", "replied", "replies",
        "recalled", "continued", "explained", "insisted", "wondered", "cried", "exclaimed", "noted", "declared",
        "quipped", "tweeted", "posted", "joked", "argued", "responded", "answered", "shouted", "yelled", "whispered",
        "demanded", "urged", "warned", "admitted", "conceded", "countered", "remarked", "stated", "announced",
        "laughed", "sighed", "muttered", "screamed", "pleaded",
    ];

    /// <summary>The default options.</summary>
    public static SegmenterOptions Default { get; } = new();

    /// <summary>
    /// Abbreviations that never end a sentence because something always follows them: titles
    /// (<c>Mr</c>, <c>Dr</c>, <c>Gen</c>, <c>Sen</c>, <c>Gov</c>, <c>Lt</c>, <c>Col</c>, <c>Mt</c>) and
    /// <c>vs</c>, <c>e.g</c>, <c>i.e</c>. Default: about 60 English news titles and Latin abbreviations.
    /// </summary>
    public ImmutableArray<string> PrefixAbbreviations { get; init; } = s_prefixAbbreviations;

    /// <summary>
    /// Abbreviations that can end a sentence (<c>Inc</c>, <c>Corp</c>, <c>Co</c>, <c>Ltd</c>, <c>Jr</c>,
    /// <c>etc</c>, <c>St</c>, months such as <c>Jan</c> and <c>Sept</c>, AP state abbreviations such as
    /// <c>Calif</c>). After one of them, a sentence ends only when the next word is one of
    /// <see cref="SentenceStarters"/> or a line break says so. Dotted abbreviations that are in no list
    /// (<c>U.S</c>, <c>U.K</c>, <c>a.m</c>, <c>Ph.D</c>) and single capital initials behave the same way.
    /// </summary>
    public ImmutableArray<string> Abbreviations { get; init; } = s_abbreviations;

    /// <summary>
    /// Abbreviations that stand before a number (<c>No</c> in <c>No. 3</c>, <c>p</c> in <c>p. 55</c>,
    /// <c>Vol</c>, <c>Art</c>, <c>approx</c>): no sentence ends between them and a following number. Before
    /// anything else they are ordinary words.
    /// </summary>
    public ImmutableArray<string> NumberAbbreviations { get; init; } = s_numberAbbreviations;

    /// <summary>
    /// Capitalised words that clearly start a sentence (pronouns, articles, conjunctions, auxiliaries and
    /// other function words: <c>He</c>, <c>The</c>, <c>But</c>, <c>How</c>). They decide whether an
    /// abbreviation or initial that may end a sentence does (<c>… in the U.S. He said</c>) or not
    /// (<c>the U.S. Senate</c>). Written in lower case.
    /// </summary>
    public ImmutableArray<string> SentenceStarters { get; init; } = s_sentenceStarters;

    /// <summary>
    /// Words after which a line cannot end a sentence, so a line ending in one continues on the next line
    /// (articles, prepositions, conjunctions: <c>the</c>, <c>of</c>, <c>and</c>). Written in lower case.
    /// </summary>
    public ImmutableArray<string> ContinuationWords { get; init; } = s_continuationWords;

    /// <summary>
    /// Verbs of speech (<c>said</c>, <c>asked</c>, <c>told</c>): after a question or exclamation in quotes,
    /// <c>"Why?" Smith asked.</c> stays one sentence when one of them follows within a few capitalised words.
    /// </summary>
    public ImmutableArray<string> SpeechVerbs { get; init; } = s_speechVerbs;

    /// <summary>
    /// Longest sentence in characters; a longer one is broken at the last clause punctuation or space
    /// before the limit. Default <see cref="InputLimits.MaxSentenceChars"/> of <see cref="InputLimits.Default"/>
    /// (2,000). At least 16.
    /// </summary>
    public int MaxSentenceChars { get; init; } = InputLimits.Default.MaxSentenceChars;
}
