using DentalLab.Web.Features.Dentists;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Dentists;

/// <summary>A manager reviews applications in the browser: approve one, reject another with a reason.</summary>
[Collection(LabCollection.Name)]
public sealed class ApplicationsPageTests(LabServerFixture server)
{
    [Fact]
    public async Task A_manager_approves_one_application_and_rejects_another_with_a_reason()
    {
        var app = await server.SharedAppAsync("applications-page");
        var suffix = Guid.NewGuid().ToString("N")[..6];
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var service = scope.ServiceProvider.GetRequiredService<DentistApplicationService>();
            foreach (var practice in new[] { $"Clinique Dupont {suffix}", $"Studio Rossi {suffix}" })
            {
                var result = await service.SubmitAsync(new ApplicationInput
                {
                    PracticeName = practice, DentistName = "Dr " + practice, LicenseNumber = "L-" + Guid.NewGuid().ToString("N")[..8],
                    LicenseRegion = "FR", Email = $"{Guid.NewGuid():N}@example.test", AddressLine1 = "1 rue Haute", City = "Lyon", Country = "France",
                }, "10.1.1.1");
                Assert.True(result.Succeeded);
            }
        }

        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync("manager@dentallab.test");
        await page.WaitForURLAsync(app.BaseUrl + "/");
        // Click only once the page is interactive: a link followed during start-up can leave the old page showing.
        await page.WaitForInteractiveAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Applications", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(app.BaseUrl + "/applications");
        await page.WaitForInteractiveAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Approve Clinique Dupont {suffix}" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Clinique Dupont {suffix} approved")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = $"Reject Studio Rossi {suffix}" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(dialog.GetByText("Give the reason: the applicant receives it.")).ToBeVisibleAsync();
        await dialog.GetByLabel("Reason").FillAsync("Outside our delivery area.");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Studio Rossi {suffix} rejected")).ToBeVisibleAsync();

        await using var db = app.Db();
        Assert.True(await db.Set<DentalLab.Data.Entities.DentistProfile>().AnyAsync(d => d.PracticeName == $"Clinique Dupont {suffix}" && d.UserId != null));
    }
}
