using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Admin.Roles;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Admin;

/// <summary>The roles matrix's rules: the guards refuse, a custom role works end to end, a change reaches another instance at once.</summary>
[Collection(LabCollection.Name)]
public sealed class RolesTests(LabServerFixture server)
{
    private static readonly Dictionary<string, string?> Postgres = new() { ["Live:Transport"] = "postgres" };

    [Fact]
    public async Task The_last_admin_guard_and_the_portal_guard_refuse_and_change_nothing()
    {
        var app = await server.SharedAppAsync("admin-roles");
        await using var admin = await app.ScopeAsAsync(AdminTestData.Admin);
        var roles = admin.ServiceProvider.GetRequiredService<RoleAdminService>();
        var adminRole = SeedData.RoleId(UserRole.Admin);

        var lastAdmin = await roles.SetGrantAsync(adminRole, PermissionCodes.RolesManage, false);
        Assert.Equal("This change would leave the lab without an active user who can manage users and roles.", lastAdmin.For(""));
        var mixed = await roles.SetGrantAsync(SeedData.RoleId(UserRole.Dentist), PermissionCodes.CasesView, true);
        Assert.StartsWith("portal.access cannot be combined with staff permissions", mixed.For(""), StringComparison.Ordinal);
        Assert.False((await roles.SetGrantAsync(SeedData.RoleId(UserRole.Staff), PermissionCodes.PortalAccess, true)).Succeeded);
        Assert.Equal("The five built-in roles can be edited but not deleted.", (await roles.DeleteAsync(SeedData.RoleId(UserRole.Technician))).For(""));

        var matrix = await roles.MatrixAsync();
        Assert.Contains(PermissionCodes.RolesManage, matrix.Roles.Single(r => r.Id == adminRole).Grants);
        Assert.DoesNotContain(PermissionCodes.CasesView, matrix.Roles.Single(r => r.Code == UserRole.Dentist).Grants);
        Assert.DoesNotContain(PermissionCodes.PortalAccess, matrix.Roles.Single(r => r.Code == UserRole.Staff).Grants);
        Assert.Equal(5, matrix.Roles.Count(r => r.IsBuiltIn));

        // A user without roles.manage is refused outright.
        await using var staff = await app.ScopeAsAsync("staff@dentallab.test");
        await Assert.ThrowsAsync<ForbiddenException>(() => staff.ServiceProvider.GetRequiredService<RoleAdminService>().MatrixAsync());
    }

