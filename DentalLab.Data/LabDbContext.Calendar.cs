using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

public partial class LabDbContext
{
    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<AppointmentReminder> AppointmentReminders => Set<AppointmentReminder>();

    public DbSet<CalendarFeedToken> CalendarFeedTokens => Set<CalendarFeedToken>();
}
