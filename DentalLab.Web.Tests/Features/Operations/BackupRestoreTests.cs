using System.Net;
using System.Security.Cryptography;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Admin.Backups;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Backup;
using DentalLab.Web.Infrastructure.Files;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace DentalLab.Web.Tests.Features.Operations;

/// <summary>Backup of a whole lab (database and file store) into one archive, restored into an empty database and folder.</summary>
[Collection(LabCollection.Name)]
public sealed class BackupRestoreTests(LabServerFixture server)
{
    [Fact]
    public async Task A_restored_lab_has_every_row_and_file_and_its_demo_dentist_signs_in()
    {
        var source = await server.SharedAppAsync("backup-source");
        var store = source.Services.GetRequiredService<FileStore>();
        // A binary STL: 80-byte header, triangle count, 50 bytes per triangle.
        var scan = new byte[84 + (800 * 50)];
        Random.Shared.NextBytes(scan);
        BitConverter.TryWriteBytes(scan.AsSpan(80, 4), 800u);
        await using (var content = new MemoryStream(scan))
        {
            await store.SaveAsync(content, "upper-jaw.stl", 10_000_000);
        }

        var folder = Path.Combine(server.WorkFolder, "backups-" + Guid.NewGuid().ToString("N")[..8]);
        var (archive, manifest) = await source.Services.GetRequiredService<BackupService>().BackupAsync(folder);
        Assert.True(File.Exists(archive));
        Assert.NotEmpty(manifest.Files);
        Assert.True(manifest.RowCounts["cases"] > 0);
        // The manifest counted the source in the dump's own snapshot; jobs (a view refresh) may write rows after it.
        var sourceCounts = await CountsAsync(source.ConnectionString);
        Assert.True(sourceCounts.Keys.Order().SequenceEqual(manifest.RowCounts.Keys.Order()));
        Assert.Equal(sourceCounts["cases"], manifest.RowCounts["cases"]);
        var sourceHashes = Hashes(store.Root);

        // An empty database and an empty folder.
        var name = "restored_" + Guid.NewGuid().ToString("N")[..8];
        await LabServerFixture.ExecuteAsync(server.Cluster.ConnectionString("postgres"), $"CREATE DATABASE {name}");
        var restoredCs = server.Cluster.ConnectionString(name);
        var restoredFiles = Path.Combine(server.WorkFolder, name + "-files");
        var target = Service(source, restoredCs, restoredFiles);

        var restored = await target.RestoreAsync(archive, force: false);

        Assert.Equal(manifest.DatabaseSha256, restored.DatabaseSha256);
        Assert.Equal(manifest.RowCounts.OrderBy(c => c.Key, StringComparer.Ordinal), (await CountsAsync(restoredCs)).OrderBy(c => c.Key, StringComparer.Ordinal));
        Assert.Equal(sourceHashes, Hashes(restoredFiles));

        // A second restore into the now-filled target is refused and says why.
        var refused = await Assert.ThrowsAsync<BackupException>(() => target.RestoreAsync(archive, force: false));
        Assert.Contains("not empty", refused.Message, StringComparison.Ordinal);

        // The app serves the restored lab.
        await using var app = LabApp.StartOn(restoredCs, server.WorkFolder, settings: new() { ["Storage:FilesPath"] = restoredFiles });
        using var http = new LabHttp(app);
        var signIn = await http.SignInAsync("dentist@dentallab.test", DemoDataGenerator.DemoPassword);
        Assert.Equal("/portal", LabHttp.PathOf(signIn));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/portal")).StatusCode);
    }

