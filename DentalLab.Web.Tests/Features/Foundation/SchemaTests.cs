using DentalLab.Data.Entities;
using DentalLab.Data.Schema;
using DentalLab.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DentalLab.Web.Tests.Features.Foundation;

/// <summary>The schema the migrations build: tables, enums, views, triggers, constraints and reference data.</summary>
[Collection(LabCollection.Name)]
public sealed class SchemaTests(LabServerFixture server) : IAsyncLifetime
{
    private static readonly string[] SeedTables =
    [
        "users", "sessions", "password_reset_tokens", "workflow_stages", "workflow_templates", "cases", "case_files",
        "case_notes", "invoices", "invoice_items", "payments", "suppliers", "inventory_items", "inventory_transactions",
        "staff_profiles", "staff_schedules", "performance_reviews", "departments", "department_equipment", "conversations",
        "conversation_participants", "messages", "notifications", "dentist_profiles", "dentist_applications", "appointments",
        "roles", "permissions", "role_permissions", "shipments", "delivery_routes", "route_stops", "settings", "audit_log",
    ];

    private static readonly string[] RequiredEnums =
    [
        "user_role", "procedure_type", "urgency_level", "priority_level", "case_status", "workflow_stage_name",
        "workflow_status", "invoice_status", "payment_method", "inventory_transaction_type", "inventory_category",
        "employment_type", "equipment_status", "conversation_type", "notification_type", "dentist_status",
        "appointment_type", "shipment_type",
    ];

    private string _cs = "";

    public async Task InitializeAsync() => _cs = await server.CreateDatabaseAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_seed_table_exists()
    {
        var tables = await ListAsync("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'");
        Assert.Empty(SeedTables.Except(tables));
    }

    [Fact]
    public async Task Every_required_enum_exists_and_stages_sort_in_workflow_order()
    {
        var enums = await ListAsync("SELECT typname FROM pg_type WHERE typtype = 'e'");
        Assert.Empty(RequiredEnums.Except(enums));
        var stages = await ListAsync("SELECT unnest(enum_range(NULL::workflow_stage_name))::text");
        Assert.Equal(["receiving", "impression_scan", "design", "milling", "sintering", "quality_control", "delivery"], stages);
    }

    [Fact]
    public async Task The_five_analytical_views_are_materialized_with_a_unique_index_and_refresh_concurrently()
    {
        var views = await ListAsync("SELECT matviewname FROM pg_matviews WHERE schemaname = 'public'");
        Assert.Equal(MigrationSql.ViewNames.Order(), views.Order());
        foreach (var view in MigrationSql.ViewNames)
        {
            // CONCURRENTLY fails unless the view has a unique index (and is populated).
            await ExecuteAsync($"REFRESH MATERIALIZED VIEW CONCURRENTLY {view}");
        }
    }

    [Fact]
    public async Task Every_table_with_updated_at_has_the_trigger_and_it_moves_on_a_plain_sql_update()
    {
        var missing = await ListAsync("""
            SELECT c.table_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = 'public' AND c.column_name = 'updated_at'
              AND NOT EXISTS (SELECT 1 FROM information_schema.triggers tr
                              WHERE tr.event_object_table = c.table_name AND tr.action_statement LIKE '%update_updated_at_column%')
            """);
        Assert.Empty(missing);

        await ExecuteAsync("UPDATE settings SET updated_at = '2020-01-01' WHERE key = 'lab.name'");
        await ExecuteAsync("UPDATE settings SET value = '\"Renamed Lab\"' WHERE key = 'lab.name'");
        var updated = await ScalarAsync<DateTime>("SELECT updated_at FROM settings WHERE key = 'lab.name'");
        Assert.True(updated > DateTime.UtcNow.AddMinutes(-5), $"updated_at stayed at {updated:o}");
    }

    [Fact]
    public async Task There_are_more_than_a_hundred_indexes()
    {
        var count = await ScalarAsync<long>("SELECT count(*) FROM pg_indexes WHERE schemaname = 'public'");
        Assert.True(count > 100, $"only {count} indexes");
    }

