using Crosswire.Core.Errors;
using Crosswire.Storage.Postgres;
using Npgsql;
using Xunit;

namespace Crosswire.Storage.Tests;

public sealed class PostgresAddressTests
{
    [Theory]
    [InlineData("postgres://ann@db.example/news", true)]
    [InlineData("postgresql://ann@db.example/news", true)]
    [InlineData("  POSTGRES://ann@db.example/news", true)]
    [InlineData("Host=db.example;Database=news", true)]
    [InlineData("host=db.example;Database=news", true)]
    [InlineData("crosswire.db", false)]
    [InlineData("data/postgres.db", false)]
    [InlineData("postgres", false)]
    public void PostgresAddress_TellsAServerFromAFile(string location, bool isPostgres) =>
        Assert.Equal(isPostgres, PostgresAddress.IsPostgres(location));

    [Fact]
    public void PostgresAddress_ReadsEveryPartOfAUrl()
    {
        var address = PostgresAddress.Parse("postgres://news%20desk:p%40ss%3Aword@db.example:6543/harbour_archive?sslmode=verify-full&application_name=desk");
        Assert.Equal(("db.example", 6543, "harbour_archive", "news desk"), (address.Host, address.Port, address.Database, address.Username));
        var builder = new NpgsqlConnectionStringBuilder(address.ConnectionString);
        Assert.Equal("p@ss:word", builder.Password);
        Assert.Equal(SslMode.VerifyFull, builder.SslMode);
        Assert.Equal("desk", builder.ApplicationName);
        Assert.Equal("postgres://news desk@db.example:6543/harbour_archive", address.Name);
    }

    [Fact]
    public void PostgresAddress_DefaultsThePortAndTheDatabaseToTheUser()
    {
        var address = PostgresAddress.Parse("postgresql://ann:secret@[::1]");
        Assert.Equal(("::1", 5432, "ann"), (address.Host, address.Port, address.Database));
    }

    [Fact]
    public void PostgresAddress_AcceptsAnNpgsqlConnectionString()
    {
        var address = PostgresAddress.Parse("Host=db.example;Port=5433;Database=wire;Username=ann;Password=secret");
        Assert.Equal(("db.example", 5433, "wire", "ann"), (address.Host, address.Port, address.Database, address.Username));
        Assert.DoesNotContain("secret", address.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://ann:secret@db.example/news?no_such_setting=1")]
    [InlineData("postgres://ann:secret@db.example:99999/news")]
    [InlineData("Host=db.example;Password=secret;Colour=blue")]
    public void PostgresAddress_RejectsAMalformedAddressWithE243WithoutThePassword(string location)
    {
        var error = Assert.Throws<CrosswireException>(() => PostgresAddress.Parse(location));
        Assert.Equal("E243", error.Code);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("postgres://ann:secret@db.example/news", "postgres://ann:***@db.example/news")]
    [InlineData("Host=db.example;Password=secret;Database=news", "Host=db.example;Password=***;Database=news")]
    [InlineData("crosswire.db", "crosswire.db")]
    public void PostgresAddress_MasksThePassword(string location, string masked) =>
        Assert.Equal(masked, PostgresAddress.Mask(location));
}
