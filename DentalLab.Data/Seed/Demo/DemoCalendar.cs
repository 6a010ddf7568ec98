using System.Text.Json;
using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

/// <summary>Appointments of every type over the last two weeks and the next three.</summary>
internal static class DemoCalendar
{
    public static void AddAppointments(LabDbContext db, DemoWorld world, List<DemoCaseRef> cases, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var staff = world.StaffUserIds.ToArray();
        var dentists = world.Dentists.Where(d => d.Weight > 0).ToList();
        var design = world.Departments.First(d => d.Stage == WorkflowStageName.Design).Id;
        var milling = world.Departments.First(d => d.Stage == WorkflowStageName.Milling).Id;
        var ceramics = world.Departments.First(d => d.Stage == WorkflowStageName.Sintering).Id;

        foreach (var @case in cases.Where(c => c.Status is not (CaseStatus.Delivered or CaseStatus.Cancelled)).TakeLast(4))
        {
            var appointment = Timed(world, AppointmentType.CaseReview, $"Case review {@case.CaseNumber}", world.Between(-7, 10), 10.5, 0.5, world.ManagerId,
                [world.ManagerId, world.WorkerFor(WorkflowStageName.Design), world.TechId]);
            appointment.CaseId = @case.Id;
            appointment.DentistId = @case.DentistId;
            appointment.DepartmentId = design;
            appointment.Location = "Design room";
            Add(db, world, appointment, backdated);
        }

        foreach (var type in (AppointmentType[])[AppointmentType.Delivery, AppointmentType.Pickup])
        {
            for (var i = 0; i < 3; i++)
            {
                var dentist = world.Pick(dentists);
                var verb = type == AppointmentType.Delivery ? "Deliver to" : "Collect impressions from";
                var appointment = Timed(world, type, $"{verb} {dentist.PracticeName}", world.Between(-10, 12), world.Between(9, 15), 0.5, world.DriverId, [world.DriverId]);
                appointment.DentistId = dentist.Id;
                appointment.Location = $"{dentist.AddressLine1}, {dentist.City}";
                Add(db, world, appointment, backdated);
            }
        }

        for (var week = -2; week <= 2; week++)
        {
            var meeting = Timed(world, AppointmentType.Meeting, "Weekly production meeting", MondayOffset(world, week), 8.5, 0.5, world.ManagerId, staff);
            meeting.Location = "Break room";
            meeting.IsCancelled = week == -1;
            meeting.Description = week == -1 ? "Cancelled: half the team at the trade fair." : "Late cases, rush intake, machine status.";
            Add(db, world, meeting, backdated);
        }

        var training = AllDay(world, AppointmentType.Training, "exocad implant module training", world.Between(8, 15), world.ManagerId,
            [.. world.WorkersByStage[WorkflowStageName.Design]]);
        training.DepartmentId = design;
        Add(db, world, training, backdated);
        var safety = Timed(world, AppointmentType.Training, "Fire safety and furnace handling", world.Between(-12, -5), 14, 1.5, world.ManagerId, staff);
        safety.DepartmentId = ceramics;
        Add(db, world, safety, backdated);

        foreach (var (title, department, days) in new[] { ("Mill 2 spindle service", milling, 2), ("Furnace calibration: Zyrcomat", ceramics, -4), ("Scanner calibration", design, 9) })
        {
            var maintenance = Timed(world, AppointmentType.Maintenance, title, days, 7, 3, world.ManagerId, [world.ManagerId, world.TechId]);
            maintenance.DepartmentId = department;
            maintenance.Location = "Workshop";
            Add(db, world, maintenance, backdated);
        }

        Add(db, world, AllDay(world, AppointmentType.Other, "Dental trade fair visit", world.Between(16, 20), world.ManagerId, [world.ManagerId, world.AdminId]), backdated);
        Add(db, world, Timed(world, AppointmentType.Other, "Team lunch", world.Between(-6, -1), 12.5, 1.5, world.ManagerId, staff), backdated);
        AddThisWeekAndNext(db, world, cases, backdated);
    }

