using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace DentalLab.Data.Interceptors;

/// <summary>
/// Stamps created_at/updated_at and turns deletes of <see cref="ISoftDeletable"/> rows into a deleted_at stamp.
/// The database trigger update_updated_at_column() does the same for writes from outside the app.
/// </summary>
public sealed class TimestampAndSoftDeleteInterceptor(TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Apply(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Apply(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Apply(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var now = clock.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    Set(entry, "CreatedAt", now);
                    Set(entry, "UpdatedAt", now);
                    break;
                case EntityState.Modified:
                    Set(entry, "UpdatedAt", now);
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDeletable deletable:
                    entry.State = EntityState.Modified;
                    deletable.DeletedAt = now;
                    Set(entry, "UpdatedAt", now);
                    break;
            }
        }
    }

    private static void Set(EntityEntry entry, string property, DateTimeOffset value)
    {
        if (entry.Metadata.FindProperty(property) is not null)
        {
            entry.Property(property).CurrentValue = value;
        }
    }
}
