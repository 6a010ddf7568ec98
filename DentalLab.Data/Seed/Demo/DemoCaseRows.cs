using System.Text.Json;
using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

/// <summary>
/// Makes a generated batch ready for a writer that bypasses EF (<see cref="IDemoCaseWriter"/>): what SaveChanges and
/// the interceptors would have done — keys, foreign keys from navigations, created_at/updated_at, one audit entry per
/// case created (by whoever received it, when it was received).
/// </summary>
internal static class DemoCaseRows
{
    public static DemoCaseBatch Complete(List<Case> cases, List<Invoice> invoices, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        foreach (var @case in cases)
        {
            Key(@case);
            foreach (var stage in @case.Stages)
            {
                Key(stage);
                stage.CaseId = @case.Id;
            }

            foreach (var note in @case.Notes)
            {
                Key(note);
                note.CaseId = @case.Id;
            }

            foreach (var file in @case.Files)
            {
                Key(file);
                file.CaseId = @case.Id;
            }
        }

        foreach (var @case in cases)
        {
            if (@case.ParentCase is { } parent)
            {
                @case.ParentCaseId = parent.Id;
            }
        }

        foreach (var invoice in invoices)
        {
            Key(invoice);
            foreach (var item in invoice.Items)
            {
                Key(item);
                item.InvoiceId = invoice.Id;
                item.CaseId = item.Case?.Id ?? item.CaseId;
            }

            foreach (var payment in invoice.Payments)
            {
                Key(payment);
                payment.InvoiceId = invoice.Id;
            }
        }

        foreach (var (row, at) in backdated)
        {
            row.CreatedAt = at;
            row.UpdatedAt = at;
        }

        foreach (var invoice in invoices)
        {
            foreach (var item in invoice.Items)
            {
                item.CreatedAt = item.UpdatedAt = invoice.CreatedAt;
            }
        }

        var audit = new List<AuditLogEntry>(cases.Count);
        foreach (var @case in cases)
        {
            audit.Add(new AuditLogEntry
            {
                Id = Guid.CreateVersion7(),
                TableName = "cases",
                RecordId = @case.Id.ToString(),
                Action = AuditAction.Insert,
                NewValues = JsonSerializer.Serialize(new Dictionary<string, object?>
                {
                    ["case_number"] = @case.CaseNumber,
                    ["dentist_id"] = @case.DentistId,
                    ["procedure_type"] = @case.ProcedureType.ToString(),
                    ["urgency"] = @case.Urgency.ToString(),
                    ["due_date"] = @case.DueDate,
                }),
                UserId = @case.CreatedById,
                OccurredAt = @case.ReceivedAt,
                CreatedAt = @case.ReceivedAt,
                UpdatedAt = @case.ReceivedAt,
            });
        }

        return new DemoCaseBatch(cases, invoices, audit);
    }

    private static void Key(Entity row)
    {
        if (row.Id == Guid.Empty)
        {
            row.Id = Guid.CreateVersion7();
        }
    }
}
