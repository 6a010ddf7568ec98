using System.Text.Json;
using System.Text.Json.Serialization;
using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DentalLab.Data.Interceptors;

/// <summary>
/// Writes an audit_log row, in the same SaveChanges, for every insert, update and soft delete of an
/// <see cref="IAudited"/> row: table, record id, changed columns before and after, user, address, time.
/// </summary>
/// <remarks>Keys are generated here (UUID v7) for new rows, so the audit row can name its record.</remarks>
public sealed class AuditInterceptor(TimeProvider clock, IAuditContext auditContext) : SaveChangesInterceptor
{
    /// <summary>Columns that never go into the audit log: secrets and bookkeeping.</summary>
    private static readonly HashSet<string> Excluded = new(StringComparer.Ordinal)
    {
        "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "TokenHash", "UpdatedAt", "CreatedAt", "Version",
    };

    private static readonly JsonSerializerOptions Json = new()
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Audit(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Audit(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Audit(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        AssignKeys(context);
        var now = clock.GetUtcNow();
        var rows = new List<AuditLogEntry>();
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.Entity is IAudited))
        {
            var row = entry.State switch
            {
                EntityState.Added => Describe(entry, AuditAction.Insert, includeOld: false, includeNew: true),
                EntityState.Modified when IsSoftDelete(entry) => Describe(entry, AuditAction.Delete, includeOld: true, includeNew: false),
                EntityState.Modified => Describe(entry, AuditAction.Update, includeOld: true, includeNew: true),
                EntityState.Deleted => Describe(entry, AuditAction.Delete, includeOld: true, includeNew: false),
                _ => null,
            };
            if (row is not null)
            {
                row.OccurredAt = now;
                row.UserId = auditContext.UserId;
                row.IpAddress = auditContext.IpAddress;
                rows.Add(row);
            }
        }

        // Entries a service adds itself (a raw UPDATE it describes, a read): stamped like the others.
        foreach (var entry in context.ChangeTracker.Entries<AuditLogEntry>().Where(e => e.State == EntityState.Added))
        {
            var added = entry.Entity;
            if (added.OccurredAt == default)
            {
                added.OccurredAt = now;
            }

            added.UserId ??= auditContext.UserId;
            added.IpAddress ??= auditContext.IpAddress;
        }

        context.AddRange(rows);
    }

    private static void AssignKeys(DbContext context)
    {
        foreach (var entry in context.ChangeTracker.Entries().Where(e => e.State == EntityState.Added))
        {
            var key = entry.Metadata.FindPrimaryKey();
            if (key is { Properties.Count: 1 } && key.Properties[0].ClrType == typeof(Guid))
            {
                // A database-generated key holds a temporary value until the insert; give it its real value now.
                var property = entry.Property(key.Properties[0].Name);
                if (property.IsTemporary || property.CurrentValue is Guid id && id == Guid.Empty)
                {
                    property.CurrentValue = Guid.CreateVersion7();
                    property.IsTemporary = false;
                }
            }
        }
    }

    private static bool IsSoftDelete(EntityEntry entry) =>
        entry.Entity is ISoftDeletable { DeletedAt: not null }
        && entry.Property(nameof(ISoftDeletable.DeletedAt)).OriginalValue is null;

    private static AuditLogEntry? Describe(EntityEntry entry, AuditAction action, bool includeOld, bool includeNew)
    {
        var oldValues = new Dictionary<string, object?>();
        var newValues = new Dictionary<string, object?>();
        foreach (var property in entry.Properties)
        {
            if (Excluded.Contains(property.Metadata.Name))
            {
                continue;
            }

            // Only what really changed: Identity marks every column modified on each update.
            if (action == AuditAction.Update
                && (!property.IsModified || property.Metadata.GetValueComparer().Equals(property.OriginalValue, property.CurrentValue)))
            {
                continue;
            }

            var column = property.Metadata.GetColumnName();
            if (includeOld && entry.State != EntityState.Added)
            {
                oldValues[column] = property.OriginalValue;
            }

            if (includeNew)
            {
                newValues[column] = property.CurrentValue;
            }
        }

        if (action == AuditAction.Update && newValues.Count == 0)
        {
            return null;
        }

        var id = entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString());
        return new AuditLogEntry
        {
            TableName = entry.Metadata.GetTableName() ?? entry.Metadata.ClrType.Name,
            RecordId = string.Join(",", id ?? []),
            Action = action,
            OldValues = oldValues.Count > 0 ? JsonSerializer.Serialize(oldValues, Json) : null,
            NewValues = newValues.Count > 0 ? JsonSerializer.Serialize(newValues, Json) : null,
        };
    }
}
