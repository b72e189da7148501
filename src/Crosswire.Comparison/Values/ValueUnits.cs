using System.Collections.Frozen;

namespace Crosswire.Comparison.Values;

/// <summary>A unit word with the kind it measures, the normalised unit and the factor to it.</summary>
internal readonly record struct UnitInfo(ValueKind Kind, string Unit, decimal Factor);

/// <summary>
/// Unit words and symbols of news writing, currency signs and the words that qualify a number. Crosswire's
/// own tables (source: general knowledge of units and of ISO 4217 codes).
/// </summary>
internal static class ValueUnits
{
    private static readonly FrozenDictionary<string, UnitInfo>.AlternateLookup<ReadOnlySpan<char>> s_units =
        new Dictionary<string, UnitInfo>(StringComparer.OrdinalIgnoreCase)
        {
            ["metre"] = new(ValueKind.Length, "m", 1m), ["metres"] = new(ValueKind.Length, "m", 1m),
            ["meter"] = new(ValueKind.Length, "m", 1m), ["meters"] = new(ValueKind.Length, "m", 1m),
            ["m"] = new(ValueKind.Length, "m", 1m),
            ["kilometre"] = new(ValueKind.Length, "m", 1000m), ["kilometres"] = new(ValueKind.Length, "m", 1000m),
            ["kilometer"] = new(ValueKind.Length, "m", 1000m), ["kilometers"] = new(ValueKind.Length, "m", 1000m),
            ["km"] = new(ValueKind.Length, "m", 1000m),
            ["centimetres"] = new(ValueKind.Length, "m", 0.01m), ["cm"] = new(ValueKind.Length, "m", 0.01m),
            ["millimetres"] = new(ValueKind.Length, "m", 0.001m), ["mm"] = new(ValueKind.Length, "m", 0.001m),
            ["mile"] = new(ValueKind.Length, "m", 1609.344m), ["miles"] = new(ValueKind.Length, "m", 1609.344m),
            ["foot"] = new(ValueKind.Length, "m", 0.3048m), ["feet"] = new(ValueKind.Length, "m", 0.3048m),
            ["ft"] = new(ValueKind.Length, "m", 0.3048m),
            ["hectare"] = new(ValueKind.Area, "ha", 1m), ["hectares"] = new(ValueKind.Area, "ha", 1m),
            ["ha"] = new(ValueKind.Area, "ha", 1m),
            ["acre"] = new(ValueKind.Area, "ha", 0.40468564224m), ["acres"] = new(ValueKind.Area, "ha", 0.40468564224m),
            ["km2"] = new(ValueKind.Area, "ha", 100m), ["km²"] = new(ValueKind.Area, "ha", 100m),
            ["tonne"] = new(ValueKind.Mass, "kg", 1000m), ["tonnes"] = new(ValueKind.Mass, "kg", 1000m),
            ["kilogram"] = new(ValueKind.Mass, "kg", 1m), ["kilograms"] = new(ValueKind.Mass, "kg", 1m),
            ["kg"] = new(ValueKind.Mass, "kg", 1m), ["kilos"] = new(ValueKind.Mass, "kg", 1m),
            ["year"] = new(ValueKind.Duration, "mo", 12m), ["years"] = new(ValueKind.Duration, "mo", 12m),
            ["month"] = new(ValueKind.Duration, "mo", 1m), ["months"] = new(ValueKind.Duration, "mo", 1m),
            ["week"] = new(ValueKind.Duration, "d", 7m), ["weeks"] = new(ValueKind.Duration, "d", 7m),
            ["day"] = new(ValueKind.Duration, "d", 1m), ["days"] = new(ValueKind.Duration, "d", 1m),
            ["hour"] = new(ValueKind.Duration, "s", 3600m), ["hours"] = new(ValueKind.Duration, "s", 3600m),
            ["minute"] = new(ValueKind.Duration, "s", 60m), ["minutes"] = new(ValueKind.Duration, "s", 60m),
            ["second"] = new(ValueKind.Duration, "s", 1m), ["seconds"] = new(ValueKind.Duration, "s", 1m),
            ["pound"] = new(ValueKind.Money, "GBP", 1m), ["pounds"] = new(ValueKind.Money, "GBP", 1m),
            ["pence"] = new(ValueKind.Money, "GBP", 0.01m), ["p"] = new(ValueKind.Money, "GBP", 0.01m),
            ["euro"] = new(ValueKind.Money, "EUR", 1m), ["euros"] = new(ValueKind.Money, "EUR", 1m),
            ["dollar"] = new(ValueKind.Money, "USD", 1m), ["dollars"] = new(ValueKind.Money, "USD", 1m),
            ["yen"] = new(ValueKind.Money, "JPY", 1m), ["francs"] = new(ValueKind.Money, "CHF", 1m),
            ["kroner"] = new(ValueKind.Money, "NOK", 1m), ["krone"] = new(ValueKind.Money, "NOK", 1m),
            ["%"] = new(ValueKind.Percentage, "%", 1m), ["percent"] = new(ValueKind.Percentage, "%", 1m),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Dollar prefixes: letters written before "$" (NZ$1.2bn, US$5m).
    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_dollars =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [""] = "USD", ["US"] = "USD", ["NZ"] = "NZD", ["A"] = "AUD", ["AU"] = "AUD", ["C"] = "CAD",
            ["CA"] = "CAD", ["HK"] = "HKD", ["S"] = "SGD", ["R"] = "BRL",
        }.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The unit a word or symbol names.</summary>
    public static bool TryUnit(ReadOnlySpan<char> word, out UnitInfo unit) => s_units.TryGetValue(word, out unit);

    /// <summary>The currency of a sign (<c>£</c>, <c>€</c>, <c>¥</c>, <c>$</c>) with the letters written
    /// before it (<c>NZ</c> of <c>NZ$</c>); null when it is not one.</summary>
    public static string? Currency(ReadOnlySpan<char> letters, char sign) => sign switch
    {
        '£' when letters.IsEmpty => "GBP",
        '€' when letters.IsEmpty => "EUR",
        '¥' when letters.IsEmpty => "JPY",
        '$' => s_dollars.TryGetValue(letters, out var code) ? code : null,
        _ => null,
    };

    /// <summary>True for a currency sign.</summary>
    public static bool IsCurrencySign(char c) => c is '£' or '€' or '¥' or '$';

    /// <summary>Three-letter currency codes written before or after a number (<c>EUR 2m</c>).</summary>
    public static bool IsCurrencyCode(ReadOnlySpan<char> word) =>
        word is "GBP" or "EUR" or "USD" or "NZD" or "AUD" or "CAD" or "JPY" or "CHF" or "NOK" or "SEK" or "DKK";
}
