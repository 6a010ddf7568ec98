using System.Text;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Text;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace DentalLab.Web.Tests.Features.Text;

/// <summary>One vocabulary: every enum has its words in Labels, and a stage reads the same on the board, the portal, the ticket PDF and the CSV.</summary>
[Collection(LabCollection.Name)]
public sealed class LabelsTests(LabServerFixture server)
{
    public static TheoryData<Type> Enums()
    {
        var data = new TheoryData<Type>();
        foreach (var type in typeof(Case).Assembly.GetTypes().Where(t => t.IsEnum && t.IsPublic && t.Namespace == typeof(Case).Namespace))
        {
            data.Add(type);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void Every_enum_of_the_entities_has_its_own_words_for_every_value(Type type)
    {
        Assert.NotNull(typeof(Labels).GetMethod(nameof(Labels.Label), [type]));
        var of = typeof(Labels).GetMethods().Single(m => m.Name == nameof(Labels.Of) && !m.GetParameters()[0].ParameterType.IsGenericType).MakeGenericMethod(type);
        var labels = Enum.GetValues(type).Cast<object>().Select(v => (Value: v, Text: (string)of.Invoke(null, [v])!)).ToList();
        Assert.All(labels, l =>
        {
            Assert.False(string.IsNullOrWhiteSpace(l.Text));
            // No raw enum names reach people: "PartialDenture", "BankTransfer" are two words.
            Assert.DoesNotMatch("[a-z][A-Z]", l.Text);
            Assert.Equal((string)typeof(Labels).GetMethod(nameof(Labels.Label), [type])!.Invoke(null, [l.Value])!, l.Text);
        });
        Assert.Equal(labels.Count, labels.Select(l => l.Text).Distinct().Count());
    }

    [Fact]
    public void Words_people_reported_read_as_words() =>
        Assert.Equal(
            ["Partial denture", "Night guard", "Bank transfer", "Credit card", "Impression / scan", "Quality control", "On hold"],
            [Labels.Label(ProcedureType.PartialDenture), Labels.Label(ProcedureType.NightGuard), Labels.Label(PaymentMethod.BankTransfer),
                Labels.Label(PaymentMethod.CreditCard), Labels.Label(WorkflowStageName.ImpressionScan), Labels.Label(CaseStatus.Qc), Labels.Label(CaseStatus.OnHold)]);

    [Fact]
    public void A_sent_invoice_with_part_of_it_paid_reads_partly_paid()
    {
        Assert.Equal("Partly paid", Labels.InvoiceState(InvoiceStatus.Sent, 10m, 90m));
        Assert.Equal("Overdue, partly paid", Labels.InvoiceState(InvoiceStatus.Overdue, 10m, 90m));
        Assert.Equal("Sent", Labels.InvoiceState(InvoiceStatus.Sent, 0m, 100m));
        Assert.Equal("Paid", Labels.InvoiceState(InvoiceStatus.Paid, 100m, 0m));
    }

    [Fact]
    public void Ages_count_in_the_singular_for_one() =>
        Assert.Equal(
            ["1 day ago", "2 days ago", "1 hour ago", "1 minute ago"],
            [Web.Features.Notifications.NotificationBell.Ago(DateTimeOffset.UtcNow.AddHours(-25)), Web.Features.Notifications.NotificationBell.Ago(DateTimeOffset.UtcNow.AddDays(-2.1)),
                Web.Features.Notifications.NotificationBell.Ago(DateTimeOffset.UtcNow.AddMinutes(-61)), Web.Features.Notifications.NotificationBell.Ago(DateTimeOffset.UtcNow.AddSeconds(-61))]);

    [Fact]
    public async Task A_stage_has_the_same_name_on_the_board_the_portal_the_ticket_and_the_csv()
    {
        var app = await server.SharedAppAsync("labels");
        var (number, _) = await Workflow.WorkflowTestCases.CreateAsync(app, WorkflowStageName.ImpressionScan);
        var name = Labels.Label(WorkflowStageName.ImpressionScan);

        await using var staff = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var board = await staff.NewPageAsync();
        await board.SignInAsync("tech@dentallab.test");
        await board.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await board.GotoAsync("/board");
        await board.WaitForInteractiveAsync();
        var column = board.Locator("[data-stage=ImpressionScan]");
        await Assertions.Expect(column.Locator($"[data-case='{number}']")).ToBeVisibleAsync();
        await Assertions.Expect(column.GetByRole(AriaRole.Heading).First).ToHaveTextAsync(name);

        await using var dentist = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var portal = await dentist.NewPageAsync();
        await portal.SignInAsync(Workflow.WorkflowTestCases.DentistEmail);
        await portal.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await portal.GotoAsync($"/portal/cases/{number}");
        await portal.WaitForInteractiveAsync();
        await Assertions.Expect(portal.GetByText(name, new() { Exact = true }).First).ToBeVisibleAsync();
        await Assertions.Expect(portal.GetByTestId("where-it-is")).ToContainTextAsync(name.ToLowerInvariant());

        using var http = new LabHttp(app);
        await http.SignInAsync("manager@dentallab.test", DemoDataGenerator.DemoPassword);
        using var pdf = PdfDocument.Open(await (await http.GetAsync($"/cases/{number}/ticket.pdf")).Content.ReadAsByteArrayAsync());
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains(name, words, StringComparison.Ordinal);

        var csv = Encoding.UTF8.GetString(await (await http.GetAsync($"/cases/export.csv?q={number}")).Content.ReadAsByteArrayAsync());
        Assert.Contains($",{name},", csv, StringComparison.Ordinal);
    }
}
