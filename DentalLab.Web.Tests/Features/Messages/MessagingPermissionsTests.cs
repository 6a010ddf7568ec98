using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Admin.Roles;
using DentalLab.Web.Features.Messages;
using DentalLab.Web.Tests.Features.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Messages;

/// <summary>
/// The messaging rules follow permissions, not role names: users in custom roles that hold messages.use are treated
/// by what their role grants — portal.access makes a dentist for the one-dentist rule, staff.manage may change any
/// group's members, workflow.assign answers a case nobody follows.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class MessagingPermissionsTests(LabServerFixture server)
{
    private Task<LabApp> AppAsync() => server.SharedAppAsync("messages-permissions");

    [Fact]
    public async Task A_custom_portal_role_with_messages_use_is_held_to_the_dentist_rules()
    {
        var app = await AppAsync();
        var assistant = await UserInCustomRoleAsync(app, "Practice assistant", SeedData.RoleId(UserRole.Dentist), UserRole.Technician);
        var dentist = await AdminTestData.UserIdAsync(app, "dentist@dentallab.test");
        var tech = await AdminTestData.UserIdAsync(app, "tech@dentallab.test");

        await using (var scope = app.ScopeAs(assistant))
        {
            var messages = scope.ServiceProvider.GetRequiredService<MessageService>();
            var contacts = await messages.ContactsAsync();
            Assert.Contains(contacts, c => c.Id == tech);
            Assert.DoesNotContain(contacts, c => c.Id == dentist);
            Assert.DoesNotContain(contacts, c => c.IsDentist);
            var refused = await Assert.ThrowsAsync<MessagingRuleException>(() => messages.StartDirectAsync(dentist));
            Assert.Contains("other dentists", refused.Message, StringComparison.Ordinal);
            Assert.NotEqual(Guid.Empty, await messages.StartDirectAsync(tech));
        }

        // The lab sees the assistant as a dentist, and cannot put them together with another dentist.
        await using var manager = await app.ScopeAsAsync("manager@dentallab.test");
        var lab = manager.ServiceProvider.GetRequiredService<MessageService>();
        Assert.True((await lab.ContactsAsync()).Single(c => c.Id == assistant).IsDentist);
        await Assert.ThrowsAsync<MessagingRuleException>(() => lab.CreateGroupAsync("Two practices", [assistant, dentist]));
    }

    [Fact]
    public async Task A_custom_role_with_staff_manage_may_change_a_group_it_did_not_create_one_without_may_not()
    {
        var app = await AppAsync();
        var lead = await UserInCustomRoleAsync(app, "Team lead", SeedData.RoleId(UserRole.Technician), UserRole.Technician, PermissionCodes.StaffManage);
        var bench = await UserInCustomRoleAsync(app, "Bench", SeedData.RoleId(UserRole.Technician), UserRole.Technician);
        var staff = await AdminTestData.UserIdAsync(app, "staff@dentallab.test");
        var admin = await AdminTestData.UserIdAsync(app, AdminTestData.Admin);

        Guid group;
        await using (var tech = await app.ScopeAsAsync("tech@dentallab.test"))
        {
            group = await tech.ServiceProvider.GetRequiredService<MessageService>().CreateGroupAsync("Night shift " + Guid.NewGuid().ToString("N")[..4], [lead, bench, staff]);
        }

        await using (var scope = app.ScopeAs(bench))
        {
            var messages = scope.ServiceProvider.GetRequiredService<MessageService>();
            Assert.False((await messages.ConversationAsync(group)).CanManageMembers);
            var refused = await Assert.ThrowsAsync<MessagingRuleException>(() => messages.AddMemberAsync(group, admin));
            Assert.Equal("Only the group's creator or someone who manages staff can change its members.", refused.Message);
        }

        await using (var scope = app.ScopeAs(lead))
        {
            var messages = scope.ServiceProvider.GetRequiredService<MessageService>();
            Assert.True((await messages.ConversationAsync(group)).CanManageMembers);
            await messages.AddMemberAsync(group, admin);
            await messages.RemoveMemberAsync(group, staff);
            var people = (await messages.ConversationAsync(group)).Participants.Select(p => p.UserId).ToList();
            Assert.Contains(admin, people);
            Assert.DoesNotContain(staff, people);
        }
    }

    /// <summary>A new user in a new custom role copied from <paramref name="copyFrom"/>, plus <paramref name="extra"/> grants.</summary>
    private static async Task<Guid> UserInCustomRoleAsync(LabApp app, string name, Guid copyFrom, UserRole startRole, params string[] extra)
    {
        var (userId, _) = await AdminTestData.NewUserAsync(app, startRole, name + " user");
        await using var admin = await app.ScopeAsAsync(AdminTestData.Admin);
        var roles = admin.ServiceProvider.GetRequiredService<RoleAdminService>();
        var (created, roleId) = await roles.CreateAsync(name + " " + Guid.NewGuid().ToString("N")[..6], "", copyFrom);
        Assert.True(created.Succeeded, created.Message);
        foreach (var permission in extra)
        {
            Assert.True((await roles.SetGrantAsync(roleId!.Value, permission, true)).Succeeded);
        }

        Assert.True((await roles.AssignAsync(userId, roleId!.Value)).Succeeded);
        return userId;
    }
}
