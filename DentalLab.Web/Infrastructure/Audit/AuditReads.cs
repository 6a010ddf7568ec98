using System.Text.Json;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Infrastructure.Audit;

/// <summary>
/// Records the reads that matter in the audit log — who opened a case, downloaded a file or a PDF, exported a CSV,
/// when and from where (HIPAA 45 CFR 164.312(b)) — and sign-in events. Pages and endpoints call it with one line,
/// after their own permission check let the read through. Details are ids and document names, never patient data.
/// </summary>
public interface IAuditReads
{
    /// <summary>A page that shows a record was opened; <paramref name="caseNumber"/> ties it to a case's "who viewed".</summary>
    Task ViewedAsync(string table, string recordId, string what, string? caseNumber = null, CancellationToken ct = default);

    /// <summary>A file or PDF of a record was downloaded.</summary>
    Task DownloadedAsync(string table, string recordId, string what, string? caseNumber = null, CancellationToken ct = default);

    /// <summary>A CSV export was streamed (<paramref name="export"/> is its file name, <paramref name="filter"/> the query string).</summary>
    Task ExportedAsync(string export, string? filter, CancellationToken ct = default);

    /// <summary>A refused sign-in of a known account (the user is not signed in, so the id is given).</summary>
    Task SignInRefusedAsync(Guid userId, bool lockedOut, string? ipAddress, CancellationToken ct = default);

    /// <summary>A sign-in with an address no account has: the typed address is kept (it shows who is being tried), never the password.</summary>
    Task SignInUnknownAsync(string typedEmail, string? ipAddress, CancellationToken ct = default);
}

public sealed class AuditReads(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, ILogger<AuditReads> logger) : IAuditReads
{
    /// <summary>The details key that names the case a read belongs to.</summary>
    public const string CaseKey = "case";

    public Task ViewedAsync(string table, string recordId, string what, string? caseNumber = null, CancellationToken ct = default) =>
        WriteAsync(AuditAction.View, table, recordId, Details(what, caseNumber), null, null, ct);

    public Task DownloadedAsync(string table, string recordId, string what, string? caseNumber = null, CancellationToken ct = default) =>
        WriteAsync(AuditAction.Download, table, recordId, Details(what, caseNumber), null, null, ct);

    private static Dictionary<string, string?> Details(string what, string? caseNumber)
    {
        var details = new Dictionary<string, string?> { ["what"] = what };
        if (caseNumber is not null)
        {
            details[CaseKey] = caseNumber;
        }

        return details;
    }

    public Task ExportedAsync(string export, string? filter, CancellationToken ct = default) =>
        WriteAsync(AuditAction.Export, "exports", export, new Dictionary<string, string?> { ["what"] = export + ".csv", ["filter"] = filter }, null, null, ct);

    public Task SignInRefusedAsync(Guid userId, bool lockedOut, string? ipAddress, CancellationToken ct = default) =>
        WriteAsync(lockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed, "users", userId.ToString(),
            new Dictionary<string, string?> { ["what"] = lockedOut ? "sign-in refused: locked out" : "sign-in failed" }, userId, ipAddress, ct);

    /// <summary>The record id of sign-in attempts for an address no account has.</summary>
    public const string UnknownAccount = "unknown";

    public Task SignInUnknownAsync(string typedEmail, string? ipAddress, CancellationToken ct = default)
    {
        var typed = typedEmail.Trim();
        return WriteAsync(AuditAction.SignInFailed, "users", UnknownAccount,
            new Dictionary<string, string?> { ["what"] = "sign-in failed: no account has this address", ["email"] = typed.Length > 254 ? typed[..254] : typed },
            userId: null, ipAddress, ct);
    }

    private async Task WriteAsync(AuditAction action, string table, string recordId, Dictionary<string, string?> details, Guid? userId, string? ipAddress, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entry = AuditLogEntry.For(table, recordId, action, newJson: JsonSerializer.Serialize(details));
        entry.UserId = userId ?? currentUser.UserId;
        entry.IpAddress = ipAddress ?? currentUser.IpAddress ?? await SessionAddressAsync(db, ct);
        db.AuditLog.Add(entry);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Audited {Action} of {Table} {RecordId} by {UserId}", action, table, recordId, entry.UserId);
    }

    /// <summary>In a circuit there is no request to read the address from: the session's sign-in address stands in.</summary>
    private async Task<string?> SessionAddressAsync(LabDbContext db, CancellationToken ct) =>
        Guid.TryParse(currentUser.Principal.FindFirst(CurrentUser.SessionClaim)?.Value, out var sessionId)
            ? await db.Sessions.Where(s => s.Id == sessionId).Select(s => s.IpAddress).FirstOrDefaultAsync(ct)
            : null;
}

public static class AuditReadsSetup
{
    public static IServiceCollection AddAuditReads(this IServiceCollection services) => services.AddScoped<IAuditReads, AuditReads>();

    /// <summary>
    /// Records a download when the endpoint answered with the file (not a refusal or not-found): the record id is
    /// the route value <paramref name="idRouteValue"/>, the case (for "who viewed this case") <paramref name="caseRouteValue"/>.
    /// </summary>
    public static RouteHandlerBuilder AuditDownload(this RouteHandlerBuilder endpoint, string table, string idRouteValue, string what, string? caseRouteValue = null) =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (result is not Microsoft.AspNetCore.Http.HttpResults.NotFound and not IStatusCodeHttpResult { StatusCode: >= 400 })
            {
                var http = context.HttpContext;
                var values = http.Request.RouteValues;
                await http.RequestServices.GetRequiredService<IAuditReads>().DownloadedAsync(
                    table, values[idRouteValue]?.ToString() ?? "", $"{what} ({http.Request.Path})",
                    caseRouteValue is null ? null : values[caseRouteValue]?.ToString(), http.RequestAborted);
            }

            return result;
        });
}
