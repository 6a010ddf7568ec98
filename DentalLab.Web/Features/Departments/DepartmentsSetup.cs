using DentalLab.Web.Features.Departments.Equipment;
using DentalLab.Web.Infrastructure.Calendar;
using DentalLab.Web.Infrastructure.Jobs;

namespace DentalLab.Web.Features.Departments;

/// <summary>Registers departments and equipment: reads, changes, the daily maintenance reminder and the calendar source.</summary>
public static class DepartmentsSetup
{
    public static IServiceCollection AddDepartmentFeatures(this IServiceCollection services)
    {
        services.AddScoped<DepartmentQueries>();
        services.AddScoped<DepartmentService>();
        services.AddScoped<EquipmentQueries>();
        services.AddScoped<EquipmentService>();
        services.AddScoped<ICalendarSource, MaintenanceCalendarSource>();
        services.AddRecurringJob<MaintenanceReminderJob>(MaintenanceReminderJob.Name, _ => new JobSchedule(TimeSpan.FromDays(1)));
        return services;
    }
}
