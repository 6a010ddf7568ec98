namespace DentalLab.Data.Entities;

/// <summary>A dentist or practice that sends cases to the lab.</summary>
public class DentistProfile : Entity, ISoftDeletable, IAudited
{
    public Guid? UserId { get; set; }

    public User? User { get; set; }

    public string PracticeName { get; set; } = "";

    public DateTimeOffset? DeletedAt { get; set; }
}
