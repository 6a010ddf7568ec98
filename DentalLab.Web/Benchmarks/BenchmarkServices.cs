using DentalLab.Data;
using DentalLab.Web.Features.Admin;
using DentalLab.Web.Features.Billing;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Features.Dashboard;
using DentalLab.Web.Features.Dentists;
using DentalLab.Web.Features.Messages;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Features.Portal;
using DentalLab.Web.Features.Reports;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Features.Compliance;
using DentalLab.Web.Features.Logistics;
using DentalLab.Web.Features.Inventory;
using DentalLab.Web.Features.Departments;
using DentalLab.Web.Features.Staff;
using DentalLab.Web.Features.Calendar;
using DentalLab.Web.Infrastructure.Email;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.AspNetCore.Components.Authorization;
using Npgsql;

namespace DentalLab.Web.Benchmarks;

/// <summary>
/// The app's own services over a benchmark's data source, as the pages get them (the feature registrations of
/// Program.cs), with the signed-in user given by <see cref="FixedUser"/>. No host runs: no job, no live transport.
/// </summary>
internal static class BenchmarkServices
{
    public static ServiceProvider Build(NpgsqlDataSource dataSource)
    {
        var configuration = new ConfigurationBuilder().Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        // Files (case uploads, the outbox) would go under this folder; the benchmarks read, they do not upload.
        var content = Path.Combine(Path.GetTempPath(), "dentallab-benchmark-content");
        services.AddSingleton<IHostEnvironment>(new Microsoft.Extensions.Hosting.Internal.HostingEnvironment
        {
            EnvironmentName = Environments.Production,
            ApplicationName = "DentalLab.Web",
            ContentRootPath = content,
            ContentRootFileProvider = new Microsoft.Extensions.FileProviders.NullFileProvider(),
        });
        services.AddLogging();
        services.AddHttpContextAccessor();
        services.AddSingleton(dataSource);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<FixedUser>();
        services.AddSingleton<AuthenticationStateProvider>(sp => sp.GetRequiredService<FixedUser>());
        services.AddSingleton<PermissionRegistry>();
        services.AddSingleton<LabSettings>();
        services.AddScoped<CurrentUser>();
        services.AddScoped<OperationScopes>();
        services.AddSingleton<SessionService>();
        services.AddScoped<DentistScope>();
        services.AddSingleton<SqlCapture>();
        services.AddDbContextFactory<LabDbContext>(
            (sp, options) => options.UseLabDatabase(dataSource, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<CurrentUser>())
                .AddInterceptors(sp.GetRequiredService<SqlCapture>()),
            ServiceLifetime.Scoped);
        services.AddLiveEvents(configuration);
        services.AddNotificationFeatures(configuration);
        services.AddMessageFeatures();
        services.AddDashboardFeatures();
        services.AddPortalFeatures();
        services.AddDentistFeatures();
        services.AddCaseFeatures();
        services.AddAdminFeatures();
        services.AddWorkflowFeatures();
        services.AddBillingFeatures();
        services.AddReportFeatures();
        services.AddComplianceFeatures();
        services.AddLogisticsFeatures();
        services.AddInventoryFeatures();
        services.AddDepartmentFeatures();
        services.AddStaffFeatures();
        services.AddCalendarFeatures();
        services.AddLabEmail(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