    /// <summary>
    /// A believable working fortnight around today (this week and next, business days): try-ins with the portal
    /// dentists' open cases, pickups and deliveries at their practices, a QC review and a design huddle.
    /// </summary>
    private static void AddThisWeekAndNext(LabDbContext db, DemoWorld world, List<DemoCaseRef> cases, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var portal = world.Dentists.Where(d => d.UserId is not null).ToList();
        if (portal.Count == 0)
        {
            return;
        }

        var monday = world.Today.AddDays(-(((int)world.Today.DayOfWeek + 6) % 7));
        var designer = world.WorkerFor(WorkflowStageName.Design);
        var i = 0;
        for (var day = monday; day < monday.AddDays(12); day = day.AddDays(1), i++)
        {
            if (!world.IsBusinessDay(day))
            {
                continue;
            }

            var offset = day.DayNumber - world.Today.DayNumber;
            var dentist = portal[i % portal.Count];
            var open = cases.Where(c => c.DentistId == dentist.Id && c.Status is not (CaseStatus.Delivered or CaseStatus.Cancelled)).ToList();
            if (open.Count > 0)
            {
                var @case = open[i % open.Count];
                var tryIn = Timed(world, AppointmentType.CaseReview, $"Try-in {@case.CaseNumber}", offset, i % 2 == 0 ? 10 : 14, 0.75, world.ManagerId, [designer, world.TechId]);
                tryIn.CaseId = @case.Id;
                tryIn.DentistId = dentist.Id;
                tryIn.Location = dentist.PracticeName;
                tryIn.Description = "Bisque try-in: check fit, contacts and shade with the dentist.";
                Add(db, world, tryIn, backdated);
            }

            var type = i % 2 == 0 ? AppointmentType.Pickup : AppointmentType.Delivery;
            var run = Timed(world, type, type == AppointmentType.Pickup ? $"Collect impressions from {dentist.PracticeName}" : $"Deliver to {dentist.PracticeName}",
                offset, i % 3 == 0 ? 11 : 15.5, 0.5, world.DriverId, [world.DriverId]);
            run.DentistId = dentist.Id;
            run.Location = $"{dentist.AddressLine1}, {dentist.City}";
            Add(db, world, run, backdated);

            if (day.DayOfWeek == DayOfWeek.Wednesday)
            {
                Add(db, world, Timed(world, AppointmentType.Meeting, "QC review: remakes and returns", offset, 13, 1, world.ManagerId, [world.ManagerId, world.TechId, designer]), backdated);
            }

            if (day.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Thursday)
            {
                var huddle = Timed(world, AppointmentType.Meeting, "Design huddle: rush cases", offset, 9, 0.25, designer, [.. world.WorkersByStage[WorkflowStageName.Design]]);
                huddle.Location = "Design room";
                Add(db, world, huddle, backdated);
            }
        }
    }

    private static int MondayOffset(DemoWorld world, int week) =>
        (-(((int)world.Today.DayOfWeek + 6) % 7)) + (7 * week);

    /// <summary>On a business day <paramref name="days"/> from today (moved back off weekends), for a length in hours.</summary>
    private static Appointment Timed(
        DemoWorld world, AppointmentType type, string title, int days, double startHour, double hours, Guid organizer, Guid[] attendees)
    {
        var day = world.BusinessDayOnOrBefore(world.Today.AddDays(days));
        var starts = DemoWorld.At(day, startHour);
        return new Appointment
        {
            Type = type,
            Title = title,
            StartsAt = starts,
            EndsAt = starts.AddHours(hours),
            OrganizerId = organizer,
            AttendeeIds = Attendees(attendees),
        };
    }

    private static Appointment AllDay(DemoWorld world, AppointmentType type, string title, int days, Guid organizer, Guid[] attendees)
    {
        var day = world.BusinessDayOnOrBefore(world.Today.AddDays(days));
        return new Appointment
        {
            Type = type,
            Title = title,
            AllDay = true,
            StartsAt = DemoWorld.At(day, 0),
            EndsAt = DemoWorld.At(day.AddDays(1), 0),
            OrganizerId = organizer,
            AttendeeIds = Attendees(attendees),
        };
    }

    private static string Attendees(IEnumerable<Guid> ids) => JsonSerializer.Serialize(ids.Distinct().Select(id => id.ToString()));

    /// <summary>Booked a few days before it starts (or now, for the next ones).</summary>
    private static void Add(LabDbContext db, DemoWorld world, Appointment appointment, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        db.Add(appointment);
        backdated.Add((appointment, DemoWorld.Earlier(appointment.StartsAt.AddDays(-world.Between(2, 10)), world.Now)));
    }
}
