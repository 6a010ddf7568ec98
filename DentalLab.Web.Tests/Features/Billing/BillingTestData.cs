using DentalLab.Data.Entities;
using DentalLab.Web.Features.Billing;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Billing;

/// <summary>Arranges billing data directly in a test app's database.</summary>
internal static class BillingTestData
{
    public const string Staff = "staff@dentallab.test";

    public static async Task<DentistProfile> DentistAsync(LabApp app, string practiceStartsWith)
    {
        await using var db = app.Db();
        return await db.Set<DentistProfile>().AsNoTracking().FirstAsync(d => d.PracticeName.StartsWith(practiceStartsWith));
    }

    /// <summary>A delivered case of the dentist, received <paramref name="daysAgo"/> days ago, not invoiced.</summary>
    public static async Task<Case> DeliveredCaseAsync(LabApp app, Guid dentistId, ProcedureType procedure = ProcedureType.Crown,
        UrgencyLevel urgency = UrgencyLevel.Standard, int units = 1, short[]? teeth = null, int daysAgo = 10)
    {
        await using var db = app.Db();
        var now = DateTimeOffset.UtcNow;
        var @case = new Case
        {
            DentistId = dentistId,
            PatientCode = "PT-" + Guid.NewGuid().ToString("N")[..6],
            ProcedureType = procedure,
            Teeth = teeth ?? [14],
            Units = units,
            Urgency = urgency,
            Material = "Zirconia",
            Status = CaseStatus.Delivered,
            ReceivedAt = now.AddDays(-daysAgo),
            DueDate = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-2),
            ShippedAt = now.AddDays(-2),
            DeliveredAt = now.AddDays(-1),
        };
        db.Add(@case);
        await db.SaveChangesAsync();
        await db.Entry(@case).ReloadAsync();
        return @case;
    }

    public static async Task SetSettingAsync(LabApp app, string key, string json)
    {
        await using var db = app.Db();
        await db.Settings.Where(s => s.Key == key).ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, json));
        app.Services.GetRequiredService<LabSettings>().Invalidate();
    }

    /// <summary>A sent invoice for the dentist with the given delivered cases, created and sent through the service as staff.</summary>
    public static async Task<string> SentInvoiceAsync(LabApp app, Guid dentistId, params Guid[] caseIds)
    {
        var number = await DraftAsync(app, dentistId, caseIds);
        await using var scope = await app.ScopeAsAsync(Staff);
        var sent = await scope.ServiceProvider.GetRequiredService<InvoiceService>().SendAsync(number);
        Assert.True(sent.Succeeded, string.Join("; ", sent.Errors.Values));
        return number;
    }

    public static async Task<string> DraftAsync(LabApp app, Guid dentistId, params Guid[] caseIds)
    {
        await using var scope = await app.ScopeAsAsync(Staff);
        var (result, number) = await scope.ServiceProvider.GetRequiredService<InvoiceService>().CreateDraftAsync(dentistId, caseIds);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Values));
        return number!;
    }

    public static async Task<Invoice> InvoiceAsync(LabApp app, string number)
    {
        await using var db = app.Db();
        return await db.Invoices.AsNoTracking()
            .Include(i => i.Items.OrderBy(it => it.Position)).ThenInclude(it => it.Case)
            .Include(i => i.Payments)
            .SingleAsync(i => i.InvoiceNumber == number);
    }
}
