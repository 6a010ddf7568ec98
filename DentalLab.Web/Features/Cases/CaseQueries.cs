using System.Globalization;
using System.Linq.Expressions;
using System.Text.Json;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Paging;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Cases;

/// <summary>
/// The reads of cases: the list with its filters, sorting and projections (and the CSV export), the pickers, the
/// form's input, the detail page with its activity, and the ticket. Changes are in <see cref="CaseService"/>.
/// </summary>
public sealed partial class CaseQueries(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings)
{
    /// <summary>
    /// One page of the list: the first, the last, or the rows after or before a cursor (keyset paging over an index
    /// that serves the sort, <see cref="CaseListSort"/>), with the number of matches counted up to
    /// <see cref="CaseListQuery.CountCap"/> + 1.
    /// </summary>
    public async Task<CaseListPage> ListAsync(CaseListQuery query, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = await settings.TodayAsync();
        var zone = await settings.TimeZoneAsync();
        var dentists = await SearchedDentistsAsync(db, query, ct);
        var cases = Filter(db.Cases.AsNoTracking(), query, today, zone, dentists);
        var sort = CaseListSort.For(query);
        var after = sort.Read(query.After);
        var before = after is null ? sort.Read(query.Before) : null;
        var backwards = before is not null || (after is null && query.Last);
        // A search's first or last page, when the text names no practice: the page and its count in one read of the
        // matches (up to the cap + 1), rather than the page and the count each reading them. Beyond the cap, the page
        // of the first matches found is not the page of all of them: it is read again, below, as any other page.
        var searchOpens = after is null && before is null && query.Search is not null;
        List<CaseListRow>? rows = null;
        int? counted = null;
        if (searchOpens && dentists.Count == 0 && sort.Name != "dentist")
        {
            (rows, counted) = await CountedPageAsync(db, sort.Order(cases.Take(CappedCount.Cap + 1), reversed: backwards), today, query.PageSize + 1, ct);
        }

        // Any other search's first page (one that names a practice, or sorted by dentist) counts beside the page, on
        // its own connection: both scan the search indexes.
        var counting = counted is null && searchOpens ? CountSearchAsync(query, today, zone, dentists, ct) : null;
        if (rows is null)
        {
            // One row more than a page says whether there is another page that way.
            var page = await sort.CandidatesAsync(db, cases, after ?? before, forwards: !backwards, query.PageSize + 1, ct);
            rows = await Project(sort.Order(page, reversed: backwards), today).Take(query.PageSize + 1).ToListAsync(ct);
        }

        var more = rows.Count > query.PageSize;
        if (more)
        {
            rows.RemoveAt(rows.Count - 1);
        }

        if (backwards)
        {
            rows.Reverse();
        }

        // Pages read backwards line up with the end, so the first of them may be short: it still starts at row 1.
        var atStart = backwards ? !more : after is null;
        var atEnd = backwards ? before is null : !more;
        // A list that fits on one page is its own count (most searches); else SELECT count(*) FROM (SELECT 1 ...
        // LIMIT 10001): exact below the cap, "10,000+" above, never a million rows.
        var matches = counted ?? (counting is not null ? await counting
            : atStart && atEnd ? rows.Count
            : await CappedCount.CountAsync(cases, ct));
        // Where the first row stands in the list; unknown only when the list was entered from its end beyond the cap.
        int? start = atStart ? 1
            : after is not null ? after.Position + 1
            : before is not null ? before.Position - rows.Count
            : matches <= CaseListQuery.CountCap ? matches - rows.Count + 1 : null;
        return new CaseListPage(rows, matches, today, zone)
        {
            Start = start,
            AtStart = atStart,
            AtEnd = atEnd,
            PreviousCursor = atStart || rows.Count == 0 ? null : sort.CursorOf(rows[0], start),
            NextCursor = atEnd || rows.Count == 0 ? null : sort.CursorOf(rows[^1], start + rows.Count - 1),
        };
    }

