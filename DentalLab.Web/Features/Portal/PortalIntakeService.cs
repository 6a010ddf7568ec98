using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Infrastructure.Files;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Validation;
using DentalLab.Web.Infrastructure.Text;

namespace DentalLab.Web.Features.Portal;

/// <summary>What an online Rx adds to the case form: the impression by courier, a pickup, and the files uploaded with it.</summary>
public sealed record PortalIntake(bool ImpressionByCourier, bool RequestPickup, IReadOnlyList<StagedFile> Files);

/// <summary>
/// Portal intake: a dentist sends a case (an online Rx). Guarded by portal.access (dentists never hold
/// cases.create); the dentist is always the signed-in one, from <see cref="Infrastructure.Auth.DentistScope"/>.
/// </summary>
public sealed class PortalIntakeService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    LabSettings settings,
    LiveEventBus bus,
    TimeProvider clock,
    DentistScope dentistScope,
    NotificationService notifications,
    FileStore store,
    ILogger<PortalIntakeService> logger)
{
    public const string RequestedByDentist = "Requested by the dentist";

    /// <summary>The earliest due date the lab can give a case sent today (the template's turnaround for the urgency).</summary>
    public async Task<DateOnly?> EarliestDueDateForPortalAsync(ProcedureType procedure, UrgencyLevel urgency, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var template = await CaseService.TemplateAsync(db, procedure, ct);
        return template is null ? null : (await CaseService.CalculatorAsync(settings)).DueDate(await settings.TodayAsync(), template, urgency);
    }

    /// <summary>
    /// Creates the signed-in dentist's case at receiving from an Rx: <see cref="CaseInput.Dentist"/> is ignored and
    /// replaced by the dentist of the session; <see cref="CaseInput.DueDateOverride"/> is the requested due date, which
    /// may be later than the earliest the lab can do but never earlier. Records the files (visible to the dentist),
    /// schedules a pickup when asked, tells the board and notifies the staff who log cases.
    /// </summary>
    public async Task<(ChangeResult Result, string? CaseNumber)> CreateFromPortalAsync(CaseInput input, PortalIntake intake, CancellationToken ct = default)
    {
        var userId = await currentUser.DemandAsync(PermissionCodes.PortalAccess, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dentistId = await dentistScope.DentistIdAsync(db, ct);
        if (dentistId is null)
        {
            return (ChangeResult.Fail("", "Your practice is not active at the lab: the case was not sent."), null);
        }

        var dentist = await db.Set<DentistProfile>().AsNoTracking().SingleAsync(d => d.Id == dentistId, ct);
        input.Dentist = new DentistOption(dentist.Id, dentist.DentistName, dentist.PracticeName);
        input.Priority = PriorityLevel.Medium;
        input.Units = Math.Max(1, input.Teeth.Distinct().Count());
        input.DueDateOverrideReason = RequestedByDentist;

        var result = await CaseService.ValidateAsync(db, input, ct);
        foreach (var missing in RxCompleteness.Check(input.Procedure, input.Teeth.Count, input.Shade, intake.Files.Count(f => f.Stored.Kind == "scan"), intake.ImpressionByCourier))
        {
            result.Errors[missing.Field] = missing.Message;
        }

        var receivedOn = await settings.TodayAsync();
        var template = await CaseService.TemplateAsync(db, input.Procedure, ct);
        if (template is null)
        {
            result.Errors.TryAdd(nameof(CaseInput.Procedure), "The lab does not take this procedure online: call the lab.");
        }

        var earliest = template is null ? receivedOn : (await CaseService.CalculatorAsync(settings)).DueDate(receivedOn, template, input.Urgency);
        if (input.DueDateOverride is { } requested && requested < earliest)
        {
            result.Errors[nameof(CaseInput.DueDateOverride)] = $"The earliest the lab can do is {earliest:yyyy-MM-dd}: choose that date or a later one.";
        }

        // The uploads wait in the dentist's staging folder; one removed by the cleanup (left unsent too long) is gone.
        var owner = CaseFileService.StagingOwner(userId);
        var gone = intake.Files.Where(f => !store.IsStaged(owner, f.Stored.StoredName)).Select(f => f.OriginalFileName).ToList();
        if (gone.Count > 0)
        {
            result.Errors[RxCompleteness.ScanField] = $"{string.Join(", ", gone)}: no longer on the server (an upload not sent in time is deleted). Remove it and upload it again.";
        }

        if (!result.Succeeded)
        {
            return (result, null);
        }

        var now = clock.GetUtcNow();
        var @case = new Case
        {
            DentistId = dentist.Id,
            ReceivedAt = now,
            DueDate = input.DueDateOverride ?? earliest,
            CreatedById = userId,
            ProcedureType = input.Procedure,
        };
        CaseService.Apply(input, @case, earliest);
        if (intake.ImpressionByCourier)
        {
            @case.Instructions = CaseService.Trim(string.Join("\n", new[] { @case.Instructions, "Impression sent by courier." }.Where(s => s is not null)), CaseService.MaxTextLength);
        }

        @case.StartWorkflow(template!.Stages, now);
        foreach (var file in intake.Files)
        {
            var name = Path.GetFileName(file.OriginalFileName).Trim();
            @case.Files.Add(new CaseFile
            {
                OriginalFileName = name.Length > 255 ? name[^255..] : name,
                StoredName = file.Stored.StoredName,
                ContentType = file.Stored.ContentType,
                Kind = file.Stored.Kind,
                SizeBytes = file.Stored.SizeBytes,
                Sha256 = file.Stored.Sha256,
                UploadedById = userId,
                VisibleToDentist = true,
            });
        }

        db.Cases.Add(@case);
        if (intake.RequestPickup)
        {
            var calculator = await CaseService.CalculatorAsync(settings);
            db.Add(new Shipment
            {
                Type = ShipmentType.Pickup,
                Status = ShipmentStatus.Scheduled,
                Case = @case,
                DentistId = dentist.Id,
                ScheduledFor = calculator.IsBusinessDay(receivedOn) ? receivedOn : calculator.AddBusinessDays(receivedOn, 1),
                AddressLine1 = dentist.AddressLine1 ?? "",
                AddressLine2 = dentist.AddressLine2,
                City = dentist.City ?? "",
                Region = dentist.Region,
                PostalCode = dentist.PostalCode,
                Country = dentist.Country,
                RecipientName = dentist.PracticeName,
                Notes = "Pickup requested with the online Rx.",
            });
        }

        // The staged uploads become the case's files: moved into the store, back to staging if the case is not saved.
        var promoted = intake.Files.Where(f => store.PromoteStaged(owner, f.Stored.StoredName)).ToList();
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch
        {
            foreach (var file in promoted)
            {
                store.UnpromoteStaged(owner, file.Stored.StoredName);
            }

            throw;
        }

        logger.LogInformation("Case {CaseNumber} sent from the portal by dentist {DentistId}", @case.CaseNumber, dentist.Id);
        await CaseService.PublishAsync(bus, @case.CaseNumber, userId, ct);

        var lab = await db.UserIdsHoldingAsync(PermissionCodes.CasesCreate, ct);
        await notifications.NotifyManyAsync(lab, NotificationType.CaseUpdate, $"New case {@case.CaseNumber} from {dentist.PracticeName}",
            $"{Labels.Label(@case.ProcedureType)}, due {@case.DueDate:yyyy-MM-dd}{(intake.RequestPickup ? "; pickup requested" : "")}.",
            $"/cases/{@case.CaseNumber}", ct: ct);
        return (result, @case.CaseNumber);
    }
}
