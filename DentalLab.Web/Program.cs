using DentalLab.Web.Benchmarks;
using DentalLab.Web.Components;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Backup;
using DentalLab.Web.Infrastructure.Database;
using DentalLab.Web.Infrastructure.Email;
using DentalLab.Web.Infrastructure.Hosting;
using DentalLab.Web.Infrastructure.Jobs;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Logging;
using DentalLab.Web.Infrastructure.Observability;
using DentalLab.Web.Features.Admin;
using DentalLab.Web.Features.Billing;
using DentalLab.Web.Features.Calendar;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Features.Dashboard;
using DentalLab.Web.Features.Dentists;
using DentalLab.Web.Features.Logistics;
using DentalLab.Web.Features.Inventory;
using DentalLab.Web.Features.Messages;
using DentalLab.Web.Features.Notifications;
using DentalLab.Web.Features.Portal;
using DentalLab.Web.Features.Workflow;
using DentalLab.Web.Features.Staff;
using DentalLab.Web.Features.Departments;
using DentalLab.Web.Features.Compliance;
using DentalLab.Web.Features.Reports;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Security;
using MudBlazor.Services;
using Serilog;

// Benchmarks (commands, not tests): see README "Benchmarks".
if (await BenchmarkCommands.TryRunAsync(args) is { } benchmarkExitCode)
{
    return benchmarkExitCode;
}

if (BackupCommand.Matches(args))
{
    return await BackupCommand.RunAsync(args);
}

if (args is ["audit", "verify", ..])
{
    return await DentalLab.Web.Features.Admin.Audit.AuditVerifyCommand.RunAsync(args);
}

Log.Logger = LabLogging.CreateBootstrapLogger();
try
{
    var builder = WebApplication.CreateBuilder(LabDatabaseSetup.ApplyCommandLineSwitches(args));
    builder.AddLabLogging();
    builder.AddLabTelemetry();
    builder.AddLabGracefulShutdown();

    await builder.AddLabDatabaseAsync();
    builder.Services.AddLabAuth(builder.Configuration);
    builder.AddLabSecurity();
    builder.Services.AddLabEmail(builder.Configuration);
    builder.Services.AddSingleton<LabSettings>();
    builder.Services.AddLiveEvents(builder.Configuration);
    builder.Services.AddJobScheduler();
    builder.Services.AddLabBackups(builder.Configuration);
    builder.Services.AddNotificationFeatures(builder.Configuration);
    builder.Services.AddMessageFeatures();
    builder.Services.AddDashboardFeatures();
    builder.Services.AddPortalFeatures();
    builder.Services.AddDentistFeatures();
    builder.Services.AddCaseFeatures();
    builder.Services.AddAdminFeatures();
    builder.Services.AddWorkflowFeatures();
    builder.Services.AddBillingFeatures();
    builder.Services.AddCalendarFeatures();
    builder.Services.AddLogisticsFeatures();
    builder.Services.AddInventoryFeatures();
    builder.Services.AddStaffFeatures();
    builder.Services.AddDepartmentFeatures();
    builder.Services.AddComplianceFeatures();
    builder.Services.AddReportFeatures();
    // Messages appear bottom right, clear of the page's header actions (top right, they covered a case's buttons).
    builder.Services.AddStaticAssetCompression();
    builder.Services.AddMudServices(mud => mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight);
    builder.Services.AddRazorComponents().AddInteractiveServerComponents()
        // The prerendered board (up to 7 × 50 cards) travels back as persisted component state when the circuit starts;
        // SignalR's default 32 KB limit closed the circuit on a full board.
        .AddHubOptions(hub => hub.MaximumReceiveMessageSize = 1024 * 1024);

    var app = builder.Build();
    await app.PrepareLabDatabaseAsync();
    app.UseLabSecurity();
    app.UseLabGracefulShutdown();

    if (!app.Environment.IsDevelopment())
    {
        app.UseExceptionHandler("/error", createScopeForErrors: true);
    }

    app.UseLabRequestLogging();
    app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
    app.UseLabRateLimits();
    app.UseAuthentication();
    app.UseAuthorization();
    app.UseAntiforgery();

    app.UseStaticAssetCompression();
    app.MapStaticAssets();
    app.MapLabHealthCheck();
    app.MapLabMetrics();
    app.MapAccountEndpoints();
    app.MapBillingEndpoints();
    app.MapCaseEndpoints();
    app.MapCalendarEndpoints();
    app.MapLogisticsEndpoints();
    app.MapInventoryEndpoints();
    app.MapStaffEndpoints();
    app.MapAdminEndpoints();
    app.MapComplianceEndpoints();
    app.MapReportEndpoints();
    app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "DentalLab stopped unexpectedly");
    throw;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
