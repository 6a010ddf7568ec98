using DentalLab.Data;
using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Portal;

/// <summary>
/// The portal case page's reads of a case already found in the dentist's scope (<see cref="PortalService.CaseAsync"/>
/// reads the case through <see cref="Infrastructure.Auth.DentistScope"/> first), compiled once as the staff case page's
/// are (<see cref="Cases.CasePageReads"/>): each has one shape, and building, funcletizing and looking a LINQ query up
/// in EF's cache costs about 0.3 ms a query on this 2-core machine.
/// </summary>
internal static class PortalCaseReads
{
    public static readonly Func<LabDbContext, Guid, IAsyncEnumerable<PortalStage>> Stages = EF.CompileAsyncQuery((LabDbContext db, Guid caseId) =>
        db.Set<WorkflowStage>().AsNoTracking().Where(s => s.CaseId == caseId)
            .OrderBy(s => s.Attempt).ThenBy(s => s.Position)
            .Select(s => new PortalStage(s.Stage, s.Attempt, s.Status, s.StartedAt, s.CompletedAt)));

    /// <summary>The notes the lab marked visible to the dentist, newest first.</summary>
    public static readonly Func<LabDbContext, Guid, IAsyncEnumerable<PortalNote>> Notes = EF.CompileAsyncQuery((LabDbContext db, Guid caseId) =>
        db.Set<CaseNote>().AsNoTracking().Where(n => n.CaseId == caseId && n.VisibleToDentist)
            .OrderByDescending(n => n.CreatedAt)
            .Select(n => new PortalNote(n.Author != null ? n.Author.FullName : "Lab", n.CreatedAt, n.Body)));

    /// <summary>The files visible to the dentist, newest first; <c>me</c> marks the signed-in user's own uploads.</summary>
    public static readonly Func<LabDbContext, Guid, Guid, IAsyncEnumerable<PortalFile>> Files = EF.CompileAsyncQuery((LabDbContext db, Guid caseId, Guid me) =>
        db.Set<CaseFile>().AsNoTracking().Where(f => f.CaseId == caseId && f.VisibleToDentist)
            .OrderByDescending(f => f.CreatedAt)
            .Select(f => new PortalFile(f.Id, f.OriginalFileName, f.Kind, f.SizeBytes, f.CreatedAt, f.UploadedById == me)));
}
