namespace DentalLab.Data.Entities;

/// <summary>One change to a business row: who, what, old and new values, when, from where.</summary>
public class AuditLogEntry : Entity
{
    public string TableName { get; set; } = "";

    public string RecordId { get; set; } = "";

    public AuditAction Action { get; set; }

    /// <summary>JSON object of the changed columns before the change (jsonb).</summary>
    public string? OldValues { get; set; }

    /// <summary>JSON object of the changed columns after the change (jsonb).</summary>
    public string? NewValues { get; set; }

    public Guid? UserId { get; set; }

    public User? User { get; set; }

    public string? IpAddress { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
}
