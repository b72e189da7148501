using System.Globalization;
using System.Text.RegularExpressions;
using Crosswire.Core.Errors;
using Npgsql;

namespace Crosswire.Storage.Postgres;

/// <summary>
/// Where a PostgreSQL store lives, from what a user gives as <c>--db</c>: a URL
/// <c>postgres://user:password@host:port/database?sslmode=require</c> (or <c>postgresql://</c>; user name and
/// password percent-encoded; query keys as libpq names them, or Npgsql's own connection-string keys) or an
/// Npgsql connection string starting with <c>Host=</c>. <see cref="Name"/> names it in messages without the
/// password.
/// </summary>
public sealed partial class PostgresAddress
{
    private const int DefaultPort = 5432;

    private static readonly Dictionary<string, string> s_libpqKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["host"] = "Host",
        ["port"] = "Port",
        ["user"] = "Username",
        ["password"] = "Password",
        ["dbname"] = "Database",
        ["sslmode"] = "SSL Mode",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["sslpassword"] = "SSL Password",
        ["application_name"] = "Application Name",
        ["connect_timeout"] = "Timeout",
        ["options"] = "Options",
        ["target_session_attrs"] = "Target Session Attributes",
    };

    private PostgresAddress(NpgsqlConnectionStringBuilder builder)
    {
        builder.Host = string.IsNullOrEmpty(builder.Host) ? "localhost" : builder.Host;
        builder.Username ??= Environment.UserName;
        builder.Database ??= builder.Username;
        ConnectionString = builder.ConnectionString;
        Host = builder.Host;
        Port = builder.Port;
        Database = builder.Database;
        Username = builder.Username;
        Name = string.Create(CultureInfo.InvariantCulture, $"postgres://{Username}@{Host}:{Port}/{Database}");
    }

    /// <summary>The Npgsql connection string, password included.</summary>
    public string ConnectionString { get; }

    /// <summary>Server host name (or several, comma-separated, as given).</summary>
    public string Host { get; }

    /// <summary>Server port.</summary>
    public int Port { get; }

    /// <summary>Database name.</summary>
    public string Database { get; }

    /// <summary>User name the store logs in as.</summary>
    public string Username { get; }

    /// <summary>The address for messages: <c>postgres://user@host:port/database</c>, never the password.</summary>
    public string Name { get; }

    /// <summary>True when <paramref name="location"/> names a PostgreSQL database (a <c>postgres://</c> or
    /// <c>postgresql://</c> URL, or a connection string starting with <c>Host=</c>) rather than a file.</summary>
    public static bool IsPostgres(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var trimmed = location.TrimStart();
        return trimmed.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses <paramref name="location"/> (see <see cref="IsPostgres"/>).</summary>
    /// <exception cref="CrosswireException">E243 when it is not a valid URL or connection string.</exception>
    public static PostgresAddress Parse(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var trimmed = location.Trim();
        try
        {
            return new PostgresAddress(trimmed.StartsWith("Host=", StringComparison.OrdinalIgnoreCase)
                ? new NpgsqlConnectionStringBuilder(trimmed)
                : FromUrl(trimmed));
        }
        catch (Exception error) when (error is ArgumentException or FormatException or InvalidCastException or UriFormatException or OverflowException)
        {
            throw new CrosswireException(ErrorCatalogue.BadDatabaseAddress, Mask(trimmed), error, error.Message);
        }
    }

    /// <summary><paramref name="location"/> with any password replaced by <c>***</c>.</summary>
    public static string Mask(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return ConnectionStringPassword().Replace(UrlPassword().Replace(location, "$1***@"), "$1=***");
    }

    private static NpgsqlConnectionStringBuilder FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new FormatException("expected postgres://user:password@host:port/database");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.DnsSafeHost,
            Port = uri.IsDefaultPort || uri.Port < 0 ? DefaultPort : uri.Port,
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? string.Empty : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
            if (s_libpqKeys.TryGetValue(key, out var npgsqlKey))
            {
                key = npgsqlKey;
                value = key == "SSL Mode" ? value.Replace("-", string.Empty, StringComparison.Ordinal) : value;
            }

            builder[key] = value;
        }

        return builder;
    }

    [GeneratedRegex("(://[^:/@]*:)[^@/]*@")]
    private static partial Regex UrlPassword();

    [GeneratedRegex(@"(?i)\b(password|pwd)\s*=\s*[^;]*")]
    private static partial Regex ConnectionStringPassword();
}