    [Fact]
    public async Task Constraints_reject_bad_rows()
    {
        var dentistId = await InsertDentistAsync();
        await ExecuteAsync($"""
            INSERT INTO invoices (invoice_number, dentist_id, status, issue_date, due_date, subtotal, discount_amount, tax_rate, tax_amount, total, amount_paid)
            VALUES ('INV-2026-90001', '{dentistId}', 'draft', '2026-11-01', '2026-12-01', 100, 0, 0, 0, 100, 0)
            """);

        // A negative amount, an end before its start, a duplicate case number.
        await AssertRejectedAsync("INSERT INTO payments (invoice_id, kind, amount, method, paid_on) SELECT id, 'payment', -5, 'cash', '2026-11-02' FROM invoices LIMIT 1", "23514");
        await AssertRejectedAsync("INSERT INTO appointments (title, type, starts_at, ends_at, all_day, attendee_ids, is_cancelled) VALUES ('Review', 'meeting', '2026-11-02 10:00Z', '2026-11-02 09:00Z', false, '[]', false)", "23514");
        const string newCase = """
            INSERT INTO cases (case_number, dentist_id, patient_code, procedure_type, teeth, units, urgency, priority, status, received_at, due_date)
            VALUES ('DL-2026-999999', '{0}', 'P-1', 'crown', '{{11}}', 1, 'standard', 'medium', 'received', now(), '2026-12-01')
            """;
        await ExecuteAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, newCase, dentistId));
        await AssertRejectedAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, newCase, dentistId), "23505");
    }

    [Fact]
    public async Task A_soft_deleted_row_is_hidden_from_queries_and_still_in_the_table()
    {
        var dentistId = await InsertDentistAsync();
        await using (var db = LabServerFixture.CreateContext(_cs))
        {
            var dentist = await db.Set<DentistProfile>().SingleAsync(d => d.Id == dentistId);
            db.Remove(dentist);
            await db.SaveChangesAsync();
        }

        await using (var db = LabServerFixture.CreateContext(_cs))
        {
            Assert.False(await db.Set<DentistProfile>().AnyAsync(d => d.Id == dentistId));
            Assert.True(await db.Set<DentistProfile>().IgnoreQueryFilters().AnyAsync(d => d.Id == dentistId && d.DeletedAt != null));
            var audit = await db.AuditLog.SingleAsync(a => a.TableName == "dentist_profiles" && a.RecordId == dentistId.ToString() && a.Action == AuditAction.Delete);
            Assert.Contains("deleted_at", audit.OldValues!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Reference_data_is_complete()
    {
        await using var db = LabServerFixture.CreateContext(_cs);
        Assert.Equal(Enum.GetValues<UserRole>().Length, await db.Roles.CountAsync(r => r.Description != ""));
        var permissions = await db.Permissions.Select(p => p.Code).ToListAsync();
        Assert.Equal(PermissionCodes.All.Select(p => p.Code).Order(), permissions.Order());

        var technician = await db.RolePermissions.Where(g => g.Role!.Code == UserRole.Technician).Select(g => g.Permission!.Code).ToListAsync();
        Assert.Equal(
            ["calendar.view", "cases.files", "cases.notes", "cases.view", "departments.view", "inventory.transact", "inventory.view", "messages.use", "workflow.advance", "workflow.view"],
            technician.Order());
        var admin = await db.RolePermissions.Where(g => g.Role!.Code == UserRole.Admin).Select(g => g.Permission!.Code).ToListAsync();
        Assert.DoesNotContain(PermissionCodes.PortalAccess, admin);
        Assert.Equal(PermissionCodes.All.Count - 1, admin.Count);

        var templated = await db.Set<WorkflowTemplate>().Select(t => t.ProcedureType).ToListAsync();
        Assert.Equal(Enum.GetValues<ProcedureType>().Order(), templated.Order());
        var settings = await db.Settings.Select(s => s.Key).ToListAsync();
        Assert.Superset(new HashSet<string> { "lab.name", "lab.address", "billing.currency", "billing.tax_rate", "billing.payment_terms_days", "cases.default_turnaround_days", "files.max_upload_mb", "cases.holidays" }, settings.ToHashSet());
    }

    private async Task<Guid> InsertDentistAsync()
    {
        await using var db = LabServerFixture.CreateContext(_cs);
        var dentist = new DentistProfile
        {
            PracticeName = "Praxis Müller",
            DentistName = "Dr. Jürgen Müller",
            LicenseNumber = "LIC-" + Guid.NewGuid().ToString("N")[..8],
            LicenseRegion = "DE-BY",
            Email = $"m{Guid.NewGuid():N}@example.test",
        };
        db.Add(dentist);
        await db.SaveChangesAsync();
        return dentist.Id;
    }

    private async Task AssertRejectedAsync(string sql, string sqlState)
    {
        var error = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(sql));
        Assert.Equal(sqlState, error.SqlState);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var connection = new NpgsqlConnection(_cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<string>> ListAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_cs);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var list = new List<string>();
        while (await reader.ReadAsync())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }
}
