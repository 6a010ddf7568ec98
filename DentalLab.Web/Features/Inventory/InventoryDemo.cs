using System.Security.Claims;
using DentalLab.Data;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Inventory;

/// <summary>
/// Demo mode: one material lot has been recalled, through the real <see cref="RecallService"/> acting as the demo's
/// inventory manager — the lot is blocked, its recall record names the affected cases, and each affected dentist has the
/// message listing their own cases — so the recall screen, the case pages and the portal show it on first run.
/// Only when the lab has no recall yet; safe to run on every start.
/// </summary>
public static class InventoryDemo
{
    public const string Reason = "Supplier safety notice: porosity found in blanks of this batch. Check the restorations made from it and replace where needed.";

    public static async Task SeedAsync(IServiceProvider services, CancellationToken ct = default)
    {
        Guid lotId;
        Guid managerId;
        await using (var db = await services.GetRequiredService<IDbContextFactory<LabDbContext>>().CreateDbContextAsync(ct))
        {
            if (await db.LotRecalls.AnyAsync(ct))
            {
                return;
            }

            // The lot-tracked lot used in the most cases (at least two practices), not blocked yet — among those that
            // reached a practice with a portal account, so a demo dentist has the recall message on first run.
            var lot = await db.CaseMaterials.AsNoTracking().Where(m => m.LotId != null && m.Lot!.BlockedAt == null)
                .GroupBy(m => m.LotId!.Value)
                .Select(g => new
                {
                    Id = g.Key,
                    Cases = g.Select(m => m.CaseId).Distinct().Count(),
                    Dentists = g.Select(m => m.Case!.DentistId).Distinct().Count(),
                    Reachable = g.Count(m => m.Case!.Dentist!.UserId != null),
                })
                .Where(g => g.Dentists >= 2)
                .OrderByDescending(g => g.Reachable > 0).ThenByDescending(g => g.Cases).ThenBy(g => g.Id)
                .FirstOrDefaultAsync(ct);
            var manager = await db.UsersHolding(PermissionCodes.InventoryManage)
                .OrderBy(u => u.RoleLinks.Any(l => l.Role!.Permissions.Any(p => p.Permission!.Code == PermissionCodes.RolesManage)))
                .ThenBy(u => u.Email).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
            if (lot is null || manager is null)
            {
                return;
            }

            (lotId, managerId) = (lot.Id, manager.Value);
        }

        await using var scope = services.CreateAsyncScope();
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, managerId.ToString())], "demo");
        var state = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        state.SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity))));
        try
        {
            await scope.ServiceProvider.GetRequiredService<RecallService>().RecallAsync(lotId, Reason, ct);
        }
        catch (ForbiddenException)
        {
            // The manager holds no permission yet (e.g. two-step sign-in required and not set up): no demo recall.
        }
    }
}
