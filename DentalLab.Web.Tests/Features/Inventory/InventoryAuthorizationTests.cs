using System.Net;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Inventory;
using DentalLab.Web.Features.Inventory.Suppliers;
using DentalLab.Web.Infrastructure.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Inventory;

/// <summary>Who reaches what: technicians transact but neither manage nor recall, staff only look, a dentist finds nothing at all.</summary>
[Collection(LabCollection.Name)]
public sealed class InventoryAuthorizationTests(LabServerFixture server)
{
    private const string AppKey = "inventory";

    [Fact]
    public async Task A_technician_books_movements_but_cannot_manage_items_suppliers_or_recall()
    {
        var app = await server.SharedAppAsync(AppKey);
        var item = await InventoryTestData.ItemAsync(app, lotTracked: true);
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(3, "AUTH-1"), InventoryTestData.Tech);
        var lot = await InventoryTestData.LotAsync(app, item.Id, "AUTH-1");

        await using var scope = await app.ScopeAsAsync(InventoryTestData.Tech);
        var services = scope.ServiceProvider;
        Assert.NotNull(await services.GetRequiredService<InventoryQueries>().ItemAsync(item.Sku));
        await Assert.ThrowsAsync<ForbiddenException>(() => services.GetRequiredService<InventoryService>().CreateAsync(new ItemInput { Sku = "NOPE", Name = "Nope" }));
        await Assert.ThrowsAsync<ForbiddenException>(() => services.GetRequiredService<InventoryService>().UpdateAsync(item.Sku, new ItemInput { Sku = item.Sku, Name = "x" }, 0));
        await Assert.ThrowsAsync<ForbiddenException>(() => services.GetRequiredService<SupplierService>().CreateAsync(new SupplierInput { Name = "Nope" }));
        await Assert.ThrowsAsync<ForbiddenException>(() => services.GetRequiredService<RecallService>().RecallAsync(lot.Id, "no"));
        await Assert.ThrowsAsync<ForbiddenException>(() => services.GetRequiredService<InventoryQueries>().LotAsync(lot.Id));

        using var http = new LabHttp(app);
        await http.SignInAsync(InventoryTestData.Tech, DemoDataGenerator.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync($"/inventory/{item.Sku}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/inventory/lots/{lot.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync($"/inventory/lots/{lot.Id}/recall.pdf")).StatusCode);
    }

    [Fact]
    public async Task Front_desk_staff_view_and_export_stock_but_book_nothing()
    {
        var app = await server.SharedAppAsync(AppKey);
        var item = await InventoryTestData.ItemAsync(app, lotTracked: false);
        var denied = await Assert.ThrowsAsync<ForbiddenException>(() => InventoryTestData.TryMoveAsync(app, item.Sku, InventoryTestData.Receive(1), InventoryTestData.Staff));
        Assert.Equal(PermissionCodes.InventoryTransact, denied.Permission);
        await using (var scope = await app.ScopeAsAsync(InventoryTestData.Staff))
        {
            var list = await scope.ServiceProvider.GetRequiredService<InventoryQueries>().ListAsync(new InventoryListQuery { Search = item.Sku });
            Assert.Equal(item.Sku, Assert.Single(list.Rows).Sku);
            await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<InventoryService>().CreateAsync(new ItemInput()));
        }

        using var http = new LabHttp(app);
        await http.SignInAsync(InventoryTestData.Staff, DemoDataGenerator.DemoPassword);
        var csv = await http.GetAsync("/inventory/export.csv?low=true&sort=value&desc=true");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var rows = System.Text.Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("SKU,Name,Category,On hand,Unit,Reorder level", rows[0], StringComparison.Ordinal);
        Assert.True(rows.Length > 1, "The demo lab has low-stock items.");
        Assert.All(rows.Skip(1), r => Assert.Contains(",yes,", r, StringComparison.Ordinal));
        foreach (var page in new[] { "/inventory", "/inventory/reorder", "/suppliers", $"/inventory/{item.Sku}" })
        {
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(page)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/inventory/reorder.pdf")).StatusCode);
    }

    [Fact]
    public async Task A_dentist_gets_not_found_for_every_inventory_address()
    {
        var app = await server.SharedAppAsync(AppKey);
        var item = await InventoryTestData.ItemAsync(app, lotTracked: true);
        await InventoryTestData.MoveAsync(app, item.Sku, InventoryTestData.Receive(1, "DENT-1"));
        var lot = await InventoryTestData.LotAsync(app, item.Id, "DENT-1");
        var supplier = item.SupplierId!.Value;

        using var http = new LabHttp(app);
        await http.SignInAsync(InventoryTestData.Dentist, DemoDataGenerator.DemoPassword);
        foreach (var address in new[]
        {
            "/inventory", "/inventory?q=ZR", $"/inventory/{item.Sku}", "/inventory/reorder", $"/inventory/lots/{lot.Id}", "/suppliers", $"/suppliers/{supplier}",
            "/inventory/export.csv", "/inventory/reorder.csv", "/inventory/reorder.pdf", $"/inventory/lots/{lot.Id}/recall.csv", $"/inventory/lots/{lot.Id}/recall.pdf",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(address)).StatusCode);
        }

        await using var scope = await app.ScopeAsAsync(InventoryTestData.Dentist);
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<InventoryQueries>().ListAsync(new InventoryListQuery()));
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<SupplierService>().ListAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => scope.ServiceProvider.GetRequiredService<InventoryQueries>().CaseMaterialsAsync("DL-2026-000001"));
    }
}
