using System.Text.Json;
using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Notifications;

/// <summary>A page of the notification centre, newest first; <see cref="HasMore"/> when older ones follow.</summary>
public sealed record NotificationPage(IReadOnlyList<NotificationItem> Items, bool HasMore);

public sealed record NotificationItem(Guid Id, NotificationType Type, string Title, string Body, string? Link, DateTimeOffset CreatedAt, bool IsRead);

/// <summary>
/// Creates notifications (a row per recipient, then a live push to their open browsers) and reads the signed-in
/// user's own. Other modules call <see cref="NotifyAsync"/>; nobody writes the notifications table directly.
/// </summary>
public sealed class NotificationService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    LiveEventBus bus,
    TimeProvider clock)
{
    /// <summary>Notifies one user. <paramref name="link"/> is a relative address in the app ("/cases/DL-2026-000123").</summary>
    public async Task NotifyAsync(Guid userId, NotificationType type, string title, string body, string? link = null, object? data = null, CancellationToken ct = default)
    {
        await NotifyManyAsync([userId], type, title, body, link, data, ct);
    }

    public async Task NotifyManyAsync(IReadOnlyCollection<Guid> userIds, NotificationType type, string title, string body, string? link = null, object? data = null, CancellationToken ct = default)
    {
        if (userIds.Count == 0)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var json = data is null ? "{}" : JsonSerializer.Serialize(data);
        var rows = userIds.Distinct().Select(id => new Notification
        {
            UserId = id,
            Type = type,
            Title = Truncate(title, 200),
            Body = Truncate(body, 2000),
            Link = link,
            Data = json,
        }).ToList();
        db.AddRange(rows);
        await db.SaveChangesAsync(ct);
        foreach (var row in rows)
        {
            await bus.PublishAsync(new LiveEvent(LiveEvent.ForUser(row.UserId), LiveKinds.NotificationCreated, row.Id.ToString(), currentUser.UserId), ct);
        }
    }

    /// <summary>The signed-in user's newest notifications.</summary>
    public async Task<IReadOnlyList<NotificationItem>> LatestAsync(int count, CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } me)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Notification>().AsNoTracking()
            .Where(n => n.UserId == me)
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Take(count)
            .Select(n => new NotificationItem(n.Id, n.Type, n.Title, n.Body ?? "", n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(ct);
    }

    public async Task<int> UnreadCountAsync(CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } me)
        {
            return 0;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Notification>().CountAsync(n => n.UserId == me && n.ReadAt == null, ct);
    }

    /// <summary>Marks the signed-in user's notifications read (one, or all when <paramref name="id"/> is null).</summary>
    public async Task MarkReadAsync(Guid? id = null, CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } me)
        {
            return;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        await db.Set<Notification>()
            .Where(n => n.UserId == me && n.ReadAt == null && (id == null || n.Id == id))
            .ExecuteUpdateAsync(u => u.SetProperty(n => n.ReadAt, now).SetProperty(n => n.UpdatedAt, now), ct);
        await bus.PublishAsync(new LiveEvent(LiveEvent.ForUser(me), LiveKinds.NotificationRead, id?.ToString(), me), ct);
    }

    /// <summary>
    /// The signed-in user's notifications, newest first, in keyset pages: those before
    /// (<paramref name="beforeAt"/>, <paramref name="beforeId"/>), or the newest when none is given.
    /// </summary>
    public async Task<NotificationPage> ListAsync(DateTimeOffset? beforeAt = null, Guid? beforeId = null, int take = 25, CancellationToken ct = default)
    {
        if (currentUser.UserId is not { } me)
        {
            return new NotificationPage([], false);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Set<Notification>().AsNoTracking().Where(n => n.UserId == me);
        if (beforeAt is { } at && beforeId is { } id)
        {
            query = query.Where(n => EF.Functions.LessThan(ValueTuple.Create(n.CreatedAt, n.Id), ValueTuple.Create(at, id)));
        }

        var rows = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(take + 1)
            .Select(n => new NotificationItem(n.Id, n.Type, n.Title, n.Body ?? "", n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(ct);
        return new NotificationPage(rows.Take(take).ToList(), rows.Count > take);
    }

    /// <summary>
    /// Sends a system notice to every active user, or to the holders of one role. Returns how many were notified,
    /// or the field errors.
    /// </summary>
    public async Task<(int Sent, Dictionary<string, string> Errors)> BroadcastAsync(UserRole? role, string title, string body, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.NotificationsBroadcast, ct);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        title = title?.Trim() ?? "";
        body = body?.Trim() ?? "";
        if (title.Length == 0)
        {
            errors["Title"] = "Write a title.";
        }
        else if (title.Length > 200)
        {
            errors["Title"] = "The title can be at most 200 characters long.";
        }

        if (body.Length > 2000)
        {
            errors["Body"] = "The text can be at most 2000 characters long.";
        }

        if (errors.Count > 0)
        {
            return (0, errors);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var recipients = await db.Users.AsNoTracking()
            .Where(u => u.IsActive && (role == null || u.RoleLinks.Any(l => l.Role!.Code == role)))
            .Select(u => u.Id).ToListAsync(ct);
        await NotifyManyAsync(recipients, NotificationType.System, title, body, null, null, ct);
        return (recipients.Count, errors);
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