    /// <summary>
    /// The number of a search's matches, up to the cap + 1. When the text names dentists or practices: their cases
    /// through an index of the dentist (no table reads), then the other cases the text matches, each capped. One count
    /// over the OR of both read every matching row from the table (19 ms for a practice of 22,000 cases, against 3 ms).
    /// </summary>
    private async Task<int> CountSearchAsync(CaseListQuery query, DateOnly today, TimeZoneInfo zone, List<Guid> dentists, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cases = db.Cases.AsNoTracking();
        if (dentists.Count == 0)
        {
            return await CappedCount.CountAsync(Filter(cases, query, today, zone, []), ct);
        }

        var ofDentists = await CappedCount.CountAsync(FilterRest(cases.Where(c => dentists.Contains(c.DentistId)), query, today, zone), ct);
        return CappedCount.IsCapped(ofDentists) ? ofDentists
            : Math.Min(CappedCount.Cap + 1, ofDentists + await CappedCount.CountAsync(Filter(cases.Where(c => !dentists.Contains(c.DentistId)), query, today, zone, []), ct));
    }

    /// <summary>Every case that matches, in list order, streamed (the CSV export: a bulk export needs reports.export too).</summary>
    public async IAsyncEnumerable<CaseListRow> ExportAsync(CaseListQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesView, ct);
        await currentUser.DemandAsync(PermissionCodes.ReportsExport, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = await settings.TodayAsync();
        var dentists = await SearchedDentistsAsync(db, query, ct);
        var cases = Filter(db.Cases.AsNoTracking(), query, today, await settings.TimeZoneAsync(), dentists);
        await foreach (var row in Project(CaseListSort.For(query).Order(cases), today).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    /// <summary>Active dentists whose name or practice contains <paramref name="search"/> (the dentist picker).</summary>
    public async Task<IReadOnlyList<DentistOption>> DentistsAsync(string? search, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dentists = db.Set<DentistProfile>().AsNoTracking().Where(d => d.Status == DentistStatus.Active);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = TextInput.ContainsPattern(search);
            dentists = dentists.Where(d => EF.Functions.ILike(d.DentistName, pattern, "\\") || EF.Functions.ILike(d.PracticeName, pattern, "\\"));
        }

        return await dentists.OrderBy(d => d.DentistName).Take(20)
            .Select(d => new DentistOption(d.Id, d.DentistName, d.PracticeName))
            .ToListAsync(ct);
    }

    public async Task<DentistOption?> DentistAsync(Guid id, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<DentistProfile>().AsNoTracking().Where(d => d.Id == id)
            .Select(d => new DentistOption(d.Id, d.DentistName, d.PracticeName)).SingleOrDefaultAsync(ct);
    }

    /// <summary>The due date a case received today (or on <paramref name="receivedOn"/>) would get: shown live on the form.</summary>
    public async Task<DateOnly?> ComputeDueDateAsync(ProcedureType procedure, UrgencyLevel urgency, DateOnly? receivedOn = null, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var template = await CaseService.TemplateAsync(db, procedure, ct);
        return template is null ? null : (await CaseService.CalculatorAsync(settings)).DueDate(receivedOn ?? await settings.TodayAsync(), template, urgency);
    }

    /// <summary>The form's input for an existing case (null when there is no such case).</summary>
    public async Task<CaseInput?> InputForAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesEdit, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Cases.AsNoTracking().Where(c => c.CaseNumber == caseNumber)
            .Select(c => new CaseInput
            {
                Dentist = new DentistOption(c.DentistId, c.Dentist!.DentistName, c.Dentist.PracticeName),
                PatientName = c.PatientName,
                PatientCode = c.PatientCode,
                Procedure = c.ProcedureType,
                Teeth = c.Teeth.ToList(),
                BridgeSpans = c.BridgeSpans,
                Shade = c.Shade,
                Material = c.Material,
                Units = c.Units,
                Urgency = c.Urgency,
                Priority = c.Priority,
                Instructions = c.Instructions,
                DueDateOverride = c.DueDateOverrideReason != null ? c.DueDate : null,
                DueDateOverrideReason = c.DueDateOverrideReason,
                Version = c.Version,
            })
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>The case page: header, timeline, files, notes, activity and remakes (null when there is no such case, or it is deleted).</summary>
    public async Task<CaseDetail?> DetailAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var header = await CasePageReads.Header(db, caseNumber, ct);
        if (header is null)
        {
            return null;
        }

        var stages = await CasePageReads.Stages(db, header.Id).ToListAsync(ct);
        var files = await CasePageReads.Files(db, header.Id).ToListAsync(ct);
        var notes = await CasePageReads.Notes(db, header.Id).ToListAsync(ct);
        var remakes = await CasePageReads.Remakes(db, header.Id).ToListAsync(ct);

        var names = new Dictionary<string, string>(StringComparer.Ordinal) { [header.Id.ToString()] = "Case" };
        foreach (var stage in stages)
        {
            names[stage.Id.ToString()] = $"Stage {Labels.Label(stage.Row.Stage).ToLowerInvariant()} (attempt {stage.Row.Attempt})";
        }

        foreach (var file in files)
        {
            names[file.Id.ToString()] = $"File {file.OriginalFileName}";
        }

        foreach (var note in notes)
        {
            names[note.Id.ToString()] = "Note";
        }

        var zone = await settings.TimeZoneAsync();
        var activity = await ActivityAsync(db, names, zone, ct);
        return new CaseDetail(header, stages.ConvertAll(s => s.Row), files, notes, activity, remakes,
            await settings.TodayAsync(), await settings.TimeZoneAsync());
    }

