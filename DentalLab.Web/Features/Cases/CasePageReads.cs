using DentalLab.Data;
using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Cases;

/// <summary>
/// The case page's reads, compiled once (<see cref="EF.CompileAsyncQuery{TContext, TParam1, TResult}(System.Linq.Expressions.Expression{Func{TContext, TParam1, TResult}})"/>):
/// each has one shape and one parameter, and the page is opened all day. A LINQ query is built, funcletized and looked
/// up in EF's query cache on every call (about 0.4 ms a query on this 2-core machine, six queries a page).
/// </summary>
internal static class CasePageReads
{
    /// <summary>The audit tables a case page's history reads (named, so ix_audit_log_table_name_record_id serves it).</summary>
    private static readonly string[] ActivityTables = ["cases", "workflow_stages", "case_files", "case_notes"];

    public static readonly Func<LabDbContext, string, CancellationToken, Task<CaseHeader?>> Header = EF.CompileAsyncQuery((LabDbContext db, string caseNumber, CancellationToken ct) =>
        db.Cases.AsNoTracking().Where(c => c.CaseNumber == caseNumber)
            .Select(c => new CaseHeader(
                c.Id, c.CaseNumber, c.DentistId, c.Dentist!.DentistName, c.Dentist.PracticeName, c.PatientName, c.PatientCode,
                c.ProcedureType, c.Teeth, c.BridgeSpans, c.Shade, c.Material, c.Units, c.Urgency, c.Priority, c.Status, c.CurrentStage,
                c.ReceivedAt, c.DueDate, c.DueDateOverrideReason, c.Instructions, c.HoldReason, c.CancelReason, c.CancelledAt,
                c.DeliveredAt, c.ParentCase != null ? c.ParentCase.CaseNumber : null, c.RemakeReason, c.RemakePayer,
                c.CreatedBy != null ? c.CreatedBy.FullName : null, c.Version))
            .SingleOrDefault());

    public static readonly Func<LabDbContext, Guid, IAsyncEnumerable<(Guid Id, StageRow Row)>> Stages = EF.CompileAsyncQuery((LabDbContext db, Guid caseId) =>
        db.Set<WorkflowStage>().AsNoTracking().Where(s => s.CaseId == caseId)
            .OrderBy(s => s.StartedAt == null).ThenBy(s => s.StartedAt).ThenBy(s => s.Position).ThenBy(s => s.Attempt)
            .Select(s => ValueTuple.Create(s.Id, new StageRow(
                s.Stage, s.Position, s.Attempt, s.Status, s.AssignedTo != null ? s.AssignedTo.FullName : null, s.StartedAt, s.CompletedAt,
                s.CompletedBy != null ? s.CompletedBy.FullName : null, s.ExpectedHours, s.QcFailedReason ?? s.BlockReason ?? s.HoldReason))));

    public static readonly Func<LabDbContext, Guid, IAsyncEnumerable<FileRow>> Files = EF.CompileAsyncQuery((LabDbContext db, Guid caseId) =>
        db.CaseFiles.AsNoTracking().Where(f => f.CaseId == caseId).OrderByDescending(f => f.CreatedAt)
            .Select(f => new FileRow(f.Id, f.OriginalFileName, f.ContentType, f.Kind, f.SizeBytes,
                f.UploadedBy != null ? f.UploadedBy.FullName : null, f.CreatedAt, f.VisibleToDentist)));

    public static readonly Func<LabDbContext, Guid, IAsyncEnumerable<NoteRow>> Notes = EF.CompileAsyncQuery((LabDbContext db, Guid caseId) =>
        db.CaseNotes.AsNoTracking().Where(n => n.CaseId == caseId).OrderByDescending(n => n.CreatedAt)
            .Select(n => new NoteRow(n.Id, n.Author != null ? n.Author.FullName : null, n.CreatedAt, n.Body, n.VisibleToDentist)));

    public static readonly Func<LabDbContext, Guid, IAsyncEnumerable<CaseLink>> Remakes = EF.CompileAsyncQuery((LabDbContext db, Guid caseId) =>
        db.Cases.AsNoTracking().Where(c => c.ParentCaseId == caseId).OrderBy(c => c.ReceivedAt)
            .Select(c => new CaseLink(c.CaseNumber, c.Status, c.RemakeReason)));

    /// <summary>The latest 200 audit entries of the given records (the case, its stages, files and notes).</summary>
    public static readonly Func<LabDbContext, List<string>, IAsyncEnumerable<ActivityEntry>> Activity = EF.CompileAsyncQuery((LabDbContext db, List<string> ids) =>
        db.AuditLog.AsNoTracking().Where(a => ActivityTables.Contains(a.TableName) && ids.Contains(a.RecordId))
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id).Take(200)
            .Select(a => new ActivityEntry(a.OccurredAt, a.RecordId, a.TableName, a.Action, a.User != null ? a.User.FullName : null, a.OldValues, a.NewValues)));

    public sealed record ActivityEntry(DateTimeOffset OccurredAt, string RecordId, string TableName, AuditAction Action, string? User, string? OldValues, string? NewValues);
}
