using System.Reflection;
using DentalLab.Data.Entities;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Layout;

/// <summary>
/// The pages people open on a phone, at 390×844 in Chromium: every portal page (from the route table, so a new one is
/// checked without being listed), the board, the scan station, the case page and the driver's route. None scrolls
/// sideways, and the header's controls are all on screen and do not overlap.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class PhoneWidthTests(LabServerFixture server)
{
    private const string Dentist = "dentist@dentallab.test";

    [Fact]
    public async Task Every_portal_page_fits_a_phone_and_its_header_controls_do_not_overlap()
    {
        var app = await server.SharedAppAsync("layout");
        var urls = new List<string>();
        foreach (var template in PortalRoutes())
        {
            urls.Add(template
                .Replace("{CaseNumber}", await SampleCaseAsync(app, Dentist), StringComparison.Ordinal)
                .Replace("{ConversationId:guid}", await SampleConversationAsync(app, Dentist), StringComparison.Ordinal));
        }

        Assert.Contains("/portal", urls);
        Assert.Contains("/portal/cases/new", urls);
        await AssertFitsAsync(app, Dentist, urls);
    }

    [Theory]
    [InlineData("tech@dentallab.test", "/board")]
    [InlineData("tech@dentallab.test", "/scan")]
    [InlineData("manager@dentallab.test", "/cases/{CaseNumber}")]
    [InlineData("staff@dentallab.test", "/logistics/my-route")]
    public async Task The_staff_pages_used_on_a_phone_fit_390_px(string email, string template)
    {
        var app = await server.SharedAppAsync("layout");
        var url = template.Replace("{CaseNumber}", await SampleCaseAsync(app, null), StringComparison.Ordinal);
        await AssertFitsAsync(app, email, [url]);
    }

    private async Task AssertFitsAsync(LabApp app, string email, IReadOnlyList<string> urls)
    {
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new()
        {
            BaseURL = app.BaseUrl, ViewportSize = new() { Width = 390, Height = 844 }, HasTouch = true, IsMobile = true,
        });
        var page = await context.NewPageAsync();
        await page.SignInAsync(email);
        await page.WaitForURLAsync(u => !u.Contains("/account/login", StringComparison.Ordinal));
        var problems = new List<string>();
        foreach (var url in urls)
        {
            await page.GotoAsync(url);
            await page.WaitForInteractiveAsync();
            await Assertions.Expect(page.Locator("main, .mud-main-content").First).ToBeVisibleAsync();
            if (await LayoutProbe.OverflowAsync(page) is { } overflow)
            {
                problems.Add($"{url}: {overflow}");
            }

            if (await LayoutProbe.HeaderClashAsync(page) is { } clash)
            {
                problems.Add($"{url}: header: {clash}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static IEnumerable<string> PortalRoutes() =>
        typeof(Program).Assembly.GetTypes()
            .Where(t => typeof(IComponent).IsAssignableFrom(t))
            .SelectMany(t => t.GetCustomAttributes<RouteAttribute>())
            .Select(r => r.Template)
            .Where(t => t == "/portal" || t.StartsWith("/portal/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The newest case with teeth (the tooth chart shows), of the dentist when one is named.</summary>
    private static async Task<string> SampleCaseAsync(LabApp app, string? dentistEmail)
    {
        await using var db = app.Db();
        var normalized = dentistEmail?.ToUpperInvariant();
        var dentistId = await db.DentistProfiles.Where(d => d.User!.NormalizedEmail == normalized).Select(d => (Guid?)d.Id).FirstOrDefaultAsync();
        return await db.Cases.Where(c => dentistId == null || c.DentistId == dentistId)
            .Where(c => c.Status != CaseStatus.Cancelled)
            .OrderByDescending(c => c.ReceivedAt).Select(c => c.CaseNumber).FirstAsync();
    }

    private static async Task<string> SampleConversationAsync(LabApp app, string email)
    {
        await using var db = app.Db();
        var normalized = email.ToUpperInvariant();
        var id = await db.ConversationParticipants.Where(p => p.User!.NormalizedEmail == normalized && p.LeftAt == null)
            .OrderByDescending(p => p.JoinedAt).Select(p => p.ConversationId).FirstAsync();
        return id.ToString();
    }
}
