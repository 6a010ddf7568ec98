using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace DentalLab.Web.Infrastructure.Observability;

/// <summary>
/// OpenTelemetry metrics and traces: ASP.NET Core, HttpClient, Npgsql and the runtime, plus the app's own meters
/// (<see cref="LabMetrics"/>). A Prometheus scrape endpoint at <c>/metrics</c> only when <c>Metrics:Prometheus:Enabled</c>,
/// answering only the addresses in <c>Metrics:Prometheus:AllowedAddresses</c> (default: this machine); an OTLP
/// exporter only when <c>Telemetry:OtlpEndpoint</c> is set. Log lines carry the trace id (see LabLogging).
/// </summary>
public static class TelemetrySetup
{
    public static void AddLabTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var prometheus = configuration.GetValue("Metrics:Prometheus:Enabled", false);
        var otlp = configuration["Telemetry:OtlpEndpoint"];
        builder.Services.AddScoped<CircuitHandler, LabMetrics.CircuitCounter>();
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("DentalLab", serviceVersion: typeof(TelemetrySetup).Assembly.GetName().Version?.ToString()))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddRuntimeInstrumentation()
                    .AddMeter("Npgsql").AddMeter(LabMetrics.MeterName);
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }

                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    metrics.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            })
            .WithTracing(tracing =>
            {
                // Request paths only: the default instrumentation records no query strings (they may carry tokens).
                tracing.AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/_framework"))
                    .AddHttpClientInstrumentation().AddNpgsql();
                if (!string.IsNullOrWhiteSpace(otlp))
                {
                    tracing.AddOtlpExporter(o => o.Endpoint = new Uri(otlp));
                }
            });
    }

    /// <summary>Maps <c>/metrics</c> when enabled; otherwise the address does not exist (404).</summary>
    public static void MapLabMetrics(this WebApplication app)
    {
        if (!app.Configuration.GetValue("Metrics:Prometheus:Enabled", false))
        {
            return;
        }

        var allowed = (app.Configuration["Metrics:Prometheus:AllowedAddresses"] ?? "127.0.0.1,::1")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => IPNetwork.Parse(a.Contains('/', StringComparison.Ordinal) ? a : a + (a.Contains(':', StringComparison.Ordinal) ? "/128" : "/32")))
            .ToList();
        app.MapPrometheusScrapingEndpoint("/metrics")
            .AllowAnonymous()
            .AddEndpointFilter(async (context, next) =>
            {
                var remote = context.HttpContext.Connection.RemoteIpAddress;
                if (remote is null || !allowed.Any(n => n.Contains(remote.IsIPv4MappedToIPv6 ? remote.MapToIPv4() : remote)))
                {
                    return Results.NotFound();
                }

                return await next(context);
            });
    }
}