    [Fact]
    public async Task A_custom_role_is_created_from_a_copy_given_to_a_user_trimmed_and_deleted_once_nobody_holds_it()
    {
        var app = await server.SharedAppAsync("admin-roles");
        var (userId, _) = await AdminTestData.NewUserAsync(app, UserRole.Technician, "Łukasz Żółw");
        await using var admin = await app.ScopeAsAsync(AdminTestData.Admin);
        var roles = admin.ServiceProvider.GetRequiredService<RoleAdminService>();
        var name = "Driver " + Guid.NewGuid().ToString("N")[..6];

        Assert.Equal("A role's name has 2 to 50 characters.", (await roles.CreateAsync(" ", "", null)).Result.For("Name"));
        var (created, roleId) = await roles.CreateAsync(name, "Drives the routes", SeedData.RoleId(UserRole.Staff));
        Assert.True(created.Succeeded);
        Assert.Equal("Another role already has this name.", (await roles.CreateAsync(name.ToUpperInvariant(), "", null)).Result.For("Name"));
        Assert.True((await roles.SetGrantAsync(roleId!.Value, PermissionCodes.InvoicesView, false)).Succeeded);
        Assert.True((await roles.AssignAsync(userId, roleId.Value)).Succeeded);

        var registry = app.Services.GetRequiredService<PermissionRegistry>();
        var granted = await registry.GetPermissionsAsync(userId);
        Assert.Contains(PermissionCodes.LogisticsDrive, granted);
        Assert.DoesNotContain(PermissionCodes.InvoicesView, granted);
        await using (var driver = app.ScopeAs(userId))
        {
            var me = LabApp.CurrentUserOf(driver);
            Assert.True(await me.HasPermissionAsync(PermissionCodes.LogisticsView));
            await Assert.ThrowsAsync<ForbiddenException>(() => me.DemandAsync(PermissionCodes.InvoicesView));
        }

        // Through the real sign-in and pages: the invoice list answers not found, the cases list opens.
        using (var http = new LabHttp(app))
        {
            await http.SignInAsync((await EmailOfAsync(app, userId))!, AdminTestData.Password);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/cases")).StatusCode);
            var invoices = await http.GetAsync("/invoices");
            Assert.NotEqual(System.Net.HttpStatusCode.OK, invoices.StatusCode);
            Assert.DoesNotContain("/invoices/", await invoices.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal("1 user holds this role: give them another role first.", (await roles.DeleteAsync(roleId.Value)).For(""));
        Assert.True((await roles.RenameAsync(roleId.Value, name + " B", "Drives")).Succeeded);
        Assert.Equal(name + " B", (await roles.MatrixAsync()).Roles.Single(r => r.Id == roleId).Name);
        Assert.True((await roles.AssignAsync(userId, SeedData.RoleId(UserRole.Staff))).Succeeded);
        Assert.True((await roles.DeleteAsync(roleId.Value)).Succeeded);
        Assert.DoesNotContain((await roles.MatrixAsync()).Roles, r => r.Id == roleId);

        await using var db = app.Db();
        Assert.True(await db.AuditLog.AnyAsync(a => a.TableName == "roles" && a.RecordId == roleId.Value.ToString() && a.Action == AuditAction.Delete));
    }

    [Fact]
    public async Task A_removed_grant_reaches_a_second_instance_at_once_and_its_open_pages_hear_of_it()
    {
        await using var first = await LabApp.StartAsync(server, demo: true, Postgres);
        await using var second = LabApp.StartOn(first.ConnectionString, server.WorkFolder, settings: Postgres);
        await WaitListeningAsync(first);
        await WaitListeningAsync(second);
        var staffId = await AdminTestData.UserIdAsync(first, "staff@dentallab.test");

        // Instance B has the staff user's permissions cached (30 s), as an open page would.
        var registryB = second.Services.GetRequiredService<PermissionRegistry>();
        Assert.Contains(PermissionCodes.InvoicesView, await registryB.GetPermissionsAsync(staffId));
        var heard = new TaskCompletionSource<LiveEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listen = second.Services.GetRequiredService<LiveEventBus>().Subscribe(LiveEvent.Access, e => { heard.TrySetResult(e); return Task.CompletedTask; });

        await using (var admin = await first.ScopeAsAsync(AdminTestData.Admin))
        {
            Assert.True((await admin.ServiceProvider.GetRequiredService<RoleAdminService>().SetGrantAsync(SeedData.RoleId(UserRole.Staff), PermissionCodes.InvoicesView, false)).Succeeded);
        }

        Assert.Equal(LiveKinds.AccessChanged, (await heard.Task.WaitAsync(TimeSpan.FromSeconds(10))).Kind);
        var started = DateTime.UtcNow;
        while ((await registryB.GetPermissionsAsync(staffId)).Contains(PermissionCodes.InvoicesView))
        {
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "instance B still grants invoices.view");
            await Task.Delay(50);
        }
    }

    private static async Task<string?> EmailOfAsync(LabApp app, Guid id)
    {
        await using var db = app.Db();
        return await db.Users.Where(u => u.Id == id).Select(u => u.Email).SingleAsync();
    }

    private static async Task WaitListeningAsync(LabApp app)
    {
        var transport = app.Services.GetRequiredService<PostgresLiveEventTransport>();
        var until = DateTime.UtcNow.AddSeconds(60);
        while (!transport.IsListening)
        {
            Assert.True(DateTime.UtcNow < until, "the live listener did not start");
            await Task.Delay(50);
        }
    }
}
