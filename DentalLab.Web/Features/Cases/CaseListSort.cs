using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using System.Text.Json;
using DentalLab.Data;
using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Cases;

/// <summary>
/// The case list's sorts as keyset paging reads them: each sort is a tuple of keys, all in one direction, ending in
/// the case number (unique, so no two rows tie). "Next" is <c>WHERE (keys) &gt; (the last row's keys) ORDER BY keys
/// LIMIT n</c>; "previous" and "last" read the same index backwards. Every tuple has an index that serves it
/// (CaseListSql, migration CaseListKeysetIndexes), so a page deep in the list reads only its own rows.
/// The key expressions are written so EF's SQL for them is exactly the indexed expression text.
/// </summary>
public sealed class CaseListSort
{
    private static readonly Dictionary<string, Key[]> Ascending = new(StringComparer.Ordinal)
    {
        ["number"] = [],
        ["received"] = [Key.Of(c => c.ReceivedAt, r => r.ReceivedAt)],
        // Cases still in the lab first, then by due date: the default view shows what needs doing, not last summer's deliveries.
        ["due"] = [Key.Of(c => c.Status == CaseStatus.Delivered || c.Status == CaseStatus.Cancelled, r => IsClosed(r.Status)), Key.Of(c => c.DueDate, r => r.DueDate)],
        // By the dentist's name (a join): read dentist by dentist, see CandidatesAsync.
        ["dentist"] = [Key.Of(c => c.Dentist!.DentistName, r => r.Dentist)],
        ["patient"] = [Key.Of(c => c.PatientName ?? c.PatientCode, r => r.PatientName ?? r.PatientCode)],
        ["procedure"] = [Key.Of(c => c.ProcedureType, r => r.Procedure)],
        ["status"] = [Key.Of(c => c.Status, r => r.Status)],
        // NULL (no stage: finished) last, as ORDER BY current_stage put it; a NULL would make every row comparison unknown.
        ["stage"] = [StageMissing, StageOrFirst],
        // In production first, in stage order; then on hold, delivered, cancelled (as the "where it is" column reads).
        ["where"] =
        [
            Key.Of(c => c.Status == CaseStatus.OnHold ? 1 : c.Status == CaseStatus.Delivered ? 2 : c.Status == CaseStatus.Cancelled ? 3 : 0, r => WhereRank(r.Status)),
            StageMissing, StageOrFirst,
        ],
        ["urgency"] = [Key.Of(c => c.Urgency, r => r.Urgency)],
        ["priority"] = [Key.Of(c => c.Priority, r => r.Priority)],
    };

    /// <summary>
    /// Descending sorts read the ascending keys backwards, except "due": in-lab cases stay first, latest due date first.
    /// Its tuple turns the first key round (still in the lab, descending) so the whole tuple runs one way.
    /// </summary>
    private static readonly Dictionary<string, Key[]> Descending = new(Ascending, StringComparer.Ordinal)
    {
        ["due"] = [Key.Of(c => c.Status != CaseStatus.Delivered && c.Status != CaseStatus.Cancelled, r => !IsClosed(r.Status)), Key.Of(c => c.DueDate, r => r.DueDate)],
    };

    private readonly Key[] _keys;

    private CaseListSort(string name, bool descending)
    {
        Name = name;
        IsDescending = descending;
        _keys = (descending ? Descending : Ascending)[name];
    }

    public string Name { get; }

    public bool IsDescending { get; }

    private static Key StageMissing => Key.Of(c => c.CurrentStage == null, r => r.Stage == null);

    private static Key StageOrFirst => Key.Of(c => c.CurrentStage ?? WorkflowStageName.Receiving, r => r.Stage ?? WorkflowStageName.Receiving);

    public static CaseListSort For(CaseListQuery query) =>
        new(Ascending.ContainsKey(query.Sort) ? query.Sort : "due", query.Descending);

    /// <summary>In list order, or (<paramref name="reversed"/>) from the end: the rows before a cursor, the last page.</summary>
    public IQueryable<Case> Order(IQueryable<Case> cases, bool reversed = false)
    {
        var descending = IsDescending != reversed;
        var ordered = cases;
        var first = true;
        foreach (var key in _keys.Select(k => k.OfCase).Append(CaseNumber))
        {
            var method = (first, descending) switch
            {
                (true, false) => nameof(Queryable.OrderBy),
                (true, true) => nameof(Queryable.OrderByDescending),
                (false, false) => nameof(Queryable.ThenBy),
                _ => nameof(Queryable.ThenByDescending),
            };
            ordered = ordered.Provider.CreateQuery<Case>(Expression.Call(typeof(Queryable), method, [typeof(Case), key.ReturnType], ordered.Expression, Expression.Quote(key)));
            first = false;
        }

        return ordered;
    }

