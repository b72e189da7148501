using System.Collections.Frozen;

namespace Crosswire.Comparison.Quotes;

/// <summary>
/// Verbs that attribute speech or writing in news English ("said", "told", "warned", "wrote"), in all their
/// written forms. Source: general knowledge of news style; compiled for Crosswire.
/// </summary>
internal static class SpeechVerbs
{
    // Each line: the forms of one verb. Irregular forms are written out.
    private static readonly string[] s_forms =
    [
        "say says said saying",
        "tell tells told telling",
        "speak speaks spoke speaking",
        "add adds added adding",
        "admit admits admitted admitting",
        "confirm confirms confirmed confirming",
        "warn warns warned warning",
        "insist insists insisted insisting",
        "explain explains explained explaining",
        "note notes noted noting",
        "argue argues argued arguing",
        "claim claims claimed claiming",
        "estimate estimates estimated estimating",
        "recommend recommends recommended recommending",
        "ask asks asked asking",
        "reply replies replied replying",
        "write writes wrote writing written",
        "state states stated stating",
        "announce announces announced announcing",
        "acknowledge acknowledges acknowledged acknowledging",
        "allege alleges alleged alleging",
        "assert asserts asserted asserting",
        "believe believes believed",
        "concede concedes conceded conceding",
        "contend contends contended contending",
        "declare declares declared declaring",
        "deny denies denied denying",
        "describe describes described",
        "disclose discloses disclosed disclosing",
        "emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing",
        "predict predicts predicted predicting",
        "promise promises promised promising",
        "remark remarks remarked",
        "report reports reported",
        "reveal reveals revealed revealing",
        "stress stresses stressed stressing",
        "suggest suggests suggested suggesting",
        "testify testifies testified",
        "tweet tweets tweeted",
        "urge urges urged urging",
        "vow vows vowed vowing",
        "complain complains complained complaining",
        "accept accepts accepted",
        "agree agrees agreed",
        "answer answers answered",
        "comment comments commented",
        "continue continues continued",
        "maintain maintains maintained",
        "indicate indicates indicated",
        "recall recalls recalled recalling",
        "pledge pledges pledged",
        "reiterate reiterates reiterated",
        "repeat repeats repeated",
        "caution cautions cautioned",
        "observe observes observed",
        "point points pointed",
        "shout shouts shouted",
    ];

    private static readonly FrozenSet<string> s_all = s_forms
        .SelectMany(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup = s_all.GetAlternateLookup<ReadOnlySpan<char>>();

    // Verbs that take reported speech directly: "said (that) X", "warned (that) X".
    private static readonly FrozenSet<string> s_reporting = new[]
    {
        "said", "says", "say", "told", "tells", "added", "adds", "admitted", "admits", "confirmed", "confirms",
        "warned", "warns", "insisted", "insists", "explained", "explains", "noted", "notes", "argued", "argues",
        "claimed", "claims", "estimated", "estimates", "stated", "states", "announced", "announces",
        "acknowledged", "acknowledges", "alleged", "alleges", "asserted", "asserts", "conceded", "concedes",
        "contended", "declared", "denied", "disclosed", "predicted", "predicts", "promised", "revealed",
        "stressed", "stresses", "suggested", "suggests", "testified", "wrote", "writes", "vowed", "complained",
        "maintained", "maintains", "recalled", "pledged", "reiterated", "cautioned", "emphasised", "emphasized",
        "recommended", "recommends", "replied", "believes", "believed", "accepted", "agreed", "indicated",
        "observed", "reported", "urged",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_reportingLookup = s_reporting.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True for any form of a verb of saying.</summary>
    public static bool IsVerb(ReadOnlySpan<char> word) => s_lookup.Contains(word);

    /// <summary>True for the finite forms that introduce or close reported speech (<c>said</c>, <c>warns</c>).</summary>
    public static bool IsReporting(ReadOnlySpan<char> word) => s_reportingLookup.Contains(word);
}
