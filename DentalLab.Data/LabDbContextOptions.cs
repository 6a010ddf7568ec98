using DentalLab.Data.Entities;
using DentalLab.Data.Interceptors;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using Npgsql.NameTranslation;

namespace DentalLab.Data;

/// <summary>The one place that says how the lab's DbContext talks to PostgreSQL (app, tests and tools).</summary>
public static class LabDbContextOptions
{
    private static readonly NpgsqlSnakeCaseNameTranslator Translator = new();

    /// <summary>Every CLR enum that is a PostgreSQL enum type, with its type name.</summary>
    public static readonly IReadOnlyList<(Type Type, string Name)> Enums =
    [
        (typeof(UserRole), "user_role"),
        (typeof(ProcedureType), "procedure_type"),
        (typeof(UrgencyLevel), "urgency_level"),
        (typeof(PriorityLevel), "priority_level"),
        (typeof(CaseStatus), "case_status"),
        (typeof(WorkflowStageName), "workflow_stage_name"),
        (typeof(WorkflowStatus), "workflow_status"),
        (typeof(InvoiceStatus), "invoice_status"),
        (typeof(PaymentMethod), "payment_method"),
        (typeof(InventoryTransactionType), "inventory_transaction_type"),
        (typeof(InventoryCategory), "inventory_category"),
        (typeof(EmploymentType), "employment_type"),
        (typeof(EquipmentStatus), "equipment_status"),
        (typeof(ConversationType), "conversation_type"),
        (typeof(NotificationType), "notification_type"),
        (typeof(DentistStatus), "dentist_status"),
        (typeof(ApplicationStatus), "application_status"),
        (typeof(AppointmentType), "appointment_type"),
        (typeof(ShipmentType), "shipment_type"),
        (typeof(ShipmentStatus), "shipment_status"),
        (typeof(RouteStatus), "route_status"),
        (typeof(AuditAction), "audit_action"),
        (typeof(RemakePayer), "remake_payer"),
    ];

    /// <summary>Builds the data source with the enum mappings (ADO level).</summary>
    public static NpgsqlDataSource BuildDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        foreach (var (type, name) in Enums)
        {
            builder.MapEnum(type, name, Translator);
        }

        builder.EnableDynamicJson();
        return builder.Build();
    }

    /// <summary>Configures a context over a data source built by <see cref="BuildDataSource"/>.</summary>
    /// <param name="options">The options to configure.</param>
    /// <param name="dataSource">The data source with the enum mappings.</param>
    /// <param name="clock">The clock for created_at/updated_at/deleted_at and audit times.</param>
    /// <param name="auditContext">Who is acting and from where; without it, changes are audited as the system.</param>
    /// <param name="resilience">
    /// For the running app: retry transient failures (a database restart) with <see cref="Resilience.LabExecutionStrategy"/>,
    /// telling <see cref="ResilienceOptions.OnTransientFailure"/> about each. Tools and tests leave it off.
    /// </param>
    public static DbContextOptionsBuilder UseLabDatabase(
        this DbContextOptionsBuilder options,
        NpgsqlDataSource dataSource,
        TimeProvider? clock = null,
        IAuditContext? auditContext = null,
        ResilienceOptions? resilience = null)
    {
        clock ??= TimeProvider.System;
        options
            .UseNpgsql(dataSource, o =>
            {
                ConfigureNpgsql(o);
                if (resilience is not null)
                {
                    o.ExecutionStrategy(dependencies => new Resilience.LabExecutionStrategy(dependencies, resilience.OnTransientFailure));
                }
            })
            .UseSnakeCaseNamingConvention()
            // Soft-deleted parents keep their children on purpose (history stays whole); the children are
            // reached through their live parents, so this model warning does not apply.
            // The capped counts (CappedCount, the case list's) are count(*) over a LIMIT without ORDER BY on purpose:
            // which 10,001 rows make the cap does not matter. EF warns of every such query; its note goes to Debug.
            .ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning)
                .Log((CoreEventId.RowLimitingOperationWithoutOrderByWarning, Microsoft.Extensions.Logging.LogLevel.Debug)))
            .AddInterceptors(
                new TimestampAndSoftDeleteInterceptor(clock),
                new AuditInterceptor(clock, auditContext ?? SystemAuditContext.Instance));
        return options;
    }

    private static void ConfigureNpgsql(NpgsqlDbContextOptionsBuilder o)
    {
        o.MigrationsAssembly(typeof(LabDbContext).Assembly.GetName().Name);
        foreach (var (type, name) in Enums)
        {
            o.MapEnum(type, name, nameTranslator: Translator);
        }
    }

    /// <summary>Sets each enum's labels in declaration order: the order matters (stages sort in workflow order).</summary>
    internal static void ConfigureEnumLabels(ModelBuilder builder)
    {
        foreach (var (type, name) in Enums)
        {
            var labels = Enum.GetNames(type).Select(Translator.TranslateMemberName).ToArray();
            builder.HasPostgresEnum(name, labels);
        }
    }
}

/// <summary>How the running app's contexts meet transient database failures (see <see cref="Resilience.LabExecutionStrategy"/>).</summary>
public sealed record ResilienceOptions(Action? OnTransientFailure);
