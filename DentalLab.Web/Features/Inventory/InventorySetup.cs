using DentalLab.Data.Seed;
using DentalLab.Web.Features.Inventory.Suppliers;
using DentalLab.Web.Infrastructure.Csv;
using DentalLab.Web.Infrastructure.Settings;

namespace DentalLab.Web.Features.Inventory;

/// <summary>Registers the inventory module: queries, the stock, item, supplier and recall services, and the CSV/PDF endpoints.</summary>
public static class InventorySetup
{
    public static IServiceCollection AddInventoryFeatures(this IServiceCollection services)
    {
        services.AddScoped<InventoryQueries>();
        services.AddScoped<InventoryService>();
        services.AddScoped<StockService>();
        services.AddScoped<RecallService>();
        services.AddScoped<SupplierService>();
        return services;
    }

    public static IEndpointRouteBuilder MapInventoryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/inventory/export.csv", async (HttpContext http, InventoryQueries queries) =>
        {
            var query = InventoryListQuery.Parse(name => http.Request.Query[name].FirstOrDefault());
            await CsvWriter.StreamAsync(http, "inventory", ListColumns, queries.ExportAsync(query, http.RequestAborted));
        }).RequireAuthorization(PermissionCodes.InventoryView);

        app.MapGet("/inventory/reorder.csv", async (HttpContext http, InventoryQueries queries) =>
        {
            var list = await queries.ReorderListAsync(http.RequestAborted);
            var rows = list.Groups.SelectMany(g => g.Lines.Select(l => (Group: g, Line: l))).ToList();
            await CsvWriter.StreamAsync(http, "reorder-list", ReorderColumns, ToAsync(rows));
        }).RequireAuthorization(PermissionCodes.InventoryView);

        app.MapGet("/inventory/reorder.pdf", async (InventoryQueries queries, LabSettings settings, CancellationToken ct) =>
        {
            var list = await queries.ReorderListAsync(ct);
            var pdf = InventoryPdf.Reorder(list, await settings.GetStringAsync("lab.name", "DentalLab"), await settings.GetStringAsync("billing.paper_size", "A4"));
            return Results.File(pdf, "application/pdf", $"reorder-list-{list.Today:yyyy-MM-dd}.pdf");
        }).RequireAuthorization(PermissionCodes.InventoryView);

        app.MapGet("/inventory/lots/{lotId:guid}/recall.csv", async (HttpContext http, Guid lotId, RecallService recalls, LabSettings settings) =>
        {
            if (await recalls.DocumentAsync(lotId, http.RequestAborted) is not { } doc)
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await CsvWriter.StreamAsync(http, $"recall-{doc.Lot.LotNumber}", RecallService.CsvColumns(await settings.TimeZoneAsync()), ToAsync(doc.Lot.Cases));
        }).RequireAuthorization(PermissionCodes.InventoryManage);

        app.MapGet("/inventory/lots/{lotId:guid}/recall.pdf", async (Guid lotId, RecallService recalls, CancellationToken ct) =>
            await recalls.DocumentAsync(lotId, ct) is { } doc
                ? Results.File(InventoryPdf.Recall(doc.Lot, doc.LabName, await recalls.PaperSizeAsync()), "application/pdf", $"recall-{doc.Lot.LotNumber}.pdf")
                : Results.NotFound())
            .RequireAuthorization(PermissionCodes.InventoryManage);
        return app;
    }

    public static readonly IReadOnlyList<CsvColumn<InventoryRow>> ListColumns =
    [
        new("SKU", r => r.Sku),
        new("Name", r => r.Name),
        new("Category", r => InventoryLabels.Label(r.Category)),
        new("On hand", r => CsvWriter.Number(r.QuantityOnHand)),
        new("Unit", r => r.Unit),
        new("Reorder level", r => CsvWriter.Number(r.ReorderLevel)),
        new("Reorder quantity", r => CsvWriter.Number(r.ReorderQuantity)),
        new("Low stock", r => CsvWriter.YesNo(r.IsLowStock)),
        new("Unit cost", r => CsvWriter.Money(r.UnitCost)),
        new("Stock value", r => CsvWriter.Money(r.StockValue)),
        new("Supplier", r => r.Supplier),
        new("Location", r => r.Location),
        new("Lot-tracked", r => CsvWriter.YesNo(r.IsLotTracked)),
        new("Next expiry", r => CsvWriter.Date(r.NextExpiry)),
    ];

    private static readonly IReadOnlyList<CsvColumn<(ReorderGroup Group, ReorderLine Line)>> ReorderColumns =
    [
        new("Supplier", r => r.Group.Supplier),
        new("Supplier email", r => r.Group.Email),
        new("Lead time (days)", r => r.Group.LeadTimeDays is { } d ? CsvWriter.Number(d) : ""),
        new("SKU", r => r.Line.Sku),
        new("Name", r => r.Line.Name),
        new("On hand", r => CsvWriter.Number(r.Line.QuantityOnHand)),
        new("Reorder level", r => CsvWriter.Number(r.Line.ReorderLevel)),
        new("Suggested quantity", r => CsvWriter.Number(r.Line.SuggestedQuantity)),
        new("Unit", r => r.Line.Unit),
        new("Unit cost", r => CsvWriter.Money(r.Line.UnitCost)),
        new("Cost", r => CsvWriter.Money(r.Line.Cost)),
    ];

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }
}
