using System.Security.Cryptography;
using System.Text;

namespace DentalLab.Web.Infrastructure.Files;

/// <summary>A file that passed the checks and is on disk: what case_files records about it.</summary>
public sealed record StoredFile(string StoredName, string ContentType, string Kind, long SizeBytes, string Sha256);

/// <summary>An upload that was refused; <see cref="Exception.Message"/> says why, in words for the uploader.</summary>
public sealed class FileRejectedException(string message) : Exception(message);

/// <summary>
/// Case files on disk, outside the web root (configuration <c>Storage:FilesPath</c>), under generated names. Only
/// scans (STL, PLY, OBJ), photos (JPG, PNG) and PDFs are kept, and the type is read from the content: the extension
/// must name the type the bytes really are. Files are served only through authorized endpoints that call
/// <see cref="OpenRead"/>; nothing here knows about cases or users.
/// </summary>
public sealed class FileStore
{
    private const int SniffBytes = 64 * 1024;

    private static readonly Dictionary<string, FileType> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".stl"] = FileType.Stl, [".ply"] = FileType.Ply, [".obj"] = FileType.Obj,
        [".jpg"] = FileType.Jpeg, [".jpeg"] = FileType.Jpeg, [".png"] = FileType.Png, [".pdf"] = FileType.Pdf,
    };

    public FileStore(IConfiguration configuration, IHostEnvironment environment)
    {
        Root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configuration["Storage:FilesPath"] ?? "../.local/files"));
    }

    private enum FileType { Stl, Ply, Obj, Jpeg, Png, Pdf }

    /// <summary>The folder that holds the files.</summary>
    public string Root { get; }

    /// <summary>What the file picker offers.</summary>
    public static string AcceptedExtensions => string.Join(",", ByExtension.Keys);

    /// <summary>
    /// Copies <paramref name="content"/> to a new file, refusing more than <paramref name="maxBytes"/> bytes and any
    /// content that is not what <paramref name="originalName"/>'s extension says. Reports the bytes copied so far.
    /// </summary>
    public Task<StoredFile> SaveAsync(Stream content, string originalName, long maxBytes, IProgress<long>? progress = null, CancellationToken ct = default) =>
        SaveIntoAsync(Root, content, originalName, maxBytes, progress, ct);

    /// <summary>
    /// Like <see cref="SaveAsync"/>, but into <paramref name="owner"/>'s staging folder: an upload that belongs to
    /// nothing yet (a portal Rx not sent). <see cref="PromoteStaged"/> moves it into the store when it is recorded;
    /// <see cref="DeleteStaged"/> removes it; <see cref="DeleteStagedOlderThan"/> removes the abandoned ones.
    /// </summary>
    public Task<StoredFile> SaveStagedAsync(string owner, Stream content, string originalName, long maxBytes, IProgress<long>? progress = null, CancellationToken ct = default) =>
        SaveIntoAsync(StagingFolder(owner), content, originalName, maxBytes, progress, ct);

    /// <summary>The bytes <paramref name="owner"/> has staged now (the per-user quota).</summary>
    public long StagedBytes(string owner)
    {
        var folder = StagingFolder(owner);
        return Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles().Where(f => !f.Name.StartsWith('.')).Sum(f => f.Length) : 0;
    }

    /// <summary>Whether <paramref name="owner"/> still has <paramref name="storedName"/> staged.</summary>
    public bool IsStaged(string owner, string storedName) => File.Exists(Path.Combine(StagingFolder(owner), Checked(storedName)));

    /// <summary>Removes a staged upload (the uploader removed it); a missing one is no error.</summary>
    public void DeleteStaged(string owner, string storedName) => File.Delete(Path.Combine(StagingFolder(owner), Checked(storedName)));

    /// <summary>Moves a staged upload into the store (it is now a case's file); false when it is no longer staged.</summary>
    public bool PromoteStaged(string owner, string storedName)
    {
        var staged = Path.Combine(StagingFolder(owner), Checked(storedName));
        try
        {
            File.Move(staged, PathOf(storedName));
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }

    /// <summary>Puts a promoted upload back into staging (the record of it could not be saved).</summary>
    public void UnpromoteStaged(string owner, string storedName)
    {
        Directory.CreateDirectory(StagingFolder(owner));
        File.Move(PathOf(storedName), Path.Combine(StagingFolder(owner), Checked(storedName)), overwrite: true);
    }

    /// <summary>
    /// Deletes every staged upload last written before <paramref name="cutoff"/> (abandoned: never sent) and the
    /// staging folders left empty; returns how many files went. Safe to run anywhere at any time: a file is either
    /// still staged or already moved, and a delete of a missing one is no error.
    /// </summary>
    public int DeleteStagedOlderThan(DateTimeOffset cutoff)
    {
        var staging = Path.Combine(Root, StagingFolderName);
        if (!Directory.Exists(staging))
        {
            return 0;
        }

        var deleted = 0;
        foreach (var folder in new DirectoryInfo(staging).EnumerateDirectories())
        {
            foreach (var file in folder.EnumerateFiles().Where(f => f.LastWriteTimeUtc < cutoff.UtcDateTime))
            {
                try
                {
                    file.Delete();
                    deleted++;
                }
                catch (IOException)
                {
                    // Moved or deleted meanwhile: nothing left to clean.
                }
            }

            try
            {
                if (!folder.EnumerateFileSystemInfos().Any())
                {
                    folder.Delete();
                }
            }
            catch (IOException)
            {
                // A new upload arrived in it meanwhile.
            }
        }

        return deleted;
    }

    private const string StagingFolderName = ".staged";

    /// <summary>One folder per owner (an id in hex, never a path) under <c>.staged</c>, which <see cref="PathOf"/> never opens.</summary>
    private string StagingFolder(string owner) =>
        owner.Length is > 0 and <= 64 && owner.All(char.IsAsciiLetterOrDigit)
            ? Path.Combine(Root, StagingFolderName, owner)
            : throw new ArgumentException("Not a staging owner.", nameof(owner));

    private static string Checked(string storedName) =>
        storedName.Length == 0 || storedName != Path.GetFileName(storedName) || storedName.StartsWith('.')
            ? throw new ArgumentException("Not a stored file name.", nameof(storedName))
            : storedName;

    private async Task<StoredFile> SaveIntoAsync(string folder, Stream content, string originalName, long maxBytes, IProgress<long>? progress, CancellationToken ct)
    {
        var extension = Path.GetExtension(originalName);
        if (!ByExtension.TryGetValue(extension, out var claimed))
        {
            throw new FileRejectedException($"{Path.GetFileName(originalName)}: only STL, PLY, OBJ, JPG, PNG and PDF files can be attached.");
        }

        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, $".upload-{Guid.NewGuid():N}.tmp");
        try
        {
            var (size, sha256, head) = await CopyAsync(content, temporary, maxBytes, originalName, progress, ct);
            if (size == 0)
            {
                throw new FileRejectedException($"{Path.GetFileName(originalName)} is empty.");
            }

            var actual = await DetectAsync(temporary, head, size, ct);
            if (actual != claimed)
            {
                throw new FileRejectedException(actual is null
                    ? $"{Path.GetFileName(originalName)} is not a {Describe(claimed)} file: its content is not one of the allowed types."
                    : $"{Path.GetFileName(originalName)} is not a {Describe(claimed)} file: its content is {Describe(actual.Value)}.");
            }

            var storedName = $"{Guid.CreateVersion7():N}{CanonicalExtension(claimed)}";
            File.Move(temporary, Path.Combine(folder, storedName));
            return new StoredFile(storedName, ContentTypeOf(claimed), KindOf(claimed), size, sha256);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>Opens a stored file for reading (null when it is missing).</summary>
    public Stream? OpenRead(string storedName)
    {
        var path = PathOf(storedName);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true) : null;
    }

    /// <summary>Removes a stored file (the retention purge); a missing one is no error.</summary>
    public void Delete(string storedName) => File.Delete(PathOf(storedName));

    /// <summary>A stored name is generated here; anything else (a path, "..") is never opened.</summary>
    private string PathOf(string storedName) => Path.Combine(Root, Checked(storedName));

    private static async Task<(long Size, string Sha256, byte[] Head)> CopyAsync(
        Stream content, string path, long maxBytes, string originalName, IProgress<long>? progress, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var head = new MemoryStream();
        var buffer = new byte[81920];
        long size = 0;
        await using (var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, buffer.Length, useAsync: true))
        {
            int read;
            while ((read = await content.ReadAsync(buffer, ct)) > 0)
            {
                size += read;
                if (size > maxBytes)
                {
                    throw new FileRejectedException(
                        $"{Path.GetFileName(originalName)} is larger than the limit of {maxBytes / (1024 * 1024)} MB.");
                }

                if (head.Length < SniffBytes)
                {
                    head.Write(buffer, 0, (int)Math.Min(read, SniffBytes - head.Length));
                }

                hash.AppendData(buffer, 0, read);
                await target.WriteAsync(buffer.AsMemory(0, read), ct);
                progress?.Report(size);
            }
        }

        return (size, Convert.ToHexStringLower(hash.GetHashAndReset()), head.ToArray());
    }

    /// <summary>The type the bytes really are, or null when they are none of the allowed ones.</summary>
    private static async Task<FileType?> DetectAsync(string path, byte[] head, long size, CancellationToken ct)
    {
        if (StartsWith(head, [0xFF, 0xD8, 0xFF]))
        {
            return FileType.Jpeg;
        }

        if (StartsWith(head, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return FileType.Png;
        }

        if (StartsWith(head, "%PDF-"u8))
        {
            return FileType.Pdf;
        }

        if (StartsWith(head, "ply\n"u8) || StartsWith(head, "ply\r\n"u8))
        {
            return FileType.Ply;
        }

        // Binary STL: an 80-byte header (which may itself start with "solid"), a triangle count, 50 bytes a triangle.
        if (size >= 84 && head.Length >= 84 && 84 + (50L * BitConverter.ToUInt32(head, 80)) == size)
        {
            return FileType.Stl;
        }

        if (!await IsTextAsync(path, ct))
        {
            return null;
        }

        var text = Encoding.ASCII.GetString(head);
        if (text.TrimStart().StartsWith("solid", StringComparison.Ordinal) && text.Contains("facet", StringComparison.Ordinal))
        {
            return FileType.Stl;
        }

        return await IsObjAsync(path, ct) ? FileType.Obj : null;
    }

    /// <summary>Text: no NUL bytes anywhere (an executable or an image renamed to .obj has plenty).</summary>
    private static async Task<bool> IsTextAsync(string path, CancellationToken ct)
    {
        await using var stream = File.OpenRead(path);
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            if (Array.IndexOf(buffer, (byte)0, 0, read) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Wavefront OBJ: every line is blank, a comment or a known statement, with vertex ("v") and face ("f") lines.</summary>
    private static async Task<bool> IsObjAsync(string path, CancellationToken ct)
    {
        string[] statements = ["v", "vt", "vn", "vp", "f", "l", "p", "o", "g", "s", "mtllib", "usemtl", "#"];
        bool vertices = false, faces = false;
        using var reader = new StreamReader(path, Encoding.UTF8);
        while (await reader.ReadLineAsync(ct) is { } line)
        {
            var trimmed = line.TrimStart();
            if (trimmed.Length == 0 || trimmed[0] == '#')
            {
                continue;
            }

            var keyword = trimmed.Split([' ', '\t'], 2)[0];
            if (!statements.Contains(keyword))
            {
                return false;
            }

            vertices |= keyword == "v";
            faces |= keyword == "f";
        }

        return vertices && faces;
    }

    private static bool StartsWith(byte[] data, ReadOnlySpan<byte> prefix) => data.AsSpan().StartsWith(prefix);

    private static string Describe(FileType type) => type switch
    {
        FileType.Stl => "STL",
        FileType.Ply => "PLY",
        FileType.Obj => "OBJ",
        FileType.Jpeg => "JPG",
        FileType.Png => "PNG",
        _ => "PDF",
    };

    private static string CanonicalExtension(FileType type) => type switch
    {
        FileType.Jpeg => ".jpg",
        _ => "." + Describe(type).ToLowerInvariant(),
    };

    private static string ContentTypeOf(FileType type) => type switch
    {
        FileType.Stl => "model/stl",
        FileType.Ply => "model/x-ply",
        FileType.Obj => "model/obj",
        FileType.Jpeg => "image/jpeg",
        FileType.Png => "image/png",
        _ => "application/pdf",
    };

    private static string KindOf(FileType type) => type switch
    {
        FileType.Stl or FileType.Ply or FileType.Obj => "scan",
        FileType.Jpeg or FileType.Png => "photo",
        _ => "document",
    };
}
