using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Portal;

public sealed record PortalCase(
    string CaseNumber,
    string Patient,
    ProcedureType Procedure,
    CaseStatus Status,
    WorkflowStageName? Stage,
    int StagesDone,
    int StagesTotal,
    DateOnly DueDate,
    DateTimeOffset? DeliveredAt);

public sealed record PortalHomeData(string PracticeName, IReadOnlyList<PortalCase> OpenCases, IReadOnlyList<PortalCase> RecentlyDelivered);

/// <summary>The dentist's own view of their cases; every query goes through <see cref="DentistScope"/>.</summary>
public sealed class PortalService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, DentistScope scope, LabSettings settings)
{
    public async Task<PortalHomeData> HomeAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var practice = await scope.PracticeAsync(db, ct);
        var cases = DentistScope.CasesOf(db, practice?.Id).AsNoTracking();

        var open = await Project(cases.Where(Case.InLab)
                .OrderBy(c => c.DueDate).ThenBy(c => c.CaseNumber))
            .Take(100)
            .ToListAsync(ct);
        var delivered = await Project(cases.Where(c => c.Status == CaseStatus.Delivered).OrderByDescending(c => c.DeliveredAt))
            .Take(10)
            .ToListAsync(ct);
        return new PortalHomeData(practice?.Practice ?? "", open, delivered);
    }

    /// <summary>One of the signed-in dentist's cases; null (answered "not found", and logged) for anyone else's.</summary>
    public async Task<PortalCaseView?> CaseAsync(string caseNumber, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await (await scope.CasesAsync(db, ct)).AsNoTracking()
            .Where(x => x.CaseNumber == caseNumber)
            .Select(x => new
            {
                x.Id, x.CaseNumber, Patient = x.PatientCode ?? x.PatientName ?? "", x.ProcedureType, x.Teeth, x.Shade, x.Urgency, x.Status,
                x.CurrentStage, x.HoldReason, x.DueDate, x.ReceivedAt, x.DeliveredAt, x.BridgeSpans, x.Material, x.Instructions, x.Units,
            })
            .SingleOrDefaultAsync(ct);
        if (c is null)
        {
            scope.LogRefused("case", caseNumber);
            return null;
        }

        var stages = await PortalCaseReads.Stages(db, c.Id).ToListAsync(ct);
        var notes = await PortalCaseReads.Notes(db, c.Id).ToListAsync(ct);
        var files = await PortalCaseReads.Files(db, c.Id, me).ToListAsync(ct);
        return new PortalCaseView(c.CaseNumber, c.Patient, c.ProcedureType, c.Teeth, c.Shade, c.Urgency, c.Status, c.CurrentStage,
            c.HoldReason, c.DueDate, c.ReceivedAt, c.DeliveredAt, stages, notes, files)
        {
            BridgeSpans = c.BridgeSpans, Material = c.Material, Instructions = c.Instructions, Units = c.Units, Today = await settings.TodayAsync(),
        };
    }

    private static IQueryable<PortalCase> Project(IQueryable<Case> cases) =>
        cases.Select(c => new PortalCase(
            c.CaseNumber,
            c.PatientCode ?? c.PatientName ?? "",
            c.ProcedureType,
            c.Status,
            c.CurrentStage,
            c.Stages.Where(s => s.Status == WorkflowStatus.Completed).Select(s => s.Stage).Distinct().Count(),
            c.Stages.Select(s => s.Stage).Distinct().Count(),
            c.DueDate,
            c.DeliveredAt));
}