    [Fact]
    public async Task A_damaged_archive_is_refused_before_anything_is_touched()
    {
        var source = await server.SharedAppAsync("backup-source");
        var folder = Path.Combine(server.WorkFolder, "backups-" + Guid.NewGuid().ToString("N")[..8]);
        var (archive, _) = await source.Services.GetRequiredService<BackupService>().BackupAsync(folder);
        var bytes = await File.ReadAllBytesAsync(archive);
        var damaged = archive.Replace(".tar.gz", "-damaged.tar.gz", StringComparison.Ordinal);
        // Re-pack with one flipped byte in the dump: the gzip stays readable, the hash does not match.
        await using (var input = new MemoryStream(bytes))
        await using (var gzip = new System.IO.Compression.GZipStream(input, System.IO.Compression.CompressionMode.Decompress))
        await using (var plain = new MemoryStream())
        {
            await gzip.CopyToAsync(plain);
            var tar = plain.ToArray();
            var dumpAt = IndexOf(tar, "PGDMP"u8.ToArray());
            tar[dumpAt + 600] ^= 0xFF;
            await using var output = File.Create(damaged);
            await using var zip = new System.IO.Compression.GZipStream(output, System.IO.Compression.CompressionLevel.Fastest);
            await zip.WriteAsync(tar);
        }

        var name = "damaged_" + Guid.NewGuid().ToString("N")[..8];
        await LabServerFixture.ExecuteAsync(server.Cluster.ConnectionString("postgres"), $"CREATE DATABASE {name}");
        var target = Service(source, server.Cluster.ConnectionString(name), Path.Combine(server.WorkFolder, name + "-files"));

        var error = await Assert.ThrowsAsync<BackupException>(() => target.RestoreAsync(damaged, force: true));
        Assert.Contains("damaged", error.Message, StringComparison.Ordinal);
        Assert.Empty(await CountsAsync(server.Cluster.ConnectionString(name)));
    }

    [Fact]
    public async Task Back_up_now_is_for_settings_managers_and_the_panel_lists_the_new_archive()
    {
        var app = await server.SharedAppAsync("backup-panel", settings: new() { ["Backup:Path"] = Path.Combine(server.WorkFolder, "panel-" + Guid.NewGuid().ToString("N")[..8]) });
        await using (var admin = await app.ScopeAsAsync("admin@dentallab.test"))
        {
            var service = admin.ServiceProvider.GetRequiredService<BackupAdminService>();
            Assert.Empty(await service.ListAsync());
            var made = await service.BackUpNowAsync();
            Assert.True(made.Size > 10_000);
            Assert.Equal(made.Path, (await service.ListAsync()).Single().Path);
        }

        await using var tech = await app.ScopeAsAsync("tech@dentallab.test");
        await Assert.ThrowsAsync<ForbiddenException>(() => tech.ServiceProvider.GetRequiredService<BackupAdminService>().BackUpNowAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => tech.ServiceProvider.GetRequiredService<BackupAdminService>().ListAsync());
    }

    [Fact]
    public void Retention_keeps_the_newest_seven_and_the_newest_of_each_of_four_weeks()
    {
        var folder = Directory.CreateTempSubdirectory("dentallab-retention-").FullName;
        var start = new DateTime(2026, 9, 1, 2, 0, 0, DateTimeKind.Utc);
        for (var day = 0; day < 60; day++)
        {
            var path = Path.Combine(folder, $"dentallab-{start.AddDays(day):yyyyMMdd-HHmmss}.tar.gz");
            File.WriteAllText(path, "x");
            File.SetLastWriteTimeUtc(path, start.AddDays(day));
        }

        var removed = BackupService.ApplyRetention(folder, daily: 7, weekly: 4);

        var kept = BackupService.List(folder).Select(b => b.CreatedAt.UtcDateTime).ToList();
        Assert.Equal(60 - removed.Count, kept.Count);
        Assert.All(Enumerable.Range(53, 7).Select(d => start.AddDays(d)), d => Assert.Contains(d, kept));
        Assert.InRange(kept.Count, 7, 11);
        Assert.True(kept.Min() >= start.AddDays(59 - 28), "nothing older than four weeks is kept");
        Directory.Delete(folder, recursive: true);
    }

    private static BackupService Service(LabApp app, string connectionString, string filesFolder)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:FilesPath"] = filesFolder }).Build();
        return new BackupService(NpgsqlDataSource.Create(connectionString), new FileStore(configuration, app.Services.GetRequiredService<IHostEnvironment>()),
            configuration, app.Services.GetRequiredService<ILogger<BackupService>>());
    }

    private static async Task<SortedDictionary<string, long>> CountsAsync(string connectionString)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        await using var connection = new NpgsqlConnection(connectionString + ";Pooling=false");
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM \"{table}\"", connection);
            counts[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        return counts;
    }

    private static SortedDictionary<string, string> Hashes(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(root, p), p => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p)))), StringComparer.Ordinal);

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        throw new InvalidOperationException("The dump's signature is not in the archive.");
    }
}
