using DentalLab.Data.Entities;
using DentalLab.Web.Features.Compliance;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Validation;
using DentalLab.Web.Tests.Features.Workflow;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Compliance;

/// <summary>Cases at quality control with a lot-tracked material on them, checklists, settings and PDF text for the compliance tests.</summary>
internal static class ComplianceTestData
{
    public const string Tech = "tech@dentallab.test";
    public const string Manager = "manager@dentallab.test";
    public const string Dentist = "dentist@dentallab.test";
    public const string OtherDentist = "dentist2@dentallab.test";

    /// <summary>A case at quality control with shade, material, instructions and one material from a named lot.</summary>
    public static async Task<(string CaseNumber, Guid CaseId, string Lot, string Item, string Supplier)> AtQcAsync(LabApp app, ProcedureType procedure = ProcedureType.Crown, DateOnly? due = null)
    {
        var (number, id) = await WorkflowTestCases.CreateAsync(app, WorkflowStageName.QualityControl, procedure, due);
        var tag = Guid.NewGuid().ToString("N")[..6];
        await using var db = app.Db();
        var @case = await db.Cases.SingleAsync(c => c.Id == id);
        @case.Shade = "A2";
        @case.Material = "Zirconia HT";
        @case.Instructions = "Light occlusal contact " + tag;
        var supplier = new Supplier { Name = "Zircon Works " + tag };
        var item = new InventoryItem { Sku = "ZR-" + tag, Name = "Zirconia disc " + tag, Category = InventoryCategory.Materials, IsLotTracked = true, Supplier = supplier };
        var lot = new MaterialLot { Item = item, Supplier = supplier, LotNumber = "LOT-" + tag, ReceivedOn = new DateOnly(2026, 11, 1), QuantityReceived = 5, QuantityRemaining = 4 };
        db.AddRange(supplier, item, lot, new CaseMaterial { CaseId = id, Item = item, Lot = lot, Quantity = 1 });
        await db.SaveChangesAsync();
        return (number, id, lot.LotNumber, item.Name, supplier.Name);
    }

    public static async Task<IReadOnlyList<QcChecklistItem>> ChecklistAsync(LabApp app, ProcedureType procedure = ProcedureType.Crown)
    {
        await using var db = app.Db();
        return await db.QcChecklistItems.AsNoTracking().Where(i => i.ProcedureType == procedure && i.IsActive).OrderBy(i => i.Position).ToListAsync();
    }

    public static async Task<T> AsAsync<T>(LabApp app, string email, Func<IServiceProvider, Task<T>> call)
    {
        await using var scope = await app.ScopeAsAsync(email);
        return await call(scope.ServiceProvider);
    }

    public static Task<ChangeResult> PassAsync(LabApp app, string number, QcPassInput input) =>
        AsAsync(app, Tech, sp => sp.GetRequiredService<WorkflowService>().QcPassAsync(number, input));

    public static async Task<ChangeResult> PassAllAsync(LabApp app, string number, string? notMet = null)
    {
        var items = await ChecklistAsync(app);
        return await PassAsync(app, number, new QcPassInput([.. items.Select(i => i.Id)], notMet));
    }

    /// <summary>Sets a settings row (JSON value) and makes the app read it at once.</summary>
    public static async Task SetSettingAsync(LabApp app, string key, string json)
    {
        await using (var db = app.Db())
        {
            await db.Settings.Where(s => s.Key == key).ExecuteUpdateAsync(u => u.SetProperty(s => s.Value, json));
        }

        app.Services.GetRequiredService<LabSettings>().Invalidate();
    }

    /// <summary>The PDF's text with all white space removed (PdfPig splits lines and words its own way).</summary>
    public static string PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return Squash(string.Concat(document.GetPages().Select(p => p.Text)));
    }

    public static string Squash(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