    /// <summary>What the case ticket prints (null when there is no such case).</summary>
    public async Task<CaseTicketData?> TicketAsync(string caseNumber, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.CasesView, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var c = await db.Cases.AsNoTracking().Include(x => x.Dentist).SingleOrDefaultAsync(x => x.CaseNumber == caseNumber, ct);
        if (c is null)
        {
            return null;
        }

        return new CaseTicketData(
            await settings.GetStringAsync("lab.name", "DentalLab"), c.CaseNumber, c.Dentist!.DentistName, c.Dentist.PracticeName, CaseVocabulary.Patient(c.PatientName, c.PatientCode),
            c.ProcedureType, Dentition.Describe(c.Teeth, c.BridgeSpans), c.Shade, c.Material, c.Units, c.DueDate, c.Urgency,
            CaseFormat.Day(c.ReceivedAt, await settings.TimeZoneAsync()))
        {
            Route = await db.WorkflowStages.AsNoTracking().Where(s => s.CaseId == c.Id && s.Attempt == 1)
                .OrderBy(s => s.Position).Select(s => s.Stage).ToListAsync(ct),
        };
    }

    /// <summary>
    /// The dentists whose name or practice contains the search text, looked up first in the small dentists table: a
    /// condition on the joined table would keep the planner from combining the cases' own search indexes.
    /// </summary>
    private static async Task<List<Guid>> SearchedDentistsAsync(LabDbContext db, CaseListQuery query, CancellationToken ct)
    {
        if (query.Search is not { } search)
        {
            return [];
        }

        var pattern = TextInput.ContainsPattern(search);
        return await db.DentistProfiles.AsNoTracking()
            .Where(d => EF.Functions.ILike(d.DentistName, pattern, "\\") || EF.Functions.ILike(d.PracticeName, pattern, "\\"))
            .Select(d => d.Id)
            .ToListAsync(ct);
    }

    private static IQueryable<Case> Filter(IQueryable<Case> cases, CaseListQuery query, DateOnly today, TimeZoneInfo zone, List<Guid> searchedDentists)
    {
        if (query.Search is { } search)
        {
            // Trigram indexes serve the three fragments (CaseSearchSql); the dentists were matched by name beforehand.
            var pattern = TextInput.ContainsPattern(search);
            if (WholeCaseNumber().IsMatch(search))
            {
                // A whole case number ("DL-2016-001027") is in a case number only at its start (they all begin "DL-"):
                // a b-tree prefix range (ix_cases_case_number_prefix) instead of a trigram scan, whose posting lists
                // for "DL-", "-20", "201" hold every case (40 ms at a million). Names and codes are still searched.
                var prefix = search.Trim().ToUpperInvariant();
                return FilterRest(cases.Where(c => c.CaseNumber.StartsWith(prefix)
                    || EF.Functions.ILike(c.PatientName!, pattern, "\\")
                    || EF.Functions.ILike(c.PatientCode!, pattern, "\\")
                    || searchedDentists.Contains(c.DentistId)), query, today, zone);
            }

            cases = cases.Where(c => EF.Functions.ILike(c.CaseNumber, pattern, "\\")
                || EF.Functions.ILike(c.PatientName!, pattern, "\\")
                || EF.Functions.ILike(c.PatientCode!, pattern, "\\")
                || searchedDentists.Contains(c.DentistId));
        }

        return FilterRest(cases, query, today, zone);
    }

