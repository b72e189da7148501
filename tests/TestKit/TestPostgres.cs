using System.Globalization;
using Crosswire.Storage.Postgres;
using Npgsql;
using Xunit;

namespace Crosswire.TestKit;

/// <summary>
/// The PostgreSQL server the tests use: the URL in <c>CROSSWIRE_TEST_POSTGRES</c>, else
/// <see cref="DefaultUrl"/> (what <c>scripts/setup.sh</c> sets up). Its role must be allowed to create
/// databases. Without a reachable server, tests are skipped on a developer machine and fail when
/// <c>CI=true</c>, like <see cref="SharedData.Require"/>.
/// </summary>
public static class TestPostgres
{
    /// <summary>The environment variable naming the test server.</summary>
    public const string Variable = "CROSSWIRE_TEST_POSTGRES";

    /// <summary>The server, role and maintenance database <c>scripts/setup.sh</c> creates.</summary>
    public const string DefaultUrl = "postgres://crosswire:crosswire@127.0.0.1:5432/crosswire";

    /// <summary>The test server's address (a URL or an Npgsql connection string).</summary>
    public static string Location =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } location ? location : DefaultUrl;

    /// <summary>Creates a fresh, empty database for one test (dropped when the result is disposed); skips
    /// the test, or fails it under CI, when the server cannot be reached.</summary>
    public static async Task<TestDatabase> CreateDatabaseAsync(CancellationToken cancellationToken = default)
    {
        var server = PostgresAddress.Parse(Location);
        var name = "crosswire_test_" + Guid.NewGuid().ToString("N")[..16];
        try
        {
            await using var connection = new NpgsqlConnection(server.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (NpgsqlException error)
        {
            var message = $"no PostgreSQL server for the tests at {server.Name} ({error.Message}); run scripts/setup.sh or set {Variable}";
            if (SharedData.InCi)
            {
                Assert.Fail(message + "; CI=true requires it");
            }

            Assert.Skip(message);
        }

        return new TestDatabase(server, name);
    }
}

/// <summary>A database created for one test, dropped (with any connection left to it) on disposal.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly PostgresAddress _server;

    internal TestDatabase(PostgresAddress server, string name)
    {
        _server = server;
        Name = name;
        var builder = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = name, Pooling = false };
        ConnectionString = builder.ConnectionString;
        Url = string.Create(CultureInfo.InvariantCulture,
            $"postgres://{Uri.EscapeDataString(builder.Username ?? string.Empty)}:{Uri.EscapeDataString(builder.Password ?? string.Empty)}@{builder.Host}:{builder.Port}/{name}");
    }

    /// <summary>The database name.</summary>
    public string Name { get; }

    /// <summary>The database as a <c>postgres://</c> URL, password included.</summary>
    public string Url { get; }

    /// <summary>The database as an Npgsql connection string (starting with <c>Host=</c>), without pooling.</summary>
    public string ConnectionString { get; }

    /// <summary>Runs <paramref name="sql"/> on the database and returns the first column of its first row.</summary>
    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken = default)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Drops the database.</summary>
    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(_server.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
