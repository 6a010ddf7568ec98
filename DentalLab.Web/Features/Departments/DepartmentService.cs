using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Text;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Departments;

/// <summary>Changes to departments (departments.manage): name, description, manager, budget; booking stock receipts to them.</summary>
public sealed class DepartmentService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings, LiveEventBus bus)
{
    public async Task<ChangeResult> UpdateAsync(string code, DepartmentInput input, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.DepartmentsManage, ct);
        var result = new ChangeResult();
        var name = input.Name.Trim();
        if (name.Length is 0 or > 100)
        {
            result.Errors[nameof(input.Name)] = name.Length == 0 ? "Give the department a name." : "Use at most 100 characters.";
        }

        if (input.Description?.Trim().Length > 1000)
        {
            result.Errors[nameof(input.Description)] = "Use at most 1,000 characters.";
        }

        if (input.Budget < 0 || input.Budget > 100_000_000 || decimal.Round(input.Budget, 2) != input.Budget)
        {
            result.Errors[nameof(input.Budget)] = "Enter a budget of zero or more, in cents at most.";
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (input.ManagerId is { } manager && !await db.Users.AnyAsync(u => u.Id == manager && u.IsActive, ct))
        {
            result.Errors[nameof(input.ManagerId)] = "Choose an active user as manager.";
        }

        if (!result.Succeeded)
        {
            return result;
        }

        var department = await db.Departments.SingleOrDefaultAsync(d => d.Code == code, ct);
        if (department is null)
        {
            return ChangeResult.Fail("", "Department not found.");
        }

        if (await db.Departments.AnyAsync(d => d.Name == name && d.Id != department.Id, ct))
        {
            return ChangeResult.Fail(nameof(input.Name), "Another department has this name.");
        }

        department.Name = name;
        department.Description = TextInput.Blank(input.Description);
        department.ManagerId = input.ManagerId;
        department.Budget = input.Budget;
        await db.SaveChangesAsync(ct);
        await PublishAsync(code, ct);
        return ChangeResult.Ok();
    }

    /// <summary>Books a stock receipt to the department it was bought for; its value then counts against the budget.</summary>
    public async Task<ChangeResult> BookReceiptAsync(string code, Guid transactionId, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.DepartmentsManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var departmentId = await db.Departments.Where(d => d.Code == code).Select(d => (Guid?)d.Id).SingleOrDefaultAsync(ct);
        if (departmentId is null)
        {
            return ChangeResult.Fail("", "Department not found.");
        }

        if (!await db.InventoryTransactions.AnyAsync(t => t.Id == transactionId && t.Type == InventoryTransactionType.In, ct))
        {
            return ChangeResult.Fail("Receipt", "Choose a stock receipt.");
        }

        db.DepartmentStockReceipts.Add(new DepartmentStockReceipt { TransactionId = transactionId, DepartmentId = departmentId.Value, BookedById = me });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
        {
            return ChangeResult.Fail("Receipt", "This receipt is already booked to a department.");
        }

        await DepartmentCosts.RefreshSpentAsync(db, DepartmentCosts.YearStart(await settings.TodayAsync()), ct);
        await PublishAsync(code, ct);
        return ChangeResult.Ok();
    }

    private Task PublishAsync(string code, CancellationToken ct) =>
        bus.PublishAsync(new LiveEvent(LiveEvent.Equipment, LiveKinds.DepartmentChanged, code, currentUser.UserId), ct);
}
