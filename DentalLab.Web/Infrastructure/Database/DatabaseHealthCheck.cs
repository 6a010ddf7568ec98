using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace DentalLab.Web.Infrastructure.Database;

/// <summary>/health answers 200 when PostgreSQL answers a query, 503 when it does not.</summary>
internal sealed class DatabaseHealthCheck(NpgsqlDataSource dataSource, DatabaseStatus status) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("SELECT 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("The database answers.");
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            status.ReportFailure();
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
