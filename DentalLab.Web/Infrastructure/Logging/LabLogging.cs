using Serilog;
using Serilog.Events;

namespace DentalLab.Web.Infrastructure.Logging;

/// <summary>
/// Serilog: structured console output, a rolling file and one line per request. Requests are logged by path
/// only (no query strings: they may carry reset tokens), and nothing logs patient names or passwords.
/// </summary>
public static class LabLogging
{
    private const string Template =
        "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    public static Serilog.ILogger CreateBootstrapLogger() =>
        new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Console(outputTemplate: Template, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .CreateBootstrapLogger();

    public static void AddLabLogging(this WebApplicationBuilder builder)
    {
        var logFolder = Path.GetFullPath(
            Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["Logging:Path"] ?? "logs"));
        // preserveStaticLogger: several app hosts may run in one process (tests), so the static logger is left alone.
        builder.Services.AddSerilog(
            (services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: Template, formatProvider: System.Globalization.CultureInfo.InvariantCulture)
            .WriteTo.File(
                Path.Combine(logFolder, "dentallab-.log"),
                rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 14,
                outputTemplate: "{Timestamp:o} [{Level:u3}] {SourceContext}: {Message:lj} {Properties:j} trace={TraceId}{NewLine}{Exception}",
                formatProvider: System.Globalization.CultureInfo.InvariantCulture),
            preserveStaticLogger: true);
    }

    public static void UseLabRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
        {
            // Blazor's circuit and static assets would drown the useful lines.
            options.GetLevel = (http, _, ex) =>
                ex is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : http.Request.Path.StartsWithSegments("/_blazor") || http.Request.Path.StartsWithSegments("/_content")
                    || http.Request.Path.StartsWithSegments("/_framework") ? LogEventLevel.Verbose
                : LogEventLevel.Information;
        });
}
