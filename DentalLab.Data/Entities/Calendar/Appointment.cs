namespace DentalLab.Data.Entities;

/// <summary>A calendar entry: case review, pickup or delivery, meeting, training or maintenance.</summary>
public class Appointment : Entity, ISoftDeletable, IAudited
{
    public string Title { get; set; } = "";

    public AppointmentType Type { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset EndsAt { get; set; }

    public bool AllDay { get; set; }

    public string? Location { get; set; }

    public string? Description { get; set; }

    public Guid? CaseId { get; set; }

    public Case? Case { get; set; }

    public Guid? DentistId { get; set; }

    public DentistProfile? Dentist { get; set; }

    public Guid? DepartmentId { get; set; }

    public Department? Department { get; set; }

    public Guid? OrganizerId { get; set; }

    public User? Organizer { get; set; }

    /// <summary>JSON array of attendee user ids (jsonb), e.g. <c>["0199...","0199..."]</c>.</summary>
    public string AttendeeIds { get; set; } = "[]";

    public bool IsCancelled { get; set; }

    /// <summary>PostgreSQL xmin: the optimistic concurrency token (two people moving the same appointment).</summary>
    public uint Version { get; set; }

    public DateTimeOffset? DeletedAt { get; set; }
}
