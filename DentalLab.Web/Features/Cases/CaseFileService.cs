using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Files;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Validation;

namespace DentalLab.Web.Features.Cases;

/// <summary>A file on its way to a browser: the stream is the caller's to dispose.</summary>
public sealed record CaseFileDownload(Stream Content, string ContentType, string FileName)
{
    public bool IsImage => CaseVocabulary.IsImage(ContentType);
}

/// <summary>
/// Case files: uploads (cases.files) through <see cref="FileStore"/>, and the one way out — a download that staff with
/// cases.files may make, and a dentist (portal.access) only for their own case's files marked visible to them.
/// </summary>
public sealed class CaseFileService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    DentistScope dentistScope,
    FileStore store,
    LabSettings settings,
    CaseService cases,
    Microsoft.Extensions.Options.IOptions<StagedUploadOptions> stagedOptions,
    ILogger<CaseFileService> logger)
{
    /// <summary>The upload limit (setting files.max_upload_mb).</summary>
    public async Task<long> MaxUploadBytesAsync() => await settings.GetIntAsync("files.max_upload_mb", 50) * 1024L * 1024L;

    public async Task<ChangeResult> UploadAsync(
        string caseNumber, Stream content, string fileName, bool visibleToDentist, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var userId = await currentUser.DemandAsync(PermissionCodes.CasesFiles, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var caseId = await db.Cases.Where(c => c.CaseNumber == caseNumber).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
        if (caseId is null)
        {
            return ChangeResult.Fail("", "This case no longer exists.");
        }

        StoredFile stored;
        try
        {
            stored = await store.SaveAsync(content, fileName, await MaxUploadBytesAsync(), progress, ct);
        }
        catch (FileRejectedException ex)
        {
            logger.LogWarning("Upload refused for case {CaseNumber} by {UserId}: {Reason}", caseNumber, userId, ex.Message);
            return ChangeResult.Fail("File", ex.Message);
        }

        var name = Path.GetFileName(fileName).Trim();
        db.CaseFiles.Add(new CaseFile
        {
            CaseId = caseId.Value,
            OriginalFileName = name.Length > 255 ? name[^255..] : name,
            StoredName = stored.StoredName,
            ContentType = stored.ContentType,
            Kind = stored.Kind,
            SizeBytes = stored.SizeBytes,
            Sha256 = stored.Sha256,
            UploadedById = userId,
            VisibleToDentist = visibleToDentist,
        });
        await db.SaveChangesAsync(ct);
        await cases.PublishAsync(caseNumber, ct);
        return ChangeResult.Ok();
    }

    /// <summary>
    /// A dentist's upload while writing an Rx (portal.access): checked and stored now, with progress, and recorded
    /// with the case when the Rx is sent (<see cref="Portal.PortalIntakeService.CreateFromPortalAsync"/>). A refused file says why.
    /// </summary>
    public async Task<(StagedFile? File, string? Error)> StageForPortalAsync(
        Stream content, string fileName, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        var userId = await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        var owner = StagingOwner(userId);
        var quota = stagedOptions.Value.QuotaBytes;
        var quotaMessage = $"{Path.GetFileName(fileName)} was not added: you already have {CaseFormat.Size(store.StagedBytes(owner))} of uploads waiting to be sent "
            + $"(at most {CaseFormat.Size(quota)} at a time). Send the Rx or remove files first.";
        if (store.StagedBytes(owner) >= quota)
        {
            logger.LogWarning("Rx upload refused for {UserId}: staging quota reached", userId);
            return (null, quotaMessage);
        }

        try
        {
            var stored = await store.SaveStagedAsync(owner, content, fileName, await MaxUploadBytesAsync(), progress, ct);
            if (store.StagedBytes(owner) > quota)
            {
                store.DeleteStaged(owner, stored.StoredName);
                logger.LogWarning("Rx upload refused for {UserId}: staging quota reached", userId);
                return (null, quotaMessage);
            }

            return (new StagedFile(stored, Path.GetFileName(fileName)), null);
        }
        catch (FileRejectedException ex)
        {
            logger.LogWarning("Rx upload refused for {UserId}: {Reason}", userId, ex.Message);
            return (null, ex.Message);
        }
    }

    /// <summary>The dentist removed a staged upload from the Rx: its file is deleted now (only the caller's own).</summary>
    public async Task DiscardStagedAsync(StagedFile file, CancellationToken ct = default)
    {
        var userId = await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        store.DeleteStaged(StagingOwner(userId), file.Stored.StoredName);
    }

    /// <summary>Each user's staged uploads are kept apart (the quota, and nobody can send another's upload).</summary>
    internal static string StagingOwner(Guid userId) => userId.ToString("N");

    /// <summary>Opens a case's file for the signed-in user, or null — the same for "no such file" and "not yours" — and logs a refusal.</summary>
    public async Task<CaseFileDownload?> OpenAsync(string caseNumber, Guid fileId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var files = db.CaseFiles.AsNoTracking().Where(f => f.Id == fileId && f.Case!.CaseNumber == caseNumber);
        if (!await currentUser.HasPermissionAsync(PermissionCodes.CasesFiles, ct))
        {
            if (await currentUser.HasPermissionAsync(PermissionCodes.PortalAccess, ct))
            {
                var own = await dentistScope.CasesAsync(db, ct);
                files = files.Where(f => f.VisibleToDentist && own.Any(c => c.Id == f.CaseId));
            }
            else
            {
                files = files.Where(_ => false);
            }
        }

        var file = await files.Select(f => new { f.StoredName, f.ContentType, f.OriginalFileName }).SingleOrDefaultAsync(ct);
        if (file is null)
        {
            logger.LogWarning("Case file refused or missing: user {UserId} asked for {CaseNumber} file {FileId}", currentUser.UserId, caseNumber, fileId);
            return null;
        }

        var stream = store.OpenRead(file.StoredName);
        if (stream is null)
        {
            logger.LogError("Case file {FileId} of {CaseNumber} is missing from the store ({StoredName})", fileId, caseNumber, file.StoredName);
            return null;
        }

        return new CaseFileDownload(stream, file.ContentType, file.OriginalFileName);
    }
}
