using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace DentalLab.Data.Resilience;

/// <summary>
/// Npgsql's retrying execution strategy, so a query or a SaveChanges that meets a database restart waits for it
/// (up to <see cref="MaxRetries"/> attempts, at most <see cref="MaxDelay"/> apart) instead of failing the user's action.
/// </summary>
/// <remarks>
/// Work inside an explicit transaction is not retried statement by statement (a retry could not replay what the
/// transaction had already done): it runs once, and a transient failure there reaches the caller, who tells the user
/// it was not saved. Starting such a transaction is retried (<see cref="LabTransactions.BeginResilientTransactionAsync"/>),
/// so an action that begins while the database is away still waits for it. <paramref name="onTransientFailure"/> hears
/// each transient failure (the app shows "reconnecting to the database").
/// </remarks>
public sealed class LabExecutionStrategy(ExecutionStrategyDependencies dependencies, Action? onTransientFailure)
    : Npgsql.EntityFrameworkCore.PostgreSQL.NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, MaxDelay, errorCodesToAdd: null)
{
    public const int MaxRetries = 8;

    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(3);

    private bool _inUserTransaction;

    protected override void OnFirstExecution()
    {
        _inUserTransaction = Dependencies.CurrentContext.Context.Database.CurrentTransaction is not null;
        if (_inUserTransaction)
        {
            ExceptionsEncountered.Clear();
            return;
        }

        base.OnFirstExecution();
    }

    protected override bool ShouldRetryOn(Exception? exception)
    {
        var transient = base.ShouldRetryOn(exception);
        if (transient)
        {
            onTransientFailure?.Invoke();
        }

        return transient && !_inUserTransaction;
    }
}

/// <summary>Explicit transactions that live with <see cref="LabExecutionStrategy"/>.</summary>
public static class LabTransactions
{
    /// <summary>
    /// Begins a transaction, waiting through a database restart the way single statements do (opening the connection
    /// is retried; nothing has happened yet, so a retry is safe). What runs inside the transaction runs once.
    /// </summary>
    public static Task<IDbContextTransaction> BeginResilientTransactionAsync(this DbContext db, CancellationToken ct = default) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(db, static (context, token) => context.Database.BeginTransactionAsync(token), ct);
}
