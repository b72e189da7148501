using System.Text.RegularExpressions;

namespace Crosswire.Text.Boilerplate;

/// <summary>Regular-expression options and pattern pieces shared by the rules.</summary>
internal static class Patterns
{
    /// <summary>Options of every rule's expression: culture-invariant, no implicit captures.</summary>
    public const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary><see cref="Options"/>, ignoring case.</summary>
    public const RegexOptions IgnoreCase = Options | RegexOptions.IgnoreCase;

    /// <summary>Month names and their abbreviations.</summary>
    public const string Month =
        "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    /// <summary>Day names.</summary>
    public const string Weekday = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";

    /// <summary>Photo and news agencies that sign pictures.</summary>
    public const string Agency =
        "(?:The Associated Press|Associated Press|AP Photo|AP Images|AP|AFP|Reuters|REUTERS|Getty Images|Getty|EPA-EFE|EPA|PA Wire|PA|Bloomberg|Xinhua|XINHUA|TASS|Sipa|UPI|Shutterstock|iStockphoto|iStock|Newscom|WENN|Rex Features|REX|Corbis|Alamy|ZUMA Press|ZUMA|NurPhoto|Anadolu Agency|Anadolu|SOPA Images)";
}
