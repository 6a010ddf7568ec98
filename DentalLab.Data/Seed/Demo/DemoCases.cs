using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data.Seed;

/// <summary>
/// Cases received over the options' history (the demo: six months), in received order, each with its workflow stages from its
/// procedure's template and a history consistent with where it is now; invoices follow in the same batch.
/// </summary>
internal static class DemoCases
{
    private const int BatchSize = 1000;

    private const string CaseNumbersSql = "SELECT nextval('case_number_seq') AS \"Value\" FROM generate_series(1, {0})";

    private static readonly ProcedureType[] _procedures = Enum.GetValues<ProcedureType>();

    // Crown, Bridge, Implant, Veneer, Inlay, Onlay, Denture, PartialDenture, NightGuard, Aligner, Other.
    private static readonly int[] _procedureWeights = [34, 12, 10, 8, 5, 5, 5, 4, 7, 6, 4];

    public static async Task SeedAsync(IDbContextFactory<LabDbContext> dbFactory, DemoWorld world, CancellationToken ct)
    {
        var remakes = new DemoRemakePool(world);
        var dentistWeights = world.Dentists.Select(d => d.Weight).ToArray();
        for (var first = 0; first < world.Options.Cases; first += BatchSize)
        {
            var count = Math.Min(BatchSize, world.Options.Cases - first);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var numbers = await db.Database.SqlQueryRaw<long>(CaseNumbersSql, count).ToListAsync(ct);
            numbers.Sort();
            var backdated = new List<(Entity Row, DateTimeOffset At)>();
            var batch = new List<Case>(count);
            for (var i = 0; i < count; i++)
            {
                var received = ReceivedAt(world, first + i);
                var parent = world.Chance(0.035) ? remakes.FindParent(received) : null;
                var dentist = parent is null ? world.Weighted(world.Dentists, dentistWeights) : world.Dentists.First(d => d.Id == parent.DentistId);
                var @case = NewCase(world, dentist, received, parent);
                @case.CaseNumber = $"DL-{received.Year:0000}-{numbers[i]:000000}";
                DemoCaseHistory.Apply(world, @case, backdated);
                AddNotes(world, @case, backdated);
                if (world.Options.FileRows)
                {
                    AddFileRows(world, @case, backdated);
                }

                backdated.Add((@case, received));
                batch.Add(@case);
                remakes.Offer(@case);
            }

            var invoices = await DemoBilling.NewInvoicesAsync(db, world, batch, backdated, ct);
            if (world.Options.CaseWriter is { } writer)
            {
                await writer.WriteAsync(DemoCaseRows.Complete(batch, invoices, backdated), ct);
                continue;
            }

            db.AddRange(batch);
            db.AddRange(invoices);
            await db.SaveChangesAsync(ct);
            await DemoDataGenerator.BackdateAsync(db, backdated, ct);
        }

        if (world.Options.CaseWriter is { } last)
        {
            await last.CompleteAsync(ct);
        }
    }

