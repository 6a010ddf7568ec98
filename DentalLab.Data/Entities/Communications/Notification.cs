namespace DentalLab.Data.Entities;

/// <summary>Something a user should know about, pushed live and listed in the notification centre.</summary>
public class Notification : Entity
{
    public Guid UserId { get; set; }

    public User? User { get; set; }

    public NotificationType Type { get; set; }

    public string Title { get; set; } = "";

    public string? Body { get; set; }

    /// <summary>A relative URL inside the app, e.g. <c>/cases/DL-2026-000123</c>.</summary>
    public string? Link { get; set; }

    /// <summary>Extra JSON for the notification (jsonb), e.g. the case number and stage.</summary>
    public string? Data { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public DateTimeOffset? EmailedAt { get; set; }

    public bool IsRead => ReadAt is not null;
}
