using System.Net.Sockets;
using Crosswire.Core.Errors;
using Npgsql;

namespace Crosswire.Storage.Postgres;

/// <summary>Turns Npgsql's exceptions into catalogue errors naming the server and database (never the
/// password): E240 unreachable, E241 login refused, E242 no such database, E184 busy, E185 anything else.</summary>
internal static class PostgresFailures
{
    /// <summary>SQLSTATE of a lock wait that outlasted <c>lock_timeout</c>.</summary>
    public const string LockNotAvailable = "55P03";

    /// <summary>True for errors of the connection or of a lock wait rather than of the statement itself.</summary>
    public static bool IsConnectionOrLock(PostgresException error) =>
        error.SqlState == LockNotAvailable || IsUnreachable(error.SqlState);

    /// <summary>True for a violated constraint (unique, foreign key, check): a broken store contract.</summary>
    public static bool IsConstraint(PostgresException error) => error.SqlState.StartsWith("23", StringComparison.Ordinal);

    public static CrosswireException Translate(NpgsqlException error, PostgresAddress address, TimeSpan busyTimeout)
    {
        if (error is PostgresException server)
        {
            return server.SqlState switch
            {
                "28P01" or "28000" => new CrosswireException(ErrorCatalogue.PostgresLoginRefused, address.Name, error, address.Username, server.MessageText),
                "3D000" => new CrosswireException(ErrorCatalogue.PostgresNoDatabase, address.Name, error, address.Database),
                LockNotAvailable => new CrosswireException(ErrorCatalogue.StoreBusy, address.Name, error, busyTimeout),
                var state when IsUnreachable(state) => new CrosswireException(ErrorCatalogue.PostgresUnreachable, address.Name, error, server.MessageText),
                _ => new CrosswireException(ErrorCatalogue.StoreFailure, address.Name, error, server.MessageText),
            };
        }

        // Npgsql's own errors are of the connection: refused, unknown host, timed out, broken, or a password
        // the server asks for and the address lacks.
        if (error.InnerException is not SocketException && error.Message.Contains("password", StringComparison.OrdinalIgnoreCase))
        {
            return new CrosswireException(ErrorCatalogue.PostgresLoginRefused, address.Name, error, address.Username, error.Message);
        }

        var reason = error.InnerException is { } inner and (SocketException or TimeoutException or IOException)
            ? $"{error.Message} ({inner.Message})"
            : error.Message;
        return new CrosswireException(ErrorCatalogue.PostgresUnreachable, address.Name, error, reason);
    }

    // Class 08: connection exception; 57P01-57P03: server shutting down or starting; 53300: too many connections.
    private static bool IsUnreachable(string state) =>
        state.StartsWith("08", StringComparison.Ordinal) || state is "57P01" or "57P02" or "57P03" or "53300";
}
