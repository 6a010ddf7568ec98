using DentalLab.Data;
using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Infrastructure.Auth;

/// <summary>
/// The dentist data scope, in one place: a signed-in dentist reaches only the rows that hang off their own
/// dentist profile. Portal queries start from these methods, never from the raw tables.
/// </summary>
public sealed class DentistScope(CurrentUser currentUser, ILogger<DentistScope> logger)
{
    /// <summary>The signed-in user's dentist profile id, or null when they are not a dentist.</summary>
    public async Task<Guid?> DentistIdAsync(LabDbContext db, CancellationToken ct = default) =>
        Own(db) is { } own ? await own.Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct) : null;

    /// <summary>The signed-in user's dentist profile id and practice name, or null when they are not a dentist.</summary>
    public async Task<(Guid Id, string Practice)?> PracticeAsync(LabDbContext db, CancellationToken ct = default)
    {
        var practice = Own(db) is { } own ? await own.Select(d => new { d.Id, d.PracticeName }).FirstOrDefaultAsync(ct) : null;
        return practice is null ? null : (practice.Id, practice.PracticeName);
    }

    /// <summary>The signed-in dentist's cases (none when the user is not an active dentist).</summary>
    public async Task<IQueryable<Case>> CasesAsync(LabDbContext db, CancellationToken ct = default) => CasesOf(db, await DentistIdAsync(db, ct));

    /// <summary>The cases of the dentist profile <see cref="DentistIdAsync"/> or <see cref="PracticeAsync"/> gave (none for null).</summary>
    public static IQueryable<Case> CasesOf(LabDbContext db, Guid? dentistId) => db.Set<Case>().Where(c => dentistId != null && c.DentistId == dentistId);

    /// <summary>The signed-in user's active dentist profile (none found when they have none), or null when no one is signed in.</summary>
    private IQueryable<DentistProfile>? Own(LabDbContext db) => currentUser.UserId is { } userId
        ? db.Set<DentistProfile>().Where(d => d.UserId == userId && d.Status == DentistStatus.Active)
        : null;

    /// <summary>Records an attempt to reach a record outside the scope (answered with "not found").</summary>
    public void LogRefused(string what, string key) =>
        logger.LogWarning("Dentist scope refused: user {UserId} asked for {What} {Key}", currentUser.UserId, what, key);
}