    /// <summary>
    /// The rows a page is read from, to be put in order (<see cref="Order"/>) and cut to a page: for most sorts every
    /// match after (or, not <paramref name="forwards"/>, before) the cursor, which the sort's index reads in order.
    /// The dentist sort orders by a joined column that no index of cases holds. So it reads, for each dentist from the
    /// cursor's name on, at most <paramref name="limit"/> of their cases in case-number order (a LATERAL join, each an
    /// index range of ix_cases_list_dentist) and sorts those: at most dentists × a page of rows, at any depth.
    /// </summary>
    public async Task<IQueryable<Case>> CandidatesAsync(LabDbContext db, IQueryable<Case> cases, CaseListCursor? cursor, bool forwards, int limit, CancellationToken ct)
    {
        if (Name != "dentist")
        {
            return cursor is null ? cases : Seek(cases, cursor, after: forwards);
        }

        var dentists = db.DentistProfiles.AsNoTracking();
        var ascending = forwards != IsDescending;
        if (cursor is null)
        {
            return ascending
                ? Bounded(dentists, d => cases.Where(c => c.DentistId == d.Id).OrderBy(c => c.CaseNumber).Take(limit), ascending, limit)
                : Bounded(dentists, d => cases.Where(c => c.DentistId == d.Id).OrderByDescending(c => c.CaseNumber).Take(limit), ascending, limit);
        }

        var name = (string)cursor.Keys[0]!;
        var number = cursor.CaseNumber;
        if (ascending)
        {
            // The cursor's dentist continues after the cursor's case; a dentist after it in name order from its first case.
            return Bounded(dentists.Where(d => string.Compare(d.DentistName, name) >= 0),
                d => cases.Where(c => c.DentistId == d.Id && string.Compare(c.CaseNumber, string.Compare(d.DentistName, name) > 0 ? "" : number) > 0)
                    .OrderBy(c => c.CaseNumber).Take(limit), ascending, limit);
        }

        // Backwards: a dentist before the cursor's from its last case, i.e. below a bound above every case number (a
        // string sorts before itself extended).
        var top = await db.Cases.MaxAsync(c => c.CaseNumber, ct) + "0";
        return Bounded(dentists.Where(d => string.Compare(d.DentistName, name) <= 0),
            d => cases.Where(c => c.DentistId == d.Id && string.Compare(c.CaseNumber, string.Compare(d.DentistName, name) < 0 ? top : number) < 0)
                .OrderByDescending(c => c.CaseNumber).Take(limit), ascending, limit);
    }

    /// <summary>
    /// The first <paramref name="limit"/> of each dentist's cases, in (name, case number) order, cut to
    /// <paramref name="limit"/>: ordered by the dentist of the LATERAL join itself, so the planner sorts those few rows
    /// instead of joining the dentists a second time for the order.
    /// </summary>
    private static IQueryable<Case> Bounded(IQueryable<DentistProfile> dentists, Expression<Func<DentistProfile, IEnumerable<Case>>> cases, bool ascending, int limit)
    {
        var rows = dentists.SelectMany(cases, (d, c) => new { d.DentistName, Case = c });
        var ordered = ascending
            ? rows.OrderBy(r => r.DentistName).ThenBy(r => r.Case.CaseNumber)
            : rows.OrderByDescending(r => r.DentistName).ThenByDescending(r => r.Case.CaseNumber);
        return ordered.Take(limit).Select(r => r.Case);
    }

