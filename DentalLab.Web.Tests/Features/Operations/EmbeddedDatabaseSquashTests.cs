using DentalLab.Web.Infrastructure.Database;
using Npgsql;

namespace DentalLab.Web.Tests.Features.Operations;

/// <summary>
/// The migrations were squashed into one before release: an embedded demo database migrated by an earlier build (its
/// history names a migration this build does not have) is dropped, so the first run builds it afresh; one migrated by
/// this build is kept with its data.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class EmbeddedDatabaseSquashTests(LabServerFixture server)
{
    [Fact]
    public async Task A_database_migrated_by_this_build_keeps_its_data()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await LabServerFixture.ExecuteAsync(connectionString, "CREATE TABLE kept_marker (id int); INSERT INTO kept_marker VALUES (1)");

        await LabDatabaseSetup.RecreateIfMigratedBeforeSquashAsync(server.Cluster.ConnectionString("postgres"), connectionString, name);

        Assert.True(await DatabaseExistsAsync(name));
        Assert.Equal(1L, await LabServerFixture.ScalarAsync(connectionString, "SELECT count(*) FROM kept_marker"));
    }

    [Fact]
    public async Task A_database_whose_history_names_a_migration_from_before_the_squash_is_dropped_to_be_built_afresh()
    {
        var connectionString = await server.CreateDatabaseAsync();
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        // One of the eleven migrations squashed on 3 December 2026.
        await LabServerFixture.ExecuteAsync(connectionString,
            """INSERT INTO "__EFMigrationsHistory" (migration_id, product_version) VALUES ('20261202065939_StaffAbsencesAndSplitShifts', '10.0.0')""");

        await LabDatabaseSetup.RecreateIfMigratedBeforeSquashAsync(server.Cluster.ConnectionString("postgres"), connectionString, name);

        Assert.False(await DatabaseExistsAsync(name));
    }

    [Fact]
    public async Task No_database_yet_is_left_for_the_first_run_to_create()
    {
        const string name = "never_created_squash";
        var connectionString = new NpgsqlConnectionStringBuilder(server.Cluster.ConnectionString("postgres")) { Database = name }.ConnectionString;

        await LabDatabaseSetup.RecreateIfMigratedBeforeSquashAsync(server.Cluster.ConnectionString("postgres"), connectionString, name);

        Assert.False(await DatabaseExistsAsync(name));
    }

    private async Task<bool> DatabaseExistsAsync(string name) =>
        await LabServerFixture.ScalarAsync(server.Cluster.ConnectionString("postgres"), "SELECT 1 FROM pg_database WHERE datname = $1", name) is not null;
}
