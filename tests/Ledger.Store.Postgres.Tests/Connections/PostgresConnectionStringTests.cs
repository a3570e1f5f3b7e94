using Npgsql;

namespace Ledger.Store.Postgres.Tests;

/// <summary>Store URIs and connection strings (contract §2) to Npgsql settings; no server needed.</summary>
public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("postgres://ledger:ledger@127.0.0.1:55432/ledger")]
    [InlineData("postgresql://ledger:ledger@127.0.0.1:55432/ledger")]
    [InlineData("POSTGRES://ledger:ledger@127.0.0.1:55432/ledger")]
    [InlineData("postgres:Host=127.0.0.1;Port=55432;Username=ledger;Password=ledger;Database=ledger")]
    [InlineData("postgresql:Host=127.0.0.1;Port=55432;Username=ledger;Password=ledger;Database=ledger")]
    [InlineData("Host=127.0.0.1;Port=55432;Username=ledger;Password=ledger;Database=ledger")]
    public void Every_accepted_form_names_the_same_server_user_and_database(string uri)
    {
        var b = Parse(uri);

        Assert.Equal(("127.0.0.1", 55432, "ledger", "ledger", "ledger"), (b.Host, b.Port, b.Username, b.Password, b.Database));
    }

    [Fact]
    public void User_password_and_database_are_percent_decoded_and_libpq_parameters_are_understood()
    {
        var b = Parse("postgresql://b%C3%A4r:p%40ss%3Aw%2Frd@db.example:6543/kas%20daerah?sslmode=disable&search_path=akuntansi&connect_timeout=7&application_name=ledger");

        Assert.Equal(("db.example", 6543, "bär", "p@ss:w/rd", "kas daerah"), (b.Host, b.Port, b.Username, b.Password, b.Database));
        Assert.Equal((SslMode.Disable, "akuntansi", 7, "ledger"), (b.SslMode, b.SearchPath, b.Timeout, b.ApplicationName));
    }

    [Theory]
    [InlineData("postgres://db.example/ledger", "db.example", 5432, null)]
    [InlineData("postgres://ledger@db.example", "db.example", 5432, "ledger")]
    [InlineData("postgres://[::1]:5433/ledger", "::1", 5433, null)]
    [InlineData("postgres://[::1]/ledger", "::1", 5432, null)]
    public void Port_defaults_to_5432_and_user_and_ipv6_hosts_are_optional(string uri, string host, int port, string? user)
    {
        var b = Parse(uri);

        Assert.Equal((host, port, user), (b.Host, b.Port, b.Username));
    }

    [Theory]
    [InlineData("postgres://")]
    [InlineData("postgres://:5432/ledger")]
    [InlineData("postgres://u:secret@db.example:port/ledger")]
    [InlineData("postgres://u:secret@db.example:70000/ledger")]
    [InlineData("postgres://u:secret@db.example/ledger?no_such_setting=1")]
    [InlineData("postgres:Bogus=1;Password=secret")]
    [InlineData("postgres:Username=u;Password=secret")]
    [InlineData("sqlite:ledger.db")]
    public void A_malformed_uri_is_refused_without_showing_the_password(string uri)
    {
        var ex = Assert.Throws<ArgumentException>(() => PostgresConnectionString.Parse(uri));

        Assert.DoesNotContain("secret", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_names_host_port_database_and_search_path_but_not_the_password()
    {
        var cs = PostgresConnectionString.Parse("postgres://ledger:secret@127.0.0.1:55432/ledger?search_path=s1");

        var where = PostgresConnectionString.Describe(cs);

        Assert.Equal("127.0.0.1:55432/ledger (search_path s1)", where);
    }

    private static NpgsqlConnectionStringBuilder Parse(string uri) => new(PostgresConnectionString.Parse(uri));
}
