using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Resilience;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Features.Staff;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Text;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Departments.Equipment;

/// <summary>
/// Changes to machines (equipment.manage): maintenance records (which move last/next maintenance and book the cost to
/// the department) and status transitions with a reason (broken tells the department's manager and the board).
/// </summary>
public sealed class EquipmentService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    LabSettings settings,
    NotificationService notifications,
    LiveEventBus bus)
{
    private const string ConflictMessage = "Someone else changed this machine at the same time. Reload and try again.";

    /// <summary>The field of the decommissioning date in a <see cref="ChangeResult"/>.</summary>
    public const string DecommissionedOnField = "DecommissionedOn";

    /// <summary>Lab staff who can be named as having done the maintenance.</summary>
    public async Task<IReadOnlyList<Option>> PeopleAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.EquipmentManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.StaffProfiles.AsNoTracking().Where(p => p.User!.IsActive).OrderBy(p => p.User!.FullName)
            .Select(p => new Option(p.UserId, p.User!.FullName)).ToListAsync(ct);
    }

    public async Task<ChangeResult> RecordMaintenanceAsync(Guid equipmentId, MaintenanceInput input, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.EquipmentManage, ct);
        var today = await settings.TodayAsync();
        var result = new ChangeResult();
        DateOnly? performed = input.PerformedOn is { } p ? DateOnly.FromDateTime(p) : null;
        DateOnly? next = input.NextDueOn is { } n ? DateOnly.FromDateTime(n) : null;
        if (performed is null)
        {
            result.Errors[nameof(input.PerformedOn)] = "Give the day the maintenance was done.";
        }
        else if (performed > today)
        {
            result.Errors[nameof(input.PerformedOn)] = "Maintenance cannot be recorded for a day in the future.";
        }

        if (!Enum.IsDefined(input.Kind))
        {
            result.Errors[nameof(input.Kind)] = "Choose preventive, repair or calibration.";
        }

        var company = TextInput.Blank(input.Company);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (input.External)
        {
            if (company is null)
            {
                result.Errors[nameof(input.Company)] = "Name the company that did it.";
            }
            else if (company.Length > 200)
            {
                result.Errors[nameof(input.Company)] = "Use at most 200 characters.";
            }
        }
        else if (input.PerformedById is not { } person || !await db.StaffProfiles.AnyAsync(s => s.UserId == person, ct))
        {
            result.Errors[nameof(input.PerformedById)] = "Choose the staff member who did it.";
        }

        if (input.Cost < 0 || input.Cost > 10_000_000 || decimal.Round(input.Cost, 2) != input.Cost)
        {
            result.Errors[nameof(input.Cost)] = "Enter a cost of zero or more, in cents at most.";
        }

        if (next is { } due && performed is { } done && due <= done)
        {
            result.Errors[nameof(input.NextDueOn)] = "The next maintenance must be after this one.";
        }

        if (input.Notes?.Trim().Length > 4000)
        {
            result.Errors[nameof(input.Notes)] = "Use at most 4,000 characters.";
        }

        if (!result.Succeeded)
        {
            return result;
        }

        var machine = await db.DepartmentEquipment.Include(e => e.Department).SingleOrDefaultAsync(e => e.Id == equipmentId, ct);
        if (machine is null)
        {
            return ChangeResult.Fail("", "Machine not found.");
        }

        if (machine.Status == EquipmentStatus.Decommissioned)
        {
            return ChangeResult.Fail("", "This machine is decommissioned: no more maintenance is recorded for it.");
        }

        await using var tx = await db.BeginResilientTransactionAsync(ct);
        db.MaintenanceLog.Add(new MaintenanceLogEntry
        {
            EquipmentId = machine.Id,
            PerformedOn = performed!.Value,
            Kind = input.Kind,
            PerformedById = input.External ? null : input.PerformedById,
            PerformedByCompany = input.External ? company : null,
            Cost = input.Cost,
            Notes = TextInput.Blank(input.Notes),
            NextDueOn = next,
            RecordedById = me,
        });
        if (machine.LastMaintenanceOn is null || performed > machine.LastMaintenanceOn)
        {
            machine.LastMaintenanceOn = performed;
            machine.NextMaintenanceOn = next;
        }

        if (machine.NextMaintenanceOn is { } nextOn && machine.LastMaintenanceOn is { } lastOn && nextOn < lastOn)
        {
            machine.NextMaintenanceOn = null;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflicted(ConflictMessage);
        }

        await DepartmentCosts.RefreshSpentAsync(db, DepartmentCosts.YearStart(today), ct);
        await tx.CommitAsync(ct);
        await PublishAsync(machine.Id, ct);
        return ChangeResult.Ok();
    }

    /// <summary>
    /// Moves a machine to another status (<see cref="EquipmentRules"/>), with a reason kept in its history.
    /// Decommissioning needs the day it left service (not in the future, not before it was bought); marking it broken
    /// notifies the department's manager and puts a warning on the board column of the department's stage.
    /// </summary>
    public async Task<ChangeResult> ChangeStatusAsync(
        Guid equipmentId, EquipmentStatus to, string reason, uint? version = null, DateOnly? decommissionedOn = null, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.EquipmentManage, ct);
        reason = reason?.Trim() ?? "";
        var result = new ChangeResult();
        if (reason.Length is 0 or > 500)
        {
            result.Errors["Reason"] = reason.Length == 0 ? "Give a reason for the change." : "Use at most 500 characters.";
        }

        var today = await settings.TodayAsync();
        if (to == EquipmentStatus.Decommissioned && decommissionedOn is null)
        {
            result.Errors[DecommissionedOnField] = "Give the day the machine was taken out of service.";
        }
        else if (to == EquipmentStatus.Decommissioned && decommissionedOn > today)
        {
            result.Errors[DecommissionedOnField] = "The day cannot be in the future: decommission it on the day it leaves service.";
        }

        if (!result.Succeeded)
        {
            return result;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var machine = await db.DepartmentEquipment.Include(e => e.Department).SingleOrDefaultAsync(e => e.Id == equipmentId, ct);
        if (machine is null)
        {
            return ChangeResult.Fail("", "Machine not found.");
        }

        if (version is { } v && machine.Version != v)
        {
            return ChangeResult.Conflicted(ConflictMessage);
        }

        if (EquipmentRules.Refusal(machine.Status, to) is { } refusal)
        {
            return ChangeResult.Fail("", refusal);
        }

        if (to == EquipmentStatus.Decommissioned && machine.PurchasedOn is { } bought && decommissionedOn < bought)
        {
            return ChangeResult.Fail(DecommissionedOnField, $"The day cannot be before the machine was bought ({bought:yyyy-MM-dd}).");
        }

        db.EquipmentStatusChanges.Add(new EquipmentStatusChange { EquipmentId = machine.Id, FromStatus = machine.Status, ToStatus = to, Reason = reason, ChangedById = me });
        machine.Status = to;
        machine.StatusReason = reason;
        if (to == EquipmentStatus.Decommissioned)
        {
            machine.DecommissionedOn = decommissionedOn;
            machine.NextMaintenanceOn = null;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return ChangeResult.Conflicted(ConflictMessage);
        }

        await PublishAsync(machine.Id, ct);
        if (to == EquipmentStatus.Broken)
        {
            // The board shows broken machines on their stage's column: tell open boards to re-read.
            await bus.PublishAsync(new LiveEvent(LiveEvent.Board, LiveKinds.EquipmentChanged, machine.Id.ToString(), me), ct);
            var recipients = machine.Department?.ManagerId is { } manager
                ? [manager]
                : await db.UserIdsHoldingAsync(PermissionCodes.EquipmentManage, ct);
            await notifications.NotifyManyAsync(recipients, NotificationType.Alert, $"{machine.Name} is broken",
                $"{machine.Name} ({machine.Department?.Name}) was marked broken: {reason}", $"/equipment?department={machine.Department?.Code}", ct: ct);
        }
        else if (machine.Department?.Stage is not null)
        {
            await bus.PublishAsync(new LiveEvent(LiveEvent.Board, LiveKinds.EquipmentChanged, machine.Id.ToString(), me), ct);
        }

        return ChangeResult.Ok();
    }

    private Task PublishAsync(Guid equipmentId, CancellationToken ct) =>
        bus.PublishAsync(new LiveEvent(LiveEvent.Equipment, LiveKinds.EquipmentChanged, equipmentId.ToString(), currentUser.UserId), ct);
}