    /// <summary>What a case's page lists under Files: the intake scan, often a design file, sometimes photos.</summary>
    private static void AddFileRows(DemoWorld world, Case @case, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var files = new List<(string Name, string Type, string Kind, bool Visible)>
        {
            ($"{@case.CaseNumber}-intraoral.stl", "model/stl", CaseFile.KindScan, true),
        };
        if (world.Chance(0.5))
        {
            files.Add(($"{@case.CaseNumber}-design.stl", "model/stl", CaseFile.KindScan, false));
        }

        if (world.Chance(0.3))
        {
            files.Add(($"{@case.CaseNumber}-shade.jpg", "image/jpeg", CaseFile.KindPhoto, true));
        }

        foreach (var (name, type, kind, visible) in files)
        {
            var file = new CaseFile
            {
                OriginalFileName = name,
                StoredName = Guid.NewGuid().ToString("N"),
                ContentType = type,
                SizeBytes = world.Between(200_000, 40_000_000),
                Kind = kind,
                Sha256 = Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()) + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray()),
                UploadedById = @case.CreatedById,
                VisibleToDentist = visible,
            };
            @case.Files.Add(file);
            backdated.Add((file, @case.ReceivedAt.AddMinutes(world.Between(1, 90))));
        }
    }

    /// <summary>
    /// In index order (so case numbers follow received order), on working days. The last twelve days get 30% of
    /// the cases: a case is in production for one to two weeks, and the board should not be empty.
    /// </summary>
    private static DateTimeOffset ReceivedAt(DemoWorld world, int index)
    {
        var olderShare = 1 - world.Options.RecentShare;
        var history = TimeSpan.FromDays(world.Options.HistoryDays);
        var recent = TimeSpan.FromDays(12);
        var older = history - recent;
        var x = (index + world.Rng.NextDouble()) / Math.Max(1, world.Options.Cases);
        var offset = x < olderShare ? older * (x / olderShare) : older + (recent * ((x - olderShare) / (1 - olderShare)));
        var day = world.BusinessDayOnOrBefore(DemoWorld.DayOf(world.Now - history + offset));
        var at = DemoWorld.At(day, world.Between(7.0, 18.0));
        return at < world.Now ? at : world.Now.AddMinutes(-world.Between(5, 90));
    }

    private static Case NewCase(DemoWorld world, DemoDentist dentist, DateTimeOffset received, Case? parent)
    {
        var type = parent?.ProcedureType ?? world.Weighted(_procedures, _procedureWeights);
        var (teeth, spans, units) = parent is null ? DemoTeeth.For(world, type) : (parent.Teeth, parent.BridgeSpans, parent.Units);
        var urgency = parent is not null && world.Chance(0.5)
            ? UrgencyLevel.Rush
            : world.Weighted([UrgencyLevel.Standard, UrgencyLevel.Rush, UrgencyLevel.Emergency], [85, 12, 3]);
        var template = world.Templates[type].Template;
        var @case = new Case
        {
            DentistId = dentist.Id,
            ProcedureType = type,
            Teeth = teeth,
            BridgeSpans = spans,
            Units = units,
            Shade = parent?.Shade ?? (type is ProcedureType.NightGuard or ProcedureType.Aligner ? null : world.Pick(DemoText.Shades)),
            Material = world.Pick(DemoText.MaterialsFor(type)),
            Urgency = urgency,
            Priority = PriorityFor(world, urgency),
            ReceivedAt = received,
            DueDate = world.AddBusinessDays(DemoWorld.DayOf(received), template.BusinessDaysFor(urgency)),
            Instructions = world.Chance(0.6) ? world.Pick(DemoText.Instructions) : null,
            CreatedById = dentist.UserId is { } portalUser && world.Chance(0.5) ? portalUser : world.FrontDeskId,
        };
        SetPatient(world, @case, parent);
        if (parent is not null)
        {
            MakeRemake(world, @case, parent);
        }

        return @case;
    }

    private static PriorityLevel PriorityFor(DemoWorld world, UrgencyLevel urgency) => urgency switch
    {
        UrgencyLevel.Emergency => PriorityLevel.High,
        UrgencyLevel.Rush => world.Chance(0.7) ? PriorityLevel.High : PriorityLevel.Medium,
        _ => world.Weighted([PriorityLevel.Low, PriorityLevel.Medium, PriorityLevel.High], [20, 65, 15]),
    };

    /// <summary>The least that identifies the patient: mostly the practice's code, sometimes a name.</summary>
    private static void SetPatient(DemoWorld world, Case @case, Case? parent)
    {
        if (parent is not null)
        {
            @case.PatientName = parent.PatientName;
            @case.PatientCode = parent.PatientCode;
            return;
        }

        if (world.Chance(0.35))
        {
            @case.PatientName = world.Pick(DemoText.PatientFirstNames) + " " + world.Pick(DemoText.PatientLastNames);
        }
        else
        {
            @case.PatientCode = $"PT-{world.Between(10_000, 99_999)}";
        }
    }

    private static void MakeRemake(DemoWorld world, Case @case, Case parent)
    {
        // A parent saved in an earlier batch is referenced by key; one in this batch by navigation (no key yet).
        if (parent.Id == Guid.Empty)
        {
            @case.ParentCase = parent;
        }
        else
        {
            @case.ParentCaseId = parent.Id;
        }

        @case.RemakeReason = world.Pick(DemoText.RemakeReasons);
        @case.RemakePayer = world.Weighted([RemakePayer.Lab, RemakePayer.Dentist, RemakePayer.Split], [60, 25, 15]);
        @case.Instructions = $"Remake of {parent.CaseNumber}: {@case.RemakeReason}";
    }

    private static void AddNotes(DemoWorld world, Case @case, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        if (!world.Chance(0.4))
        {
            return;
        }

        var end = @case.DeliveredAt ?? @case.CancelledAt ?? world.Now;
        var notes = world.Between(1, 3);
        for (var i = 0; i < notes; i++)
        {
            var visible = world.Chance(0.35);
            var note = new CaseNote
            {
                AuthorId = visible ? world.FrontDeskId : world.WorkerFor(world.Pick([WorkflowStageName.Design, WorkflowStageName.Milling, WorkflowStageName.Sintering])),
                Body = visible ? world.Pick(DemoText.DentistNotes) : world.Pick(DemoText.InternalNotes),
                VisibleToDentist = visible,
            };
            @case.Notes.Add(note);
            backdated.Add((note, @case.ReceivedAt + ((end - @case.ReceivedAt) * world.Rng.NextDouble())));
        }
    }
}
