using DentalLab.Data.Entities;
using DentalLab.Web.Features.Logistics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Logistics;

/// <summary>Ready cases (delivery stage current), their deliveries, and a route of today for a driver, built through the real services.</summary>
internal static class LogisticsTestData
{
    public const string Planner = "staff@dentallab.test";
    public const string Driver = "driver@dentallab.test";
    public const string OtherDriver = "staff@dentallab.test";
    public const string DentistA = "dentist@dentallab.test";
    public const string DentistB = "dentist2@dentallab.test";

    /// <summary>A crown case whose delivery stage is in progress (every earlier stage done), for the dentist with <paramref name="dentistEmail"/> or profile <paramref name="dentistId"/>.</summary>
    public static async Task<(string CaseNumber, Guid CaseId)> ReadyCaseAsync(LabApp app, string? dentistEmail = DentistA, Guid? dentistId = null)
    {
        await using var db = app.Db();
        var dentist = dentistId is { } id
            ? await db.DentistProfiles.SingleAsync(d => d.Id == id)
            : await db.DentistProfiles.SingleAsync(d => d.User!.NormalizedEmail == dentistEmail!.ToUpperInvariant());
        var template = await db.WorkflowTemplates.Include(t => t.Stages).SingleAsync(t => t.ProcedureType == ProcedureType.Crown);
        var now = DateTimeOffset.UtcNow;
        var @case = new Case
        {
            DentistId = dentist.Id,
            PatientCode = "LG-" + Guid.NewGuid().ToString("N")[..8],
            ProcedureType = ProcedureType.Crown,
            Teeth = [21],
            ReceivedAt = now.AddDays(-6),
            DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(2),
            CurrentStage = WorkflowStageName.Delivery,
            Status = CaseStatus.Ready,
        };
        foreach (var stage in template.Stages.OrderBy(s => s.Position))
        {
            var isDelivery = stage.Stage == WorkflowStageName.Delivery;
            @case.Stages.Add(new WorkflowStage
            {
                Stage = stage.Stage,
                Position = stage.Position,
                Attempt = 1,
                ExpectedHours = stage.ExpectedHours,
                Status = isDelivery ? WorkflowStatus.InProgress : WorkflowStatus.Completed,
                StartedAt = now.AddHours(-5),
                CompletedAt = isDelivery ? null : now.AddHours(-4),
            });
        }

        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        return (@case.CaseNumber, @case.Id);
    }

    /// <summary>Practices (dentist profiles) other than the portal dentists, each with a distinct postal code.</summary>
    public static async Task<List<(Guid Id, string Practice, string? PostalCode)>> PracticesAsync(LabApp app, int count)
    {
        await using var db = app.Db();
        var rows = await db.DentistProfiles.AsNoTracking().Where(d => d.UserId == null && d.Status == DentistStatus.Active && d.PostalCode != null)
            .OrderBy(d => d.PracticeName).Select(d => new { d.Id, d.PracticeName, d.PostalCode }).ToListAsync();
        return [.. rows.DistinctBy(r => r.PostalCode).Take(count).Select(r => (r.Id, r.PracticeName, r.PostalCode))];
    }

    public static async Task<Guid> DeliveryAsync(LabApp app, string caseNumber)
    {
        await using var scope = await app.ScopeAsAsync(Planner);
        var (result, id) = await scope.ServiceProvider.GetRequiredService<ShipmentService>().CreateDeliveryAsync(caseNumber);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        return id!.Value;
    }

    /// <summary>A route of today for <paramref name="driverEmail"/> with the shipments added in the given order.</summary>
    public static async Task<Guid> RouteAsync(LabApp app, string driverEmail, params Guid[] shipmentIds)
    {
        await using var scope = await app.ScopeAsAsync(Planner);
        var queries = scope.ServiceProvider.GetRequiredService<LogisticsQueries>();
        var routes = scope.ServiceProvider.GetRequiredService<RouteService>();
        var driverId = await UserIdAsync(app, driverEmail);
        var (created, routeId) = await routes.CreateAsync(await queries.TodayAsync(), driverId, "Test van", "Test route " + Guid.NewGuid().ToString("N")[..6]);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Values));
        foreach (var id in shipmentIds)
        {
            var added = await routes.AddShipmentsAsync(routeId!.Value, [id]);
            Assert.True(added.Succeeded, string.Join("; ", added.Errors.Values));
        }

        return routeId!.Value;
    }

    public static async Task<Guid> UserIdAsync(LabApp app, string email)
    {
        await using var db = app.Db();
        return await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
    }

    /// <summary>A small PNG (a black line on white), as a drawn signature would be.</summary>
    public static byte[] SignaturePng() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAE0lEQVR4nGP4jwMwUFECJ6CeHQCN2qdZdxnC9wAAAABJRU5ErkJggg==");
}
