using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using DentalLab.Web.Infrastructure.Files;
using Npgsql;

namespace DentalLab.Web.Infrastructure.Backup;

/// <summary>What an archive holds, written into it as <c>manifest.json</c> and checked on restore.</summary>
public sealed record BackupManifest(
    string AppVersion,
    string? SchemaMigration,
    DateTimeOffset CreatedAt,
    int ServerVersion,
    string DatabaseSha256,
    IReadOnlyDictionary<string, long> RowCounts,
    IReadOnlyList<BackupFile> Files);

public sealed record BackupFile(string Path, long Size, string Sha256);

/// <summary>One archive in a backup folder (for the admin page and retention).</summary>
public sealed record BackupInfo(string Path, DateTimeOffset CreatedAt, long Size);

/// <summary>
/// Backup and restore of one lab: the database (<c>pg_dump</c> custom format, from the PostgreSQL client tools of the
/// server's own major version) and the file store (case files, signatures, statements) in one .tar.gz with a manifest
/// (app version, schema migration, row counts per table, SHA-256 of every file). Restore refuses a target that is not
/// empty unless forced, checks every hash before touching anything, and compares the row counts afterwards.
/// Point-in-time recovery of an external database is the database's job (WAL archiving); see the README.
/// </summary>
public sealed class BackupService(NpgsqlDataSource dataSource, FileStore files, IConfiguration configuration, ILogger<BackupService> logger)
{
    private const string DumpName = "database.dump";
    private const string ManifestName = "manifest.json";
    private const string FilesPrefix = "files/";
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    /// <summary>Writes one archive into <paramref name="folder"/> and returns its path and manifest.</summary>
    public async Task<(string Path, BackupManifest Manifest)> BackupAsync(string folder, CancellationToken ct = default)
    {
        Directory.CreateDirectory(folder);
        var work = Directory.CreateTempSubdirectory("dentallab-backup-");
        try
        {
            var dump = Path.Combine(work.FullName, DumpName);
            var (major, binDir) = await ClientToolsAsync(ct);
            // The manifest's row counts and the dump read one snapshot: jobs keep writing (a view refresh, a reminder)
            // while a backup runs, and counts taken a moment apart from the dump would not match it on restore.
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await using var snapshot = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
            await using (var export = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, snapshot))
            {
                var id = (string)(await export.ExecuteScalarAsync(ct))!;
                await RunAsync(Path.Combine(binDir, "pg_dump"), ["--format=custom", "--no-owner", "--no-privileges", $"--snapshot={id}", "--file", dump, .. ConnectionArgs()], ct);
            }

            var counts = await RowCountsAsync(ct, connection);
            await snapshot.CommitAsync(ct);

            var manifest = new BackupManifest(
                typeof(BackupService).Assembly.GetName().Version?.ToString() ?? "0",
                await LatestMigrationAsync(ct),
                DateTimeOffset.UtcNow,
                major,
                await Sha256Async(dump, ct),
                counts,
                await HashFilesAsync(files.Root, ct));

            var name = $"dentallab-{manifest.CreatedAt:yyyyMMdd-HHmmss}.tar.gz";
            var archive = Path.Combine(folder, name);
            var partial = archive + ".partial";
            await using (var output = File.Create(partial))
            await using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
            await using (var tar = new TarWriter(gzip, TarEntryFormat.Pax, leaveOpen: false))
            {
                var manifestPath = Path.Combine(work.FullName, ManifestName);
                await File.WriteAllTextAsync(manifestPath, JsonSerializer.Serialize(manifest, Json), ct);
                await tar.WriteEntryAsync(manifestPath, ManifestName, ct);
                await tar.WriteEntryAsync(dump, DumpName, ct);
                foreach (var file in manifest.Files)
                {
                    await tar.WriteEntryAsync(Path.Combine(files.Root, file.Path), FilesPrefix + file.Path, ct);
                }
            }

            // Only a complete archive gets its name: a crash mid-way never leaves a file that looks like a backup.
            File.Move(partial, archive, overwrite: true);
            logger.LogInformation("Backup written to {Archive}: {Tables} tables, {Files} files, {Bytes} bytes",
                archive, manifest.RowCounts.Count, manifest.Files.Count, new FileInfo(archive).Length);
            return (archive, manifest);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>
    /// Puts an archive back into this app's database and file folder. Both must be empty unless <paramref name="force"/>
    /// (then the database's tables and the folder's files are removed first). Returns the manifest it restored.
    /// </summary>
    public async Task<BackupManifest> RestoreAsync(string archive, bool force, CancellationToken ct = default)
    {
        var work = Directory.CreateTempSubdirectory("dentallab-restore-");
        try
        {
            await using (var input = File.OpenRead(archive))
            await using (var gzip = new GZipStream(input, CompressionMode.Decompress))
            {
                await TarFile.ExtractToDirectoryAsync(gzip, work.FullName, overwriteFiles: false, ct);
            }

            var manifestPath = Path.Combine(work.FullName, ManifestName);
            if (!File.Exists(manifestPath))
            {
                throw new BackupException("The archive has no manifest.json: it is not a DentalLab backup.");
            }

            var manifest = JsonSerializer.Deserialize<BackupManifest>(await File.ReadAllTextAsync(manifestPath, ct))
                ?? throw new BackupException("The archive's manifest cannot be read.");
            var dump = Path.Combine(work.FullName, DumpName);
            if (!File.Exists(dump) || await Sha256Async(dump, ct) != manifest.DatabaseSha256)
            {
                throw new BackupException("The database dump does not match the manifest's SHA-256: the archive is damaged.");
            }

            var restoredFiles = Path.Combine(work.FullName, "files");
            foreach (var file in manifest.Files)
            {
                var path = Path.Combine(restoredFiles, file.Path);
                if (!File.Exists(path) || await Sha256Async(path, ct) != file.Sha256)
                {
                    throw new BackupException($"The file {file.Path} does not match the manifest's SHA-256: the archive is damaged.");
                }
            }

            var tables = await TableCountAsync(ct);
            var existingFiles = Directory.Exists(files.Root) && Directory.EnumerateFileSystemEntries(files.Root).Any();
            if ((tables > 0 || existingFiles) && !force)
            {
                throw new BackupException($"The target is not empty ({tables} tables in the database, {(existingFiles ? "files" : "no files")} in {files.Root}). " +
                                          "Restore into an empty database and folder, or pass --force to replace what is there.");
            }

            if (tables > 0)
            {
                await using var clear = dataSource.CreateCommand("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
                await clear.ExecuteNonQueryAsync(ct);
            }

            var (_, binDir) = await ClientToolsAsync(ct);
            await RunAsync(Path.Combine(binDir, "pg_restore"), ["--no-owner", "--no-privileges", "--exit-on-error", .. ConnectionArgs(withDbName: true), dump], ct);
            NpgsqlConnection.ClearAllPools();

            if (Directory.Exists(files.Root))
            {
                Directory.Delete(files.Root, recursive: true);
            }

            Directory.CreateDirectory(files.Root);
            foreach (var file in manifest.Files)
            {
                var target = Path.Combine(files.Root, file.Path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(restoredFiles, file.Path), target);
            }

            var counts = await RowCountsAsync(ct);
            var wrong = manifest.RowCounts.Where(c => counts.GetValueOrDefault(c.Key, -1) != c.Value).Select(c => c.Key).ToList();
            if (wrong.Count > 0)
            {
                throw new BackupException($"After the restore these tables have other row counts than the manifest: {string.Join(", ", wrong)}.");
            }

            logger.LogInformation("Restored {Archive}: {Tables} tables, {Files} files", archive, counts.Count, manifest.Files.Count);
            return manifest;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The archives in <paramref name="folder"/>, newest first.</summary>
    public static IReadOnlyList<BackupInfo> List(string folder) =>
        !Directory.Exists(folder)
            ? []
            : new DirectoryInfo(folder).GetFiles("dentallab-*.tar.gz")
                .Select(f => new BackupInfo(f.FullName, new DateTimeOffset(f.LastWriteTimeUtc, TimeSpan.Zero), f.Length))
                .OrderByDescending(b => b.CreatedAt).ToList();

    /// <summary>Keeps the newest <paramref name="daily"/> archives and the newest of each of the last <paramref name="weekly"/> weeks; deletes the rest.</summary>
    public static IReadOnlyList<string> ApplyRetention(string folder, int daily, int weekly)
    {
        var all = List(folder);
        var keep = all.Take(daily).Select(b => b.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var week in all.GroupBy(b => System.Globalization.ISOWeek.GetYear(b.CreatedAt.UtcDateTime) * 100 + System.Globalization.ISOWeek.GetWeekOfYear(b.CreatedAt.UtcDateTime)).Take(weekly))
        {
            keep.Add(week.First().Path);
        }

        var removed = all.Where(b => !keep.Contains(b.Path)).Select(b => b.Path).ToList();
        removed.ForEach(File.Delete);
        return removed;
    }

    /// <summary>The backup folder from configuration (<c>Backup:Path</c>, default <c>.local/backups</c>).</summary>
    public static string DefaultFolder(IConfiguration configuration, string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, configuration["Backup:Path"] ?? "../.local/backups"));

    private IEnumerable<string> ConnectionArgs(bool withDbName = false)
    {
        var cs = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString);
        yield return "--host=" + cs.Host;
        yield return "--port=" + cs.Port;
        yield return "--username=" + cs.Username;
        yield return withDbName ? "--dbname=" + cs.Database : cs.Database!;
    }

    private async Task<(int Major, string BinDir)> ClientToolsAsync(CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand("SHOW server_version_num");
        var major = int.Parse((string)(await cmd.ExecuteScalarAsync(ct))!, System.Globalization.CultureInfo.InvariantCulture) / 10000;
        var configured = configuration["Backup:PgBinPath"];
        var candidates = new[] { configured, $"/usr/lib/postgresql/{major}/bin" }.OfType<string>();
        var binDir = candidates.FirstOrDefault(d => File.Exists(Path.Combine(d, "pg_dump")))
            ?? throw new BackupException($"pg_dump for PostgreSQL {major} was not found: install postgresql-client-{major} or set Backup:PgBinPath.");
        return (major, binDir);
    }

    private async Task RunAsync(string exe, IEnumerable<string> args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(exe, args) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false, WorkingDirectory = "/" };
        var password = new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).Password;
        if (!string.IsNullOrEmpty(password))
        {
            start.Environment["PGPASSWORD"] = password; // never on the command line, where ps would show it
        }

        using var process = Process.Start(start) ?? throw new BackupException($"{Path.GetFileName(exe)} could not be started.");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        _ = process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{Path.GetFileName(exe)} failed ({process.ExitCode}): {(await stderr).Trim()}");
        }
    }

    private async Task<string?> LatestMigrationAsync(CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand("""SELECT max(migration_id) FROM "__EFMigrationsHistory" """);
        return await cmd.ExecuteScalarAsync(ct) as string;
    }

    private async Task<long> TableCountAsync(CancellationToken ct)
    {
        await using var cmd = dataSource.CreateCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'");
        return (long)(await cmd.ExecuteScalarAsync(ct))!;
    }

    /// <param name="connection">Counts in that connection's transaction (the backup's snapshot); null: a pooled connection.</param>
    private async Task<Dictionary<string, long>> RowCountsAsync(CancellationToken ct, NpgsqlConnection? connection = null)
    {
        NpgsqlCommand Command(string sql) => connection is null ? dataSource.CreateCommand(sql) : new NpgsqlCommand(sql, connection);
        var tables = new List<string>();
        await using (var list = Command("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"))
        await using (var reader = await list.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            // The name comes from the catalogue, quoted as an identifier; nothing from a user reaches this SQL.
            await using var count = Command($"SELECT count(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"");
            counts[table] = (long)(await count.ExecuteScalarAsync(ct))!;
        }

        return counts;
    }

    private static async Task<List<BackupFile>> HashFilesAsync(string root, CancellationToken ct)
    {
        var list = new List<BackupFile>();
        if (!Directory.Exists(root))
        {
            return list;
        }

        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            // Half-written uploads are not part of the lab's records.
            if (Path.GetFileName(path).StartsWith(".upload-", StringComparison.Ordinal))
            {
                continue;
            }

            list.Add(new BackupFile(Path.GetRelativePath(root, path).Replace('\\', '/'), new FileInfo(path).Length, await Sha256Async(path, ct)));
        }

        return list;
    }

    private static async Task<string> Sha256Async(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct));
    }
}

/// <summary>A backup or restore that cannot go on, with a message for the person running it.</summary>
public sealed class BackupException(string message) : Exception(message);
