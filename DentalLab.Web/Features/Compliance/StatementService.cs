using System.Text.Json;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Files;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Text;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Compliance;

/// <summary>A statement PDF opened for download.</summary>
public sealed record OpenedStatement(Stream Content, string FileName);

/// <summary>
/// Statements of conformity for custom-made devices: version 1 is issued by <see cref="Workflow.WorkflowService.QcPassAsync"/>
/// in the same transaction as the pass (<see cref="AddIssuedAsync"/>); a correction adds the next version with a
/// reason. Content comes from the case, its lots, the QC record and the settings; the PDF goes to the file store and
/// its SHA-256 onto the row. Staff with cases.view read every statement, a dentist only their own cases' ones.
/// </summary>
public sealed class StatementService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    DentistScope scope,
    LabSettings settings,
    FileStore files,
    LiveEventBus bus,
    TimeProvider clock)
{
    public const int ReasonMaxLength = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Why a statement cannot be issued now (a required setting is empty), naming the setting; null when it can.</summary>
    public async Task<string?> MissingSettingAsync()
    {
        foreach (var key in new[] { SettingKeys.ManufacturerLegalName, SettingKeys.ManufacturerAddress })
        {
            if (string.IsNullOrWhiteSpace(await settings.GetStringAsync(key, "")))
            {
                var label = SettingRules.ByKey.TryGetValue(key, out var rule) ? rule.Label : key;
                return $"The statement of conformity cannot be issued: the setting \"{label}\" ({key}) is empty. Set it under Settings first.";
            }
        }

        return null;
    }

    /// <summary>
    /// Adds the next statement version of <paramref name="case"/> (tracked in <paramref name="db"/>, with its dentist) to
    /// <paramref name="db"/>, its PDF already in the file store; the caller saves. <paramref name="record"/> is the QC
    /// pass it follows. Refuses (naming the setting) when the manufacturer is not set.
    /// </summary>
    public async Task<ChangeResult> AddIssuedAsync(LabDbContext db, Case @case, QcRecord record, Guid actor, DateTimeOffset now, string? correctionReason, CancellationToken ct)
    {
        if (await MissingSettingAsync() is { } missing)
        {
            return ChangeResult.Fail("", missing);
        }

        var version = 1 + (await db.ConformityStatements.Where(s => s.CaseId == @case.Id).MaxAsync(s => (int?)s.Version, ct) ?? 0);
        var content = await ContentAsync(db, @case, record, actor, now, version, correctionReason, ct);
        var pdf = StatementPdf.Render(content, await settings.GetStringAsync(SettingKeys.PaperSize, "A4"));
        using var stream = new MemoryStream(pdf);
        var stored = await files.SaveAsync(stream, $"statement-{@case.CaseNumber}-v{version}.pdf", pdf.Length + 1, ct: ct);
        DeleteIfNotSaved(db, stored.StoredName);
        db.ConformityStatements.Add(new ConformityStatement
        {
            CaseId = @case.Id,
            Version = version,
            Language = content.Language,
            Content = JsonSerializer.Serialize(content, Json),
            StoredName = stored.StoredName,
            SizeBytes = stored.SizeBytes,
            Sha256 = stored.Sha256,
            IssuedAt = now,
            IssuedById = actor,
            CorrectionReason = correctionReason,
        });
        return ChangeResult.Ok();
    }

    /// <summary>
    /// The PDF is written before the row that names it is saved: when that save fails (a conflict, the database gone),
    /// the file goes too, so the store holds no document that no statement row points to.
    /// </summary>
    private void DeleteIfNotSaved(LabDbContext db, string storedName)
    {
        void Failed(object? sender, SaveChangesFailedEventArgs e)
        {
            files.Delete(storedName);
            Done();
        }

        void Saved(object? sender, SavedChangesEventArgs e) => Done();

        void Done()
        {
            db.SaveChangesFailed -= Failed;
            db.SavedChanges -= Saved;
        }

        db.SaveChangesFailed += Failed;
        db.SavedChanges += Saved;
    }

    /// <summary>Issues a corrected statement (the next version) for a case that passed QC; earlier versions stay as they are.</summary>
    public async Task<ChangeResult> CorrectAsync(string caseNumber, string reason, CancellationToken ct = default)
    {
        var actor = await currentUser.DemandAsync(PermissionCodes.CasesEdit, ct);
        if (string.IsNullOrWhiteSpace(reason))
        {
            return ChangeResult.Fail(DentalLab.Web.Components.Shared.ReasonDialog.ReasonField, "Say what the correction changes.");
        }

        if (reason.Trim().Length > ReasonMaxLength)
        {
            return ChangeResult.Fail(DentalLab.Web.Components.Shared.ReasonDialog.ReasonField, $"Keep the reason under {ReasonMaxLength} characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var @case = await db.Cases.Include(c => c.Dentist).SingleOrDefaultAsync(c => c.CaseNumber == caseNumber, ct);
        if (@case is null)
        {
            return ChangeResult.Fail("", $"There is no case {caseNumber}.");
        }

        var record = await db.QcRecords.Where(r => r.CaseId == @case.Id && r.Passed).OrderByDescending(r => r.CheckedAt).FirstOrDefaultAsync(ct);
        if (record is null || !await db.ConformityStatements.AnyAsync(s => s.CaseId == @case.Id, ct))
        {
            return ChangeResult.Fail("", $"{caseNumber} has no statement yet: it is issued when the case passes quality control.");
        }

        var result = await AddIssuedAsync(db, @case, record, actor, clock.GetUtcNow(), reason.Trim(), ct);
        if (!result.Succeeded)
        {
            return result;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return ChangeResult.Conflicted($"Someone issued a statement for {caseNumber} at the same moment. Look again.");
        }

        await bus.PublishAsync(new LiveEvent(LiveEvent.ForCase(caseNumber), LiveKinds.CaseUpdated, caseNumber, actor), ct);
        return ChangeResult.Ok();
    }

    /// <summary>The case's statement versions, newest first; empty for a case the user may not see.</summary>
    public async Task<IReadOnlyList<StatementView>> ListAsync(string caseNumber, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cases = await VisibleCasesAsync(db, ct);
        if (cases is null)
        {
            return [];
        }

        return await db.ConformityStatements.AsNoTracking()
            .Where(s => cases.Any(c => c.Id == s.CaseId && c.CaseNumber == caseNumber))
            .OrderByDescending(s => s.Version)
            .Select(s => new StatementView(s.Version, s.IssuedAt, s.IssuedBy!.FullName, s.Language, s.Sha256, s.SizeBytes, s.CorrectionReason, s.KeepUntil))
            .ToListAsync(ct);
    }

    /// <summary>The PDF of one version; null (answered "not found") when it does not exist or the user may not see the case.</summary>
    public async Task<OpenedStatement?> OpenAsync(string caseNumber, int version, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cases = await VisibleCasesAsync(db, ct);
        var stored = cases is null
            ? null
            : await db.ConformityStatements.AsNoTracking()
                .Where(s => s.Version == version && cases.Any(c => c.Id == s.CaseId && c.CaseNumber == caseNumber))
                .Select(s => s.StoredName).FirstOrDefaultAsync(ct);
        if (stored is null)
        {
            scope.LogRefused("statement", caseNumber);
            return null;
        }

        return files.OpenRead(stored) is { } stream ? new OpenedStatement(stream, $"statement-{caseNumber}-v{version}.pdf") : null;
    }

    /// <summary>The stored content of one version (the statement as data).</summary>
    public async Task<StatementContent?> ContentAsync(string caseNumber, int version, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cases = await VisibleCasesAsync(db, ct);
        var json = cases is null
            ? null
            : await db.ConformityStatements.AsNoTracking()
                .Where(s => s.Version == version && cases.Any(c => c.Id == s.CaseId && c.CaseNumber == caseNumber))
                .Select(s => s.Content).FirstOrDefaultAsync(ct);
        return json is null ? null : JsonSerializer.Deserialize<StatementContent>(json, Json);
    }

    /// <summary>Staff who read cases see every case; a dentist only their own; anyone else none (null).</summary>
    private async Task<IQueryable<Case>?> VisibleCasesAsync(LabDbContext db, CancellationToken ct)
    {
        if (await currentUser.HasPermissionAsync(PermissionCodes.CasesView, ct))
        {
            return db.Cases;
        }

        return await currentUser.HasPermissionAsync(PermissionCodes.PortalAccess, ct) ? await scope.CasesAsync(db, ct) : null;
    }

    private async Task<StatementContent> ContentAsync(
        LabDbContext db, Case c, QcRecord record, Guid actor, DateTimeOffset now, int version, string? correctionReason, CancellationToken ct)
    {
        var (language, _) = StatementWording.For(await settings.GetStringAsync(SettingKeys.StatementLanguage, "en"));
        var materials = await db.CaseMaterials.AsNoTracking().Where(m => m.CaseId == c.Id)
            .OrderBy(m => m.CreatedAt)
            .Select(m => new StatementMaterial(
                m.Item!.Name,
                m.Lot != null && m.Lot.Supplier != null ? m.Lot.Supplier.Name : m.Item.Supplier != null ? m.Item.Supplier.Name : null,
                m.Lot != null ? m.Lot.LotNumber : null))
            .ToListAsync(ct);
        var signer = await db.Users.AsNoTracking().Where(u => u.Id == actor).Select(u => u.FullName).SingleAsync(ct);
        var responsible = await settings.GetStringAsync(SettingKeys.PersonResponsible, "");
        var dentist = c.Dentist ?? await db.Set<DentistProfile>().AsNoTracking().SingleAsync(d => d.Id == c.DentistId, ct);
        return new StatementContent(
            version,
            language,
            now,
            correctionReason,
            (await settings.GetStringAsync(SettingKeys.ManufacturerLegalName, "")).Trim(),
            (await settings.GetStringAsync(SettingKeys.ManufacturerAddress, "")).Trim(),
            Blank(await settings.GetStringAsync(SettingKeys.AuthorisedRepresentative, "")),
            Blank(await settings.GetStringAsync(SettingKeys.ManufacturerRegistration, "")),
            c.CaseNumber,
            Labels.Label(c.ProcedureType),
            c.Units,
            string.Join(", ", c.Teeth.Order()),
            Blank(c.BridgeSpans),
            Blank(c.Shade),
            Blank(c.Material),
            PatientCode(c),
            dentist.DentistName,
            dentist.PracticeName,
            Blank(c.Instructions),
            materials,
            Blank(record.RequirementsNotMet),
            Blank(record.Substances),
            string.IsNullOrWhiteSpace(responsible) ? signer : responsible.Trim(),
            signer);
    }

    /// <summary>The patient as Annex XIII allows (name, acronym or code): the practice's code, else the initials.</summary>
    private static string PatientCode(Case c) =>
        Blank(c.PatientCode)
        ?? (Blank(c.PatientName) is { } name
            ? string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => char.ToUpperInvariant(p[0])))
            : c.CaseNumber);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
