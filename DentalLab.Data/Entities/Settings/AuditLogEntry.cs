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

    /// <summary>The entry's place in the one chain (seq), set by the database trigger (see Schema/AuditChainSql.cs).</summary>
    public long Sequence { get; set; }

    /// <summary>The previous entry's <see cref="Hash"/> (null for the first entry).</summary>
    public byte[]? PrevHash { get; set; }

    /// <summary>SHA-256 over the previous hash and the canonical form of this entry, computed by the database.</summary>
    public byte[]? Hash { get; set; }

    /// <summary>
    /// An entry a service writes itself, for a change EF does not track (a conditional raw UPDATE) or a read; the
    /// audit interceptor stamps time, user and address when the context saves.
    /// </summary>
    public static AuditLogEntry For(string table, string recordId, AuditAction action, string? oldJson = null, string? newJson = null) => new()
    {
        TableName = table,
        RecordId = recordId,
        Action = action,
        OldValues = oldJson,
        NewValues = newJson,
    };
}
