using DentalLab.Web.Infrastructure.Calendar;
using DentalLab.Web.Infrastructure.Jobs;

namespace DentalLab.Web.Features.Calendar;

/// <summary>Registers the calendar: its reads and changes, the case due-date source, the reminder job, the .ics endpoints.</summary>
public static class CalendarSetup
{
    public static IServiceCollection AddCalendarFeatures(this IServiceCollection services)
    {
        services.AddScoped<CalendarQueries>();
        services.AddScoped<CalendarService>();
        services.AddScoped<CalendarIcs>();
        services.AddScoped<ICalendarSource, CaseDueDateSource>();
        services.AddRecurringJob<AppointmentReminderJob>(AppointmentReminderJob.Name, _ => new JobSchedule(TimeSpan.FromMinutes(1)));
        return services;
    }

    public static IEndpointRouteBuilder MapCalendarEndpoints(this IEndpointRouteBuilder app)
    {
        // The personal feed: anonymous by its long random token (calendar apps cannot sign in); unknown or revoked is 404.
        app.MapGet("/calendar/feed/{token}.ics", async (string token, HttpContext http, CalendarIcs ics) =>
            {
                http.Response.Headers.CacheControl = "private, max-age=300";
                return await ics.FeedAsync(token, http.RequestAborted) is { } text
                    ? Results.Text(text, CalendarIcs.ContentType)
                    : Results.NotFound();
            })
            .AllowAnonymous();

        // One appointment: staff with calendar.view, or the dentist it belongs to; anything else is 404.
        app.MapGet("/calendar/appointments/{id:guid}.ics", async (Guid id, CalendarIcs ics, CancellationToken ct) =>
                await ics.SingleAsync(id, ct) is { } text
                    ? Results.File(System.Text.Encoding.UTF8.GetBytes(text), CalendarIcs.ContentType, $"appointment-{id.ToString()[..8]}.ics")
                    : Results.NotFound())
            .RequireAuthorization();
        return app;
    }
}
