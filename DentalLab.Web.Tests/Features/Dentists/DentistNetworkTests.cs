using System.Net;
using System.Text.RegularExpressions;
using DentalLab.Data.Entities;
using DentalLab.Web.Features.Dentists;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Dentists;

/// <summary>Partner applications from the public form to a signed-in dentist, and the dentists' profiles.</summary>
[Collection(LabCollection.Name)]
public sealed partial class DentistNetworkTests(LabServerFixture server)
{
    [Fact]
    public async Task An_approved_applicant_sets_a_password_from_the_emailed_link_and_lands_in_the_portal()
    {
        var app = await server.SharedAppAsync("dentists");
        var input = NewApplication();
        await using var anonymous = app.Services.CreateAsyncScope();
        var result = await anonymous.ServiceProvider.GetRequiredService<DentistApplicationService>().SubmitAsync(input, "10.0.0.1");
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Values));
        Assert.Contains("received your partner application", await app.WaitForEmailAsync(input.Email), StringComparison.OrdinalIgnoreCase);

        await using var admin = await app.ScopeAsAsync("admin@dentallab.test");
        var applications = admin.ServiceProvider.GetRequiredService<DentistApplicationService>();
        var pending = Assert.Single(await applications.ListAsync(ApplicationStatus.Pending, input.Email));
        Assert.True((await applications.ApproveAsync(pending.Id)).Succeeded);

        var invitation = Eml.Body(await app.WaitForEmailAsync("Your DentalLab account"));
        var token = Uri.UnescapeDataString(ResetLink().Match(invitation).Groups[1].Value);
        Assert.Empty(await admin.ServiceProvider.GetRequiredService<AccountService>().ResetPasswordAsync(token, "my practice passphrase"));

        using var http = new LabHttp(app);
        var signIn = await http.SignInAsync(input.Email, "my practice passphrase");
        Assert.Equal("/portal", LabHttp.PathOf(signIn));
        var portal = WebUtility.HtmlDecode(await (await http.GetAsync("/portal")).Content.ReadAsStringAsync());
        Assert.Contains(input.PracticeName, portal, StringComparison.Ordinal);

        await using var db = app.Db();
        var reviewed = await db.Set<DentistApplication>().SingleAsync(a => a.Id == pending.Id);
        Assert.Equal(ApplicationStatus.Approved, reviewed.Status);
        Assert.Equal(LabApp.CurrentUserOf(admin).UserId, reviewed.ReviewedById);
        Assert.NotNull(reviewed.ReviewedAt);
        var profile = await db.Set<DentistProfile>().SingleAsync(d => d.Id == reviewed.CreatedDentistId);
        Assert.Equal("Gabinet Łódź Śródmieście", profile.PracticeName);
        Assert.True(await db.AuditLog.AnyAsync(a => a.TableName == "dentist_applications" && a.RecordId == pending.Id.ToString() && a.Action == AuditAction.Update));
    }

    [Fact]
    public async Task A_rejection_emails_the_reason_and_a_reason_is_required()
    {
        var app = await server.SharedAppAsync("dentists");
        var input = NewApplication();
        await using (var anonymous = app.Services.CreateAsyncScope())
        {
            Assert.True((await anonymous.ServiceProvider.GetRequiredService<DentistApplicationService>().SubmitAsync(input, "10.0.0.2")).Succeeded);
        }

        await using var manager = await app.ScopeAsAsync("manager@dentallab.test");
        var applications = manager.ServiceProvider.GetRequiredService<DentistApplicationService>();
        var pending = Assert.Single(await applications.ListAsync(ApplicationStatus.Pending, input.Email));
        Assert.Equal("Give the reason: the applicant receives it.", (await applications.RejectAsync(pending.Id, "  ")).For("Reason"));
        Assert.True((await applications.RejectAsync(pending.Id, "We only work with practices in the EU.")).Succeeded);
        var mail = Eml.Body(await app.WaitForEmailAsync("Your partner application"));
        Assert.Contains("We only work with practices in the EU.", mail, StringComparison.Ordinal);
        Assert.False((await applications.ApproveAsync(pending.Id)).Succeeded);
    }

    [Fact]
    public async Task Duplicates_bots_and_floods_are_refused_with_a_clear_message()
    {
        var app = await server.SharedAppAsync("dentists");
        await using var scope = app.Services.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<DentistApplicationService>();
        var first = NewApplication();
        Assert.True((await applications.SubmitAsync(first, "10.0.0.3")).Succeeded);

        var sameEmail = NewApplication();
        sameEmail.Email = first.Email.ToUpperInvariant();
        Assert.Equal("An application with this email address is already waiting for review.", (await applications.SubmitAsync(sameEmail, "10.0.0.3")).Errors["Email"]);

        var sameLicense = NewApplication();
        sameLicense.LicenseNumber = first.LicenseNumber;
        Assert.Contains("license number", (await applications.SubmitAsync(sameLicense, "10.0.0.3")).Errors["LicenseNumber"], StringComparison.Ordinal);

        var existingUser = NewApplication();
        existingUser.Email = "dentist2@dentallab.test";
        // The same answer as a new application (no account enumeration); the address's owner is emailed instead.
        Assert.True((await applications.SubmitAsync(existingUser, "10.0.0.3")).Succeeded);
        Assert.Contains("already has a DentalLab account", Eml.Body(await app.WaitForEmailAsync("already has a DentalLab account")), StringComparison.Ordinal);

        var bot = NewApplication();
        bot.Website = "http://spam.example";
        Assert.True((await applications.SubmitAsync(bot, "10.0.0.3")).Succeeded);
        await using var db = app.Db();
        Assert.False(await db.Set<DentistApplication>().AnyAsync(a => a.Email == bot.Email.ToLowerInvariant()));

        for (var i = 0; i < DentistApplicationService.MaxPerHourFromOneAddress; i++)
        {
            Assert.True((await applications.SubmitAsync(NewApplication(), "10.9.9.9")).Succeeded);
        }

        Assert.Contains("Too many applications", (await applications.SubmitAsync(NewApplication(), "10.9.9.9")).Errors[""], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_profile_shows_metrics_computed_from_cases_and_invoices()
    {
        var app = await server.SharedAppAsync("dentists");
        Guid dentistId;
        await using (var db = app.Db())
        {
            var dentist = new DentistProfile
            {
                PracticeName = "Praxis Müller", DentistName = "Dr. Müller", LicenseNumber = "M-" + Guid.NewGuid().ToString("N")[..6],
                LicenseRegion = "DE-BE", Email = "mueller@example.test", Status = DentistStatus.Active,
            };
            db.Add(dentist);
            await db.SaveChangesAsync();
            dentistId = dentist.Id;
            var now = DateTimeOffset.UtcNow;
            var today = DateOnly.FromDateTime(now.UtcDateTime);
            db.AddRange(
                NewCase(dentistId, now.AddDays(-10), today.AddDays(-2), delivered: now.AddDays(-4)),   // on time, 6 days
                NewCase(dentistId, now.AddDays(-10), today.AddDays(-6), delivered: now.AddDays(-2)),   // late, 8 days
                NewCase(dentistId, now.AddDays(-1), today.AddDays(5), delivered: null));
            await db.SaveChangesAsync();
            var original = await db.Set<Case>().FirstAsync(c => c.DentistId == dentistId);
            var remake = NewCase(dentistId, now, today.AddDays(5), delivered: null);
            remake.ParentCaseId = original.Id;
            remake.RemakeReason = "fit";
            remake.RemakePayer = RemakePayer.Lab;
            db.Add(remake);
            db.Add(new Invoice { DentistId = dentistId, Status = InvoiceStatus.Sent, IssueDate = today, DueDate = today.AddDays(30), Subtotal = 300m, Total = 300m, AmountPaid = 120m });
            await db.SaveChangesAsync();
        }

        await using var staff = await app.ScopeAsAsync("staff@dentallab.test");
        var view = await staff.ServiceProvider.GetRequiredService<DentistService>().GetAsync(dentistId);
        Assert.NotNull(view);
        Assert.Equal(50.0m, view.Metrics.OnTimeRatePercent);
        Assert.Equal(25.0m, view.Metrics.RemakeRatePercent);
        Assert.Equal(7.0m, view.Metrics.AverageTurnaroundDays);
        Assert.Equal(300m, view.Metrics.RevenueThisYear);
        Assert.Equal(180m, view.Metrics.Outstanding);
        var yearStart = new DateTimeOffset(DateTimeOffset.UtcNow.Year, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var received = new[] { DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow.AddDays(-10), DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow };
        Assert.Equal(received.Count(r => r >= yearStart), view.Metrics.CasesThisYear);

        // staff may look but not change; a technician may not even look.
        await Assert.ThrowsAsync<ForbiddenException>(() => staff.ServiceProvider.GetRequiredService<DentistService>().SetStatusAsync(dentistId, DentistStatus.Inactive));
        await using var tech = await app.ScopeAsAsync("tech@dentallab.test");
        await Assert.ThrowsAsync<ForbiddenException>(() => tech.ServiceProvider.GetRequiredService<DentistService>().GetAsync(dentistId));
    }

    [Fact]
    public async Task Deactivating_a_dentist_ends_their_portal_access_at_once()
    {
        var app = await server.SharedAppAsync("dentists-deactivate");
        using var http = new LabHttp(app);
        await http.SignInAsync("dentist2@dentallab.test", DentalLab.Data.Seed.DemoDataGenerator.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/portal")).StatusCode);

        await using var db = app.Db();
        var dentistId = await db.Set<DentistProfile>().Where(d => d.User!.NormalizedEmail == "DENTIST2@DENTALLAB.TEST").Select(d => d.Id).SingleAsync();
        await using var manager = await app.ScopeAsAsync("manager@dentallab.test");
        var result = await manager.ServiceProvider.GetRequiredService<DentistService>().SetStatusAsync(dentistId, DentistStatus.Inactive);
        Assert.True(result.Succeeded);

        Assert.Equal("/account/login", LabHttp.PathOf(await http.GetAsync("/portal")));
        Assert.Contains("deactivated", await (await new LabHttp(app).SignInAsync("dentist2@dentallab.test", DentalLab.Data.Seed.DemoDataGenerator.DemoPassword)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static Case NewCase(Guid dentistId, DateTimeOffset received, DateOnly due, DateTimeOffset? delivered) => new()
    {
        DentistId = dentistId,
        PatientCode = "P-" + Guid.NewGuid().ToString("N")[..6],
        ProcedureType = ProcedureType.Crown,
        Teeth = [11],
        Units = 1,
        Urgency = UrgencyLevel.Standard,
        Priority = PriorityLevel.Medium,
        Status = delivered is null ? CaseStatus.Received : CaseStatus.Delivered,
        CurrentStage = delivered is null ? WorkflowStageName.Receiving : null,
        ReceivedAt = received,
        DueDate = due,
        DeliveredAt = delivered,
    };

    private static ApplicationInput NewApplication()
    {
        var id = Guid.NewGuid().ToString("N")[..8];
        return new ApplicationInput
        {
            PracticeName = "Gabinet Łódź Śródmieście",
            DentistName = "Dr Agnieszka Wójcik",
            LicenseNumber = "PL-" + id,
            LicenseRegion = "PL",
            Email = $"applicant-{id}@example.test",
            AddressLine1 = "ul. Piotrkowska 12",
            City = "Łódź",
            Country = "Poland",
            ExpectedMonthlyVolume = 20,
        };
    }

    [GeneratedRegex(@"reset-password\?token=([A-Za-z0-9_\-%]+)")]
    private static partial Regex ResetLink();
}