    private static IQueryable<Case> FilterRest(IQueryable<Case> cases, CaseListQuery query, DateOnly today, TimeZoneInfo zone)
    {
        if (query.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }

        if (query.Stage is { } stage)
        {
            cases = cases.Where(c => c.CurrentStage == stage);
        }

        if (query.DentistId is { } dentist)
        {
            cases = cases.Where(c => c.DentistId == dentist);
        }

        if (query.Procedure is { } procedure)
        {
            cases = cases.Where(c => c.ProcedureType == procedure);
        }

        if (query.Urgency is { } urgency)
        {
            cases = cases.Where(c => c.Urgency == urgency);
        }

        if (query.Priority is { } priority)
        {
            cases = cases.Where(c => c.Priority == priority);
        }

        if (query.DueFrom is { } from)
        {
            cases = cases.Where(c => c.DueDate >= from);
        }

        if (query.DueTo is { } to)
        {
            cases = cases.Where(c => c.DueDate <= to);
        }

        if (query.LateOnly)
        {
            cases = cases.Where(c => c.DueDate < today && c.Status != CaseStatus.Delivered && c.Status != CaseStatus.Cancelled);
        }

        if (query.InLabOnly)
        {
            cases = cases.Where(c => c.Status != CaseStatus.Delivered && c.Status != CaseStatus.Cancelled);
        }

        if (query.ReceivedFrom is { } receivedFrom)
        {
            var since = CaseFormat.StartOf(receivedFrom, zone);
            cases = cases.Where(c => c.ReceivedAt >= since);
        }

        return cases;
    }

    /// <summary>The list's rows, with their dentists joined.</summary>
    private static IQueryable<CaseListRow> Project(IQueryable<Case> cases, DateOnly today)
    {
        var (row, c) = RowOf(today);
        var dentist = Expression.Property(c, nameof(Case.Dentist));
        return cases.Select(Expression.Lambda<Func<Case, CaseListRow>>(
            row([Expression.Property(dentist, nameof(DentistProfile.DentistName)), Expression.Property(dentist, nameof(DentistProfile.PracticeName))]), c));
    }

    /// <summary>
    /// The list's rows, each with the number of rows before the LIMIT. The dentists' names are scalar subqueries, which
    /// PostgreSQL evaluates for the page's rows only, after the sort: a join would push the LIMIT into a subquery, and
    /// the count would count the page.
    /// </summary>
    private static IQueryable<CountedRow> ProjectCounted(IQueryable<Case> cases, IQueryable<DentistProfile> dentists, DateOnly today)
    {
        var (row, c) = RowOf(today);
        Expression<Func<Case, string>> name = c => dentists.Where(d => d.Id == c.DentistId).Select(d => d.DentistName).FirstOrDefault() ?? "";
        Expression<Func<Case, string>> practice = c => dentists.Where(d => d.Id == c.DentistId).Select(d => d.PracticeName).FirstOrDefault() ?? "";
        var counted = Expression.New(typeof(CountedRow).GetConstructors().Single(),
            row([ReplacingExpressionVisitor.Replace(name.Parameters[0], c, name.Body), ReplacingExpressionVisitor.Replace(practice.Parameters[0], c, practice.Body)]),
            Expression.Call(typeof(LabDbFunctions).GetMethod(nameof(LabDbFunctions.RowsBeforeLimit))!));
        return cases.Select(Expression.Lambda<Func<Case, CountedRow>>(counted, c));
    }

    private sealed record CountedRow(CaseListRow Row, long Total);

