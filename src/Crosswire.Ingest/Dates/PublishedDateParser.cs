using System.Globalization;

namespace Crosswire.Ingest.Dates;

/// <summary>
/// Parses the publication dates found in news input: ISO 8601 (<c>2026-03-04T09:30:00+01:00</c>,
/// <c>2026-03-04</c>), RFC 822/1123 as in RSS (<c>Wed, 04 Mar 2026 09:30:00 GMT</c>, <c>+0100</c>, <c>EST</c>)
/// and common written forms (<c>March 4, 2026</c>, <c>4 March 2026 10:15</c>). A date without a time zone is
/// taken as UTC. Anything else gives null: an unreadable date is never an error.
/// </summary>
public static class PublishedDateParser
{
    private static readonly string[] s_rfc822Formats =
    [
        "d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz",
        "d MMMM yyyy HH:mm:ss zzz", "d MMMM yyyy HH:mm zzz",
    ];

    private static readonly Dictionary<string, string> s_zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["UTC"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
        ["BST"] = "+01:00", ["CET"] = "+01:00", ["CEST"] = "+02:00",
    };

    /// <summary>The date-time <paramref name="text"/> stands for, or null.</summary>
    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 100)
        {
            return null;
        }

        var trimmed = text.Trim();
        if (!trimmed.Any(char.IsDigit))
        {
            return null;
        }

        const DateTimeStyles styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        var rfc = NormaliseRfc822(trimmed);
        if (rfc is not null && DateTimeOffset.TryParseExact(rfc, s_rfc822Formats, CultureInfo.InvariantCulture, styles, out var fromRfc))
        {
            return fromRfc;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, styles, out var parsed))
        {
            return parsed;
        }

        return null;
    }

    /// <summary>Rewrites <c>Wed, 04 Mar 2026 09:30:00 EST</c> as <c>04 Mar 2026 09:30:00 -05:00</c>, or null
    /// when the text does not have that shape.</summary>
    private static string? NormaliseRfc822(string text)
    {
        var comma = text.IndexOf(',');
        var body = comma is > 0 and <= 10 && char.IsLetter(text[0]) ? text[(comma + 1)..].Trim() : text;
        var parts = body.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 5 || !char.IsDigit(parts[0][0]) || !char.IsLetter(parts[1][0]) || !parts[3].Contains(':'))
        {
            return null;
        }

        var zone = parts[4];
        if (s_zones.TryGetValue(zone, out var offset))
        {
            zone = offset;
        }
        else if (zone.Length == 5 && zone[0] is '+' or '-' && zone.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0)
        {
            zone = string.Concat(zone.AsSpan(0, 3), ":", zone.AsSpan(3));
        }
        else if (!(zone.Length == 6 && zone[0] is '+' or '-' && zone[3] == ':'))
        {
            return null;
        }

        return $"{parts[0]} {parts[1]} {parts[2]} {parts[3]} {zone}";
    }
}