    /// <summary>The rows after (<paramref name="after"/>) or before the cursor's row, in list order.</summary>
    public IQueryable<Case> Seek(IQueryable<Case> cases, CaseListCursor cursor, bool after)
    {
        // In index order "after" is greater for an ascending sort and less for a descending one.
        var greater = after != IsDescending;
        var c = Expression.Parameter(typeof(Case), "c");
        var left = _keys.Select(k => Rebind(k.OfCase, c)).Append(Rebind(CaseNumber, c)).ToArray();
        var right = _keys.Select((k, i) => Parameter(cursor.Keys[i], k.OfCase.ReturnType)).Append(Parameter(cursor.CaseNumber, typeof(string))).ToArray();
        Expression test;
        if (left.Length == 1)
        {
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, left[0], right[0]);
            test = greater ? Expression.GreaterThan(compare, Expression.Constant(0)) : Expression.LessThan(compare, Expression.Constant(0));
        }
        else
        {
            // A row comparison, (a, b, n) > (@a, @b, @n): PostgreSQL starts the index scan at the cursor.
            var rowCompare = typeof(NpgsqlDbFunctionsExtensions).GetMethod(greater ? nameof(NpgsqlDbFunctionsExtensions.GreaterThan) : nameof(NpgsqlDbFunctionsExtensions.LessThan),
                [typeof(DbFunctions), typeof(ITuple), typeof(ITuple)])!;
            test = Expression.Call(rowCompare, Expression.Constant(EF.Functions), Tuple(left), Tuple(right));
        }

        return cases.Where(Expression.Lambda<Func<Case, bool>>(test, c));
    }

    /// <summary>The cursor of a row of this sort; <paramref name="position"/> is its 1-based place in the list, when known.</summary>
    public string CursorOf(CaseListRow row, int? position) =>
        new CaseListCursor(Name, IsDescending, [.. _keys.Select(k => k.OfRow(row))], row.CaseNumber, position).Encode(_keys.Select(k => k.OfCase.ReturnType));

    /// <summary>The cursor in <paramref name="text"/> when it is one of this sort (a link from another sort reads as the first page).</summary>
    public CaseListCursor? Read(string? text) =>
        CaseListCursor.Decode(text, Name, IsDescending, [.. _keys.Select(k => k.OfCase.ReturnType)]);

    private static readonly LambdaExpression CaseNumber = (Expression<Func<Case, string>>)(c => c.CaseNumber);

    private static bool IsClosed(CaseStatus status) => status is CaseStatus.Delivered or CaseStatus.Cancelled;

    private static int WhereRank(CaseStatus status) => status switch
    {
        CaseStatus.OnHold => 1,
        CaseStatus.Delivered => 2,
        CaseStatus.Cancelled => 3,
        _ => 0,
    };

    private static Expression Rebind(LambdaExpression key, ParameterExpression c) => new Rebinder(key.Parameters[0], c).Visit(key.Body);

    /// <summary>A value EF sends as a parameter (a field of a captured object, as a closure's variable is), never as SQL text.</summary>
    private static Expression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<int>.Value));
    }

    private static Expression Tuple(Expression[] items) =>
        Expression.Convert(Expression.Call(typeof(ValueTuple), nameof(ValueTuple.Create), [.. items.Select(i => i.Type)], items), typeof(ITuple));

    private sealed record Key(LambdaExpression OfCase, Func<CaseListRow, object?> OfRow)
    {
        public static Key Of<T>(Expression<Func<Case, T>> ofCase, Func<CaseListRow, T> ofRow) => new(ofCase, r => ofRow(r));
    }

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}

/// <summary>
/// Where a page of the case list starts: the sort, the sort keys and case number of the row next to it, and that
/// row's position (for "26–50 of 10,000+"). Opaque in the address (base64url JSON): a link or the back button
/// reopens the same page.
/// </summary>
public sealed record CaseListCursor(string Sort, bool Descending, object?[] Keys, string CaseNumber, int? Position)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    internal string Encode(IEnumerable<Type> types)
    {
        var document = new Document(Sort, Descending, [.. Keys.Zip(types, (k, t) => JsonSerializer.SerializeToElement(k, t, Json))], CaseNumber, Position);
        return Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(document, Json));
    }

    /// <summary>Null for anything that is not a cursor of this sort (edited by hand, from another sort or an older build).</summary>
    internal static CaseListCursor? Decode(string? text, string sort, bool descending, Type[] types)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 2000)
        {
            return null;
        }

        try
        {
            var document = JsonSerializer.Deserialize<Document>(Base64UrlDecode(text), Json);
            if (document is null || document.S != sort || document.D != descending || document.K.Length != types.Length || string.IsNullOrEmpty(document.N))
            {
                return null;
            }

            var keys = document.K.Zip(types, (k, t) => k.Deserialize(t, Json)).ToArray();
            return keys.Any(k => k is null) ? null : new CaseListCursor(sort, descending, keys, document.N, document.P is > 0 ? document.P : null);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] Base64UrlDecode(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }

    // Short names: the cursor travels in every address of the list.
    private sealed record Document(string S, bool D, JsonElement[] K, string N, int? P);
}