    /// <summary>A case's list row, given the expressions of its dentist's name and practice.</summary>
    private static (Func<Expression[], Expression> Row, ParameterExpression Case) RowOf(DateOnly today)
    {
        Expression<Func<Case, string, string, CaseListRow>> row = (c, dentist, practice) => new CaseListRow(
            c.CaseNumber, dentist, practice, c.PatientName, c.PatientCode, c.ProcedureType, c.Teeth,
            c.BridgeSpans, c.Shade, c.Units, c.Urgency, c.Priority, c.Status, c.CurrentStage, c.ReceivedAt, c.DueDate,
            c.DueDate < today && c.Status != CaseStatus.Delivered && c.Status != CaseStatus.Cancelled,
            c.ParentCaseId != null);
        return (names => ReplacingExpressionVisitor.Replace([row.Parameters[1], row.Parameters[2]], names, row.Body), row.Parameters[0]);
    }

    /// <summary>
    /// A page of the ordered rows and the number of rows it is a page of, in one read. No rows when the count is over
    /// the cap: that page is not the list's.
    /// </summary>
    private static async Task<(List<CaseListRow>? Rows, int Total)> CountedPageAsync(LabDbContext db, IQueryable<Case> ordered, DateOnly today, int take, CancellationToken ct)
    {
        var found = await ProjectCounted(ordered, db.DentistProfiles.AsNoTracking(), today).Take(take).ToListAsync(ct);
        if (found.Count == 0)
        {
            return ([], 0);
        }

        var total = (int)found[0].Total;
        return CappedCount.IsCapped(total) ? (null, total) : ([.. found.Select(f => f.Row)], total);
    }

    /// <summary>The audit entries of the case and its stages, files and notes, newest first, in words.</summary>
    private static async Task<IReadOnlyList<ActivityRow>> ActivityAsync(LabDbContext db, Dictionary<string, string> names, TimeZoneInfo zone, CancellationToken ct)
    {
        // Every id is of one of the case page's tables; naming them lets ix_audit_log_table_name_record_id serve the
        // read (without the table, a case page read the whole audit log: ~400 ms at a million cases).
        var entries = await CasePageReads.Activity(db, names.Keys.ToList()).ToListAsync(ct);

        var rows = new List<ActivityRow>();
        foreach (var e in entries)
        {
            // The first attempt of every stage is created with the case: the case's own entry says it.
            if (e.TableName == "workflow_stages" && e.Action == AuditAction.Insert && ReadJson(e.NewValues).GetValueOrDefault("attempt") == "1")
            {
                continue;
            }

            var what = names[e.RecordId] + e.Action switch
            {
                AuditAction.Insert => " added",
                AuditAction.Delete => " deleted",
                _ => " changed",
            };
            IReadOnlyList<string> changes = e.Action == AuditAction.Update ? Changes(ReadJson(e.OldValues), ReadJson(e.NewValues), zone) : [];
            rows.Add(new ActivityRow(e.OccurredAt, e.User, what, changes));
        }

        return rows;
    }

    /// <summary>"status: received → on hold" for each changed column; keys and bookkeeping columns left out.</summary>
    private static List<string> Changes(Dictionary<string, string?> before, Dictionary<string, string?> after, TimeZoneInfo zone) =>
        after.Keys
            .Where(k => !k.EndsWith("_id", StringComparison.Ordinal) && k is not ("version" or "deleted_at"))
            .Select(k => $"{k.Replace('_', ' ')}: {Readable(before.GetValueOrDefault(k), zone)} → {Readable(after[k], zone)}")
            .ToList();

    /// <summary>A stored value in words; a time in the lab's time zone, as every page shows times.</summary>
    private static string Readable(string? value, TimeZoneInfo zone) =>
        value is null ? "(none)"
        : DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at) && value.Contains('T', StringComparison.Ordinal)
            ? TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : value.All(ch => ch is (>= 'a' and <= 'z') or '_') ? value.Replace('_', ' ') : value;

    private static Dictionary<string, string?> ReadJson(string? json)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(json))
        {
            return values;
        }

        using var document = JsonDocument.Parse(json);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Array => string.Join(", ", property.Value.EnumerateArray().Select(v => v.ToString())),
                _ => property.Value.ToString(),
            };
        }

        return values;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*[A-Za-z]{2}-\d{4}-\d{6,}\s*$")]
    private static partial System.Text.RegularExpressions.Regex WholeCaseNumber();
}
