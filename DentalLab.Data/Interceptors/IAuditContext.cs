namespace DentalLab.Data.Interceptors;

/// <summary>Who is making a change and from which address; the web app supplies the signed-in user.</summary>
public interface IAuditContext
{
    Guid? UserId { get; }

    string? IpAddress { get; }
}

/// <summary>Changes made by the system itself (start-up, background jobs, seeding).</summary>
public sealed class SystemAuditContext : IAuditContext
{
    public static readonly SystemAuditContext Instance = new();

    public Guid? UserId => null;

    public string? IpAddress => null;
}
