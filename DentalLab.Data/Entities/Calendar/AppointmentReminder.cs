namespace DentalLab.Data.Entities;

/// <summary>
/// The claim on one reminder: attendee <see cref="UserId"/> was reminded of <see cref="AppointmentId"/> starting at
/// <see cref="StartsAt"/>. Unique on the three, so a reminder is sent once however many app instances run the job,
/// and again only when the appointment moves to another start time.
/// </summary>
public class AppointmentReminder : Entity
{
    public Guid AppointmentId { get; set; }

    public Appointment? Appointment { get; set; }

    public Guid UserId { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset RemindedAt { get; set; }
}
