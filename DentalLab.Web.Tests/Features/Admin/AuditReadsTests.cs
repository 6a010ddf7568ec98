using System.Net;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Admin.Audit;
using DentalLab.Web.Features.Admin.Roles;
using DentalLab.Web.Features.Admin.Users;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Infrastructure.Audit;
using DentalLab.Web.Tests.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Admin;

/// <summary>
/// Reads that matter, sign-in refusals, role changes and payments land in the audit log with who and from where;
/// the audit list filters, opens an entry and exports CSV.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class AuditReadsTests(LabServerFixture server)
{
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=");

    [Fact]
    public async Task A_case_view_and_a_file_download_appear_with_user_and_address_and_in_who_viewed_this_case()
    {
        var app = await server.SharedAppAsync("admin-audit");
        var number = await CaseTestData.CreateAsync(app, CaseTestData.Crown(await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test")));
        Guid caseId, fileId;
        await using (var tech = await app.ScopeAsAsync("tech@dentallab.test"))
        {
            Assert.True((await tech.ServiceProvider.GetRequiredService<CaseFileService>().UploadAsync(number, new MemoryStream(Png), "smile.png", visibleToDentist: false)).Succeeded);
        }

        await using (var db = app.Db())
        {
            caseId = await db.Cases.Where(c => c.CaseNumber == number).Select(c => c.Id).SingleAsync();
            fileId = await db.CaseFiles.Where(f => f.CaseId == caseId).Select(f => f.Id).SingleAsync();
        }

        var techId = await AdminTestData.UserIdAsync(app, "tech@dentallab.test");
        using (var http = new LabHttp(app))
        {
            await http.SignInAsync("tech@dentallab.test", AdminTestData.Password);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/cases/{number}/files/{fileId}?download=true")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/cases/{number}/ticket.pdf")).StatusCode);
            // A refused download is not a read.
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/cases/{number}/files/{Guid.NewGuid()}")).StatusCode);
        }

        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("tech@dentallab.test");
        await page.GotoAsync($"/cases/{number}");
        await page.WaitForInteractiveAsync();
        // The technician has no audit.view: no "who viewed" panel for them.
        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync(number);
        await Assertions.Expect(page.GetByTestId("case-viewers")).ToHaveCountAsync(0);

        await using (var db = app.Db())
        {
            var view = await AdminTestData.EventuallyAsync(
                () => db.AuditLog.AsNoTracking().FirstOrDefaultAsync(a => a.Action == AuditAction.View && a.TableName == "cases" && a.RecordId == caseId.ToString()),
                "the case view in the audit log");
            Assert.Equal(techId, view.UserId);
            Assert.Equal("127.0.0.1", view.IpAddress);
            // The download, and the thumbnail the technician's case page showed (a photo seen is a read too).
            var downloads = await db.AuditLog.AsNoTracking().Where(a => a.Action == AuditAction.Download && a.TableName == "case_files" && a.RecordId == fileId.ToString()).ToListAsync();
            Assert.NotEmpty(downloads);
            Assert.All(downloads, d => Assert.Equal((techId, "127.0.0.1"), (d.UserId!.Value, d.IpAddress!)));
            Assert.All(downloads, d => Assert.Contains(number, d.NewValues!, StringComparison.Ordinal));
            var tickets = await db.AuditLog.AsNoTracking().Where(a => a.Action == AuditAction.Download && a.TableName == "cases" && a.RecordId == number).ToListAsync();
            Assert.Contains(tickets, t => t.UserId == techId && t.NewValues!.Contains("case ticket PDF", StringComparison.Ordinal));
        }

        // The admin (audit.view) sees who viewed the case on the case page.
        await using var adminContext = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var adminPage = await adminContext.NewPageAsync();
        await adminPage.SignInAsync(AdminTestData.Admin);
        await adminPage.GotoAsync($"/cases/{number}");
        await adminPage.WaitForInteractiveAsync();
        var viewers = adminPage.GetByTestId("case-viewers");
        var techName = await NameOfAsync(app, techId);
        await Assertions.Expect(viewers.GetByTestId("case-viewer").Filter(new() { HasText = "case page" }).Filter(new() { HasText = techName }).First).ToBeVisibleAsync();
        await Assertions.Expect(viewers.GetByTestId("case-viewer").Filter(new() { HasText = "case file" }).First).ToContainTextAsync("127.0.0.1");
    }

    [Fact]
    public async Task A_failed_sign_in_a_lockout_a_role_change_and_a_grant_change_appear_in_the_audit_log()
    {
        var app = await server.SharedAppAsync("admin-audit");
        var (userId, email) = await AdminTestData.NewUserAsync(app, UserRole.Technician, "Jörg Ångström");
        var unknown = $"nobody-{Guid.NewGuid():N}@example.test";

        using (var http = new LabHttp(app))
        {
            for (var i = 0; i < 5; i++)
            {
                await http.SignInAsync(email, "not the password at all");
            }

            // An address no account has is refused with the same answer, and recorded with the address typed, not the password.
            await http.SignInAsync(unknown, "Winter2026!");
        }

        await using var admin = await app.ScopeAsAsync(AdminTestData.Admin);
        var adminId = LabApp.CurrentUserOf(admin).UserId;
        Assert.True((await admin.ServiceProvider.GetRequiredService<UserAdminService>().ChangeRoleAsync(userId, SeedData.RoleId(UserRole.Staff))).Succeeded);

        await using var db = app.Db();
        var refusals = await db.AuditLog.AsNoTracking().Where(a => a.TableName == "users" && a.RecordId == userId.ToString()
            && (a.Action == AuditAction.SignInFailed || a.Action == AuditAction.LockedOut)).ToListAsync();
        Assert.Equal(4, refusals.Count(a => a.Action == AuditAction.SignInFailed));
        Assert.Single(refusals, a => a.Action == AuditAction.LockedOut);
        Assert.All(refusals, a => Assert.Equal("127.0.0.1", a.IpAddress));
        Assert.All(refusals, a => Assert.Equal(userId, a.UserId));
        var stranger = (await db.AuditLog.AsNoTracking().Where(a => a.TableName == "users" && a.RecordId == AuditReads.UnknownAccount
            && a.Action == AuditAction.SignInFailed).ToListAsync()).Single(a => a.NewValues!.Contains(unknown, StringComparison.Ordinal));
        Assert.Equal("127.0.0.1", stranger.IpAddress);
        Assert.Null(stranger.UserId);
        Assert.DoesNotContain("Winter2026", stranger.NewValues, StringComparison.Ordinal);

        // The user-role link is audited: the old role removed and the new one added, by the admin.
        var staffRole = SeedData.RoleId(UserRole.Staff).ToString();
        var techRole = SeedData.RoleId(UserRole.Technician).ToString();
        var links = await db.AuditLog.AsNoTracking().Where(a => a.TableName == "user_roles" && a.RecordId.StartsWith(userId.ToString())).ToListAsync();
        Assert.Contains(links, a => a.Action == AuditAction.Delete && a.OldValues!.Contains(techRole, StringComparison.Ordinal) && a.UserId == adminId);
        Assert.Contains(links, a => a.Action == AuditAction.Insert && a.NewValues!.Contains(staffRole, StringComparison.Ordinal) && a.UserId == adminId);

        // A grant change names the role's permissions before and after (granted and then taken back: the shared app stays as it was).
        var roles = admin.ServiceProvider.GetRequiredService<RoleAdminService>();
        var manager = SeedData.RoleId(UserRole.Manager);
        Assert.True((await roles.SetGrantAsync(manager, PermissionCodes.CasesDelete, false)).Succeeded);
        Assert.True((await roles.SetGrantAsync(manager, PermissionCodes.CasesDelete, true)).Succeeded);
        var grants = await db.AuditLog.AsNoTracking().Where(a => a.TableName == "roles" && a.RecordId == manager.ToString()).OrderBy(a => a.Sequence).ToListAsync();
        Assert.True(grants.Count >= 2);
        Assert.Contains(PermissionCodes.CasesDelete, grants[^2].OldValues!, StringComparison.Ordinal);
        Assert.DoesNotContain(PermissionCodes.CasesDelete, grants[^2].NewValues!, StringComparison.Ordinal);
        Assert.Equal(adminId, grants[^2].UserId);
    }

    [Fact]
    public async Task The_audit_list_filters_by_user_and_address_opens_an_entry_side_by_side_and_its_csv_export_is_audited()
    {
        var app = await server.SharedAppAsync("admin-audit");
        var (userId, _) = await AdminTestData.NewUserAsync(app, UserRole.Technician, "Chloé Müller");
        await using (var admin = await app.ScopeAsAsync(AdminTestData.Admin))
        {
            Assert.True((await admin.ServiceProvider.GetRequiredService<UserAdminService>().SetActiveAsync(userId, false)).Succeeded);
            var audit = admin.ServiceProvider.GetRequiredService<AuditLogService>();
            var adminName = await NameOfAsync(app, LabApp.CurrentUserOf(admin).UserId!.Value);
            var (rows, total) = await audit.ListAsync(new AuditQuery("users", AuditAction.Update, userId.ToString(), null, null, 0, 50, User: adminName));
            var row = Assert.Single(rows, r => r.NewValues!.Contains("is_active", StringComparison.Ordinal));
            Assert.True(total >= 1);
            var entry = await audit.EntryAsync(row.Id);
            var field = Assert.Single(entry!.Value.Fields, f => f.Field == "is_active");
            Assert.Equal(("true", "false"), (field.Before, field.After));
            Assert.Empty((await audit.ListAsync(new AuditQuery("users", null, userId.ToString(), null, null, 0, 50, User: "nobody-of-that-name"))).Rows);
        }

        using var http = new LabHttp(app);
        await http.SignInAsync(AdminTestData.Admin, AdminTestData.Password);
        var csv = await http.GetAsync($"/admin/audit/export.csv?table=users&record={userId}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Sequence,When,When (UTC),Who,Action,Table,Record,Before,After,Address", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("Changed", StringComparison.Ordinal) && l.Contains(userId.ToString(), StringComparison.Ordinal));

        await using var db = app.Db();
        var export = await db.AuditLog.AsNoTracking().Where(a => a.Action == AuditAction.Export && a.RecordId == "audit-log").OrderByDescending(a => a.Sequence).FirstAsync();
        Assert.Equal(await AdminTestData.UserIdAsync(app, AdminTestData.Admin), export.UserId);
        Assert.Contains(userId.ToString(), export.NewValues!, StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", export.IpAddress);

        // A user without audit.view gets nothing.
        using var tech = new LabHttp(app);
        await tech.SignInAsync("tech@dentallab.test", AdminTestData.Password);
        Assert.NotEqual(HttpStatusCode.OK, (await tech.GetAsync("/admin/audit/export.csv")).StatusCode);
    }

    private static async Task<string> NameOfAsync(LabApp app, Guid id)
    {
        await using var db = app.Db();
        return await db.Users.Where(u => u.Id == id).Select(u => u.FullName).SingleAsync();
    }
}
