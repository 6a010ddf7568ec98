using DentalLab.Data.Seed;
using System.Net;
using DentalLab.Data.Entities;
using DentalLab.Web.Features.Admin.Audit;
using DentalLab.Web.Features.Admin.Users;
using DentalLab.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DentalLab.Web.Tests.Features.Foundation;

/// <summary>The audit log records who changed what; /health tells a load balancer whether the database answers.</summary>
[Collection(LabCollection.Name)]
public sealed class AuditAndHealthTests(LabServerFixture server)
{
    [Fact]
    public async Task Creating_and_changing_a_user_is_audited_with_the_acting_admin_and_no_secrets()
    {
        var app = await server.SharedAppAsync("audit");
        var email = $"new-{Guid.NewGuid():N}@dentallab.test";
        await using var admin = await app.ScopeAsAsync("admin@dentallab.test");
        var adminId = LabApp.CurrentUserOf(admin).UserId;
        var users = admin.ServiceProvider.GetRequiredService<UserAdminService>();
        Assert.True((await users.CreateAsync(new NewUserInput { FullName = "Zoë Ødegaard", Email = email, RoleId = SeedData.RoleId(UserRole.Technician) })).Succeeded);

        await using var db = app.Db();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        Assert.True((await users.SetActiveAsync(user.Id, false)).Succeeded);

        var entries = await db.AuditLog.Where(a => a.RecordId == user.Id.ToString() && a.TableName == "users").OrderBy(a => a.OccurredAt).ToListAsync();
        var insert = Assert.Single(entries, e => e.Action == AuditAction.Insert);
        Assert.Equal(adminId, insert.UserId);
        Assert.Contains("Zoë Ødegaard", insert.NewValues!, StringComparison.Ordinal);
        Assert.DoesNotContain("password_hash", insert.NewValues!, StringComparison.Ordinal);
        Assert.DoesNotContain("security_stamp", insert.NewValues!, StringComparison.Ordinal);
        var deactivation = Assert.Single(entries, e => e.Action == AuditAction.Update && e.NewValues!.Contains("\"is_active\": false", StringComparison.Ordinal));
        Assert.Contains("\"is_active\": true", deactivation.OldValues!, StringComparison.Ordinal);
        Assert.DoesNotContain("\"email\"", deactivation.NewValues!, StringComparison.Ordinal);
        Assert.Equal(adminId, deactivation.UserId);

        // The audit page's query finds them (admin holds audit.view).
        var (rows, _) = await admin.ServiceProvider.GetRequiredService<AuditLogService>().ListAsync(new AuditQuery("users", null, user.Id.ToString(), null, null, 0, 50));
        Assert.Equal(entries.Count, rows.Count);
        var adminName = await db.Users.Where(u => u.Id == adminId).Select(u => u.FullName).SingleAsync();
        Assert.All(rows, r => Assert.Equal(adminName, r.UserName));
    }

    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        var app = await server.SharedAppAsync("audit");
        using var http = new LabHttp(app);
        var response = await http.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Health_reports_unhealthy_when_the_database_does_not_answer()
    {
        // A port nothing listens on: the check must answer Unhealthy (503 from /health), not throw.
        await using var unreachable = Npgsql.NpgsqlDataSource.Create("Host=127.0.0.1;Port=1;Username=postgres;Timeout=2");
        var lifetime = new Microsoft.Extensions.Hosting.Internal.ApplicationLifetime(Microsoft.Extensions.Logging.Abstractions.NullLogger<Microsoft.Extensions.Hosting.Internal.ApplicationLifetime>.Instance);
        var status = new DatabaseStatus(unreachable, lifetime, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<DatabaseStatus>.Instance);
        var result = await new DatabaseHealthCheck(unreachable, status).CheckHealthAsync(new HealthCheckContext());
        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        // Pages hear it too: they show "reconnecting" until a probe gets an answer.
        Assert.False(status.IsReachable);
        lifetime.StopApplication();
    }
}
