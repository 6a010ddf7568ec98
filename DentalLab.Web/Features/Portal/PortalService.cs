using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
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
public sealed class PortalService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, DentistScope scope)
{
    public async Task<PortalHomeData> HomeAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dentistId = await scope.DentistIdAsync(db, ct);
        var practice = dentistId is null ? "" : await db.Set<DentistProfile>().Where(d => d.Id == dentistId).Select(d => d.PracticeName).SingleAsync(ct);
        var cases = (await scope.CasesAsync(db, ct)).AsNoTracking();

        var open = await Project(cases.Where(c => c.Status != CaseStatus.Delivered && c.Status != CaseStatus.Cancelled)
                .OrderBy(c => c.DueDate).ThenBy(c => c.CaseNumber))
            .Take(100)
            .ToListAsync(ct);
        var delivered = await Project(cases.Where(c => c.Status == CaseStatus.Delivered).OrderByDescending(c => c.DeliveredAt))
            .Take(10)
            .ToListAsync(ct);
        return new PortalHomeData(practice, open, delivered);
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
