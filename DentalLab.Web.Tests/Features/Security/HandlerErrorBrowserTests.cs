using DentalLab.Web.Tests.Features.Cases;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Security;

/// <summary>
/// An unexpected error in an event handler — of a page, or of a dialog (dialogs render apart from the page) — shows
/// "Something went wrong" and the connection stays up: the app bar still answers, and the next page opens without
/// a reload. The fault is real code failing: the app's clock throws while one chosen service method runs.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class HandlerErrorBrowserTests(LabServerFixture server)
{
    private const string Failed = "Something went wrong on this page and it has been logged.";

    [Fact]
    public async Task A_failing_handler_of_a_page_or_a_dialog_shows_the_message_and_the_circuit_stays_alive()
    {
        var clock = new FaultyClock();
        await using var app = LabApp.StartOn(await server.CreateDatabaseAsync(), server.WorkFolder, demo: true,
            services: s => s.AddSingleton<TimeProvider>(clock));
        var dentist = await CaseTestData.DentistOfAsync(app, "dentist@dentallab.test");
        var number = await CaseTestData.CreateAsync(app, CaseTestData.Crown(dentist, "Handler Error"));

        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync(CaseTestData.Staff);
        await page.WaitForURLAsync(app.BaseUrl + "/");

        // A dialog's handler: "Put on hold" runs the hold inside the reason dialog.
        await OpenCaseAsync(page, number);
        await page.GetByRole(AriaRole.Button, new() { Name = "Put on hold" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.GetByLabel("Why is it on hold?").FillAsync("Waiting for the dentist");
        clock.FailIn = "WorkflowService.";
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Put on hold" }).ClickAsync();
        await Assertions.Expect(page.GetByText(Failed)).ToBeVisibleAsync();
        clock.FailIn = null;
        await ExpectAliveAsync(page);

        // A page's handler: "Add note" on the case page.
        await OpenCaseAsync(page, number);
        await page.GetByLabel("New note").FillAsync("This note fails");
        clock.FailIn = "CaseService.AddNoteAsync";
        await page.GetByRole(AriaRole.Button, new() { Name = "Add note" }).ClickAsync();
        await Assertions.Expect(page.GetByText(Failed)).ToBeVisibleAsync();
        clock.FailIn = null;
        await ExpectAliveAsync(page);
        Assert.True(clock.Failures >= 2, $"the injected fault fired {clock.Failures} times");
    }

    private static async Task OpenCaseAsync(IPage page, string number)
    {
        await page.GotoAsync($"/cases/{number}");
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Put on hold" })).ToBeVisibleAsync();
    }

    /// <summary>The circuit answers: the dark-mode switch (a server handler outside the page) flips, and a link opens the next page in place.</summary>
    private static async Task ExpectAliveAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to light mode" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Switch to dark mode" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#components-reconnect-modal.components-reconnect-show, #components-reconnect-modal.components-reconnect-failed")).ToHaveCountAsync(0);
    }

    /// <summary>The system clock, except that it throws while a frame whose name contains <see cref="FailIn"/> is on the stack (the saving interceptors read it too).</summary>
    private sealed class FaultyClock : TimeProvider
    {
        private volatile string? _failIn;
        private int _failures;

        public string? FailIn { get => _failIn; set => _failIn = value; }

        public int Failures => _failures;

        public override DateTimeOffset GetUtcNow()
        {
            if (_failIn is { } method && Environment.StackTrace.Contains(method, StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _failures);
                throw new InvalidOperationException("Injected failure for the handler error test.");
            }

            return base.GetUtcNow();
        }
    }
}
