namespace Crosswire.Summarization.Extractive;

/// <summary>Why a sentence may not stand in a summary on its own.</summary>
[Flags]
public enum SentenceFlaws
{
    /// <summary>No flaw: the sentence can be selected.</summary>
    None = 0,

    /// <summary>Fewer words than <see cref="SummarizerOptions.MinSentenceWords"/>.</summary>
    TooShort = 1,

    /// <summary>More words than <see cref="SummarizerOptions.MaxSentenceWords"/>.</summary>
    TooLong = 2,

    /// <summary>Not a whole sentence: it does not end with <c>. ! ?</c> (a heading, a label, a list item or a
    /// segment cut off), or it starts in lower case (the tail of a sentence cut in two).</summary>
    Fragment = 4,

    /// <summary>Unbalanced quotation marks: half of a quote that goes on in another sentence.</summary>
    HalfQuote = 8,

    /// <summary>A photo or video caption or credit that the boilerplate filter let through.</summary>
    Caption = 16,

    /// <summary>Starts with a pronoun or connective that refers to the sentence before (<c>He</c>,
    /// <c>But</c>, <c>However</c>): allowed only right after that sentence.</summary>
    Dangling = 32,
}
