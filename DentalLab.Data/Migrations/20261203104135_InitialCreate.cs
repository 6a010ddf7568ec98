using System;
using DentalLab.Data.Entities;
using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace DentalLab.Data.Migrations
{
    /// <summary>
    /// The whole schema: the tables, keys, indexes and reference data from the model, then the hand-written SQL
    /// (functions, triggers, views and the indexes EF cannot express; see DentalLab.Data/Schema). One migration since
    /// nothing had been released (the earlier eleven were squashed on 3 December 2026).
    /// </summary>
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:application_status", "pending,approved,rejected")
                .Annotation("Npgsql:Enum:appointment_type", "case_review,delivery,pickup,meeting,training,maintenance,other")
                .Annotation("Npgsql:Enum:audit_action", "insert,update,delete,view,download,export,sign_in_failed,locked_out")
                .Annotation("Npgsql:Enum:case_status", "received,processing,designing,milling,qc,ready,delivered,cancelled,on_hold")
                .Annotation("Npgsql:Enum:conversation_type", "direct,group,case")
                .Annotation("Npgsql:Enum:dentist_status", "active,inactive,suspended")
                .Annotation("Npgsql:Enum:employment_type", "full_time,part_time,contract,temporary,intern")
                .Annotation("Npgsql:Enum:equipment_status", "active,maintenance,inactive,broken,decommissioned")
                .Annotation("Npgsql:Enum:inventory_category", "materials,tools,equipment,consumables,supplies")
                .Annotation("Npgsql:Enum:inventory_transaction_type", "in,out,adjustment,damage,write_off")
                .Annotation("Npgsql:Enum:invoice_status", "draft,sent,paid,overdue,cancelled,refunded")
                .Annotation("Npgsql:Enum:notification_type", "case_update,assignment,message,invoice,appointment,system,alert")
                .Annotation("Npgsql:Enum:payment_method", "credit_card,bank_transfer,check,cash,other")
                .Annotation("Npgsql:Enum:priority_level", "low,medium,high")
                .Annotation("Npgsql:Enum:procedure_type", "crown,bridge,implant,veneer,inlay,onlay,denture,partial_denture,night_guard,aligner,other")
                .Annotation("Npgsql:Enum:remake_payer", "lab,dentist,split")
                .Annotation("Npgsql:Enum:route_status", "planned,in_progress,completed,cancelled")
                .Annotation("Npgsql:Enum:shipment_status", "scheduled,in_transit,delivered,failed,cancelled")
                .Annotation("Npgsql:Enum:shipment_type", "pickup,delivery")
                .Annotation("Npgsql:Enum:urgency_level", "standard,rush,emergency")
                .Annotation("Npgsql:Enum:user_role", "admin,manager,technician,staff,dentist")
                .Annotation("Npgsql:Enum:workflow_stage_name", "receiving,impression_scan,design,milling,sintering,quality_control,delivery")
                .Annotation("Npgsql:Enum:workflow_status", "pending,in_progress,completed,blocked,on_hold,failed,skipped")
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:pgcrypto", ",,");

            migrationBuilder.CreateSequence(
                name: "case_number_seq");

            migrationBuilder.CreateSequence(
                name: "invoice_number_seq");

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "permissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    module = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_permissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "procedure_prices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    procedure_type = table.Column<ProcedureType>(type: "procedure_type", nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    rush_surcharge_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    emergency_surcharge_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_procedure_prices", x => x.id);
                    table.CheckConstraint("ck_procedure_prices_emergency_surcharge_not_negative", "emergency_surcharge_percent >= 0");
                    table.CheckConstraint("ck_procedure_prices_rush_surcharge_not_negative", "rush_surcharge_percent >= 0");
                    table.CheckConstraint("ck_procedure_prices_unit_price_not_negative", "unit_price >= 0");
                });

            migrationBuilder.CreateTable(
                name: "qc_checklist_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    procedure_type = table.Column<ProcedureType>(type: "procedure_type", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    text = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qc_checklist_items", x => x.id);
                    table.CheckConstraint("ck_qc_checklist_items_position_positive", "position >= 1");
                    table.CheckConstraint("ck_qc_checklist_items_text_not_empty", "btrim(text) <> ''");
                });

            migrationBuilder.CreateTable(
                name: "roles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    code = table.Column<UserRole>(type: "user_role", nullable: true),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "scheduled_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    next_run_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    locked_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    locked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_succeeded = table.Column<bool>(type: "boolean", nullable: true),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    last_duration_ms = table.Column<int>(type: "integer", nullable: true),
                    run_count = table.Column<long>(type: "bigint", nullable: false),
                    fail_count = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scheduled_jobs", x => x.id);
                    table.CheckConstraint("ck_scheduled_jobs_counts_not_negative", "run_count >= 0 AND fail_count >= 0");
                    table.CheckConstraint("ck_scheduled_jobs_name_not_empty", "btrim(name) <> ''");
                });

            migrationBuilder.CreateTable(
                name: "settings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    category = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    value_type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    value = table.Column<string>(type: "jsonb", nullable: false),
                    description = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_settings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "suppliers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    rating = table.Column<short>(type: "smallint", nullable: true),
                    lead_time_days = table.Column<int>(type: "integer", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_suppliers", x => x.id);
                    table.CheckConstraint("ck_suppliers_lead_time_non_negative", "lead_time_days IS NULL OR lead_time_days >= 0");
                    table.CheckConstraint("ck_suppliers_rating_range", "rating IS NULL OR rating BETWEEN 1 AND 5");
                });

            migrationBuilder.CreateTable(
                name: "users",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    deactivated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_sign_in_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_templates",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    procedure_type = table.Column<ProcedureType>(type: "procedure_type", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    turnaround_days = table.Column<int>(type: "integer", nullable: false),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_templates", x => x.id);
                    table.CheckConstraint("ck_workflow_templates_name_not_empty", "btrim(name) <> ''");
                    table.CheckConstraint("ck_workflow_templates_turnaround_positive", "turnaround_days > 0");
                });

            migrationBuilder.CreateTable(
                name: "role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_claims_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "role_permissions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    permission_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_role_permissions", x => x.id);
                    table.ForeignKey(
                        name: "fk_role_permissions_permissions_permission_id",
                        column: x => x.permission_id,
                        principalTable: "permissions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_role_permissions_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "inventory_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    sku = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    category = table.Column<InventoryCategory>(type: "inventory_category", nullable: false),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    quantity_on_hand = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    reorder_level = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    reorder_quantity = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    unit_cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    supplier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    location = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    is_lot_tracked = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    low_stock_notified_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_items", x => x.id);
                    table.CheckConstraint("ck_inventory_items_quantity_on_hand_non_negative", "quantity_on_hand >= 0");
                    table.CheckConstraint("ck_inventory_items_reorder_level_non_negative", "reorder_level >= 0");
                    table.CheckConstraint("ck_inventory_items_reorder_quantity_non_negative", "reorder_quantity >= 0");
                    table.CheckConstraint("ck_inventory_items_unit_cost_non_negative", "unit_cost >= 0");
                    table.ForeignKey(
                        name: "fk_inventory_items_suppliers_supplier_id",
                        column: x => x.supplier_id,
                        principalTable: "suppliers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    table_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    record_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    action = table.Column<AuditAction>(type: "audit_action", nullable: false),
                    old_values = table.Column<string>(type: "jsonb", nullable: true),
                    new_values = table.Column<string>(type: "jsonb", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    ip_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    seq = table.Column<long>(type: "bigint", nullable: false, defaultValueSql: "0"),
                    prev_hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    hash = table.Column<byte[]>(type: "bytea", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_log", x => x.id);
                    table.ForeignKey(
                        name: "fk_audit_log_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "calendar_feed_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_calendar_feed_tokens", x => x.id);
                    table.CheckConstraint("ck_calendar_feed_tokens_hash_hex", "token_hash ~ '^[0-9a-f]{64}$'");
                    table.ForeignKey(
                        name: "fk_calendar_feed_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "delivery_routes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    route_date = table.Column<DateOnly>(type: "date", nullable: false),
                    driver_id = table.Column<Guid>(type: "uuid", nullable: true),
                    vehicle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status = table.Column<RouteStatus>(type: "route_status", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_delivery_routes", x => x.id);
                    table.CheckConstraint("ck_delivery_routes_completed_after_started", "completed_at IS NULL OR started_at IS NULL OR completed_at >= started_at");
                    table.ForeignKey(
                        name: "fk_delivery_routes_users_driver_id",
                        column: x => x.driver_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "dentist_profiles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    practice_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    dentist_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    license_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    license_region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    billing_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status = table.Column<DentistStatus>(type: "dentist_status", nullable: false),
                    discount_percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dentist_profiles", x => x.id);
                    table.CheckConstraint("ck_dentist_profiles_billing_email", "billing_email IS NULL OR position('@' in billing_email) > 1");
                    table.CheckConstraint("ck_dentist_profiles_discount_percent_range", "discount_percent >= 0 AND discount_percent <= 100");
                    table.CheckConstraint("ck_dentist_profiles_email", "position('@' in email) > 1");
                    table.CheckConstraint("ck_dentist_profiles_names_not_empty", "btrim(practice_name) <> '' AND btrim(dentist_name) <> ''");
                    table.ForeignKey(
                        name: "fk_dentist_profiles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "departments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    manager_id = table.Column<Guid>(type: "uuid", nullable: true),
                    budget = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    budget_spent = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    stage = table.Column<WorkflowStageName>(type: "workflow_stage_name", nullable: true),
                    is_active = table.Column<bool>(type: "boolean", nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_departments", x => x.id);
                    table.CheckConstraint("ck_departments_budget_non_negative", "budget >= 0");
                    table.CheckConstraint("ck_departments_budget_spent_non_negative", "budget_spent >= 0");
                    table.CheckConstraint("ck_departments_code_not_blank", "length(btrim(code)) > 0");
                    table.ForeignKey(
                        name: "fk_departments_users_manager_id",
                        column: x => x.manager_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<NotificationType>(type: "notification_type", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    body = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    link = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    data = table.Column<string>(type: "jsonb", nullable: true),
                    read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    emailed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_notifications", x => x.id);
                    table.CheckConstraint("ck_notifications_link_relative", "link IS NULL OR left(link, 1) = '/'");
                    table.ForeignKey(
                        name: "fk_notifications_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "password_reset_tokens",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    requested_from_ip = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_password_reset_tokens", x => x.id);
                    table.CheckConstraint("ck_password_reset_tokens_expires_after_created", "expires_at > created_at");
                    table.ForeignKey(
                        name: "fk_password_reset_tokens_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    last_seen_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    revoked_reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ip_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    user_agent = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sessions", x => x.id);
                    table.CheckConstraint("ck_sessions_expires_after_created", "expires_at > created_at");
                    table.ForeignKey(
                        name: "fk_sessions_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_user_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_user_logins_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_roles",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_user_roles_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_user_roles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "user_tokens",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_user_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "workflow_template_stages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    template_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<WorkflowStageName>(type: "workflow_stage_name", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    expected_hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_template_stages", x => x.id);
                    table.CheckConstraint("ck_workflow_template_stages_expected_hours_not_negative", "expected_hours >= 0");
                    table.CheckConstraint("ck_workflow_template_stages_position_positive", "position >= 1");
                    table.ForeignKey(
                        name: "fk_workflow_template_stages_workflow_templates_template_id",
                        column: x => x.template_id,
                        principalTable: "workflow_templates",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "material_lots",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    supplier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    lot_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    expires_on = table.Column<DateOnly>(type: "date", nullable: true),
                    quantity_received = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    quantity_remaining = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    blocked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_material_lots", x => x.id);
                    table.CheckConstraint("ck_material_lots_expires_after_received", "expires_on IS NULL OR expires_on >= received_on");
                    table.CheckConstraint("ck_material_lots_quantity_received_positive", "quantity_received > 0");
                    table.CheckConstraint("ck_material_lots_quantity_remaining_range", "quantity_remaining >= 0 AND quantity_remaining <= quantity_received");
                    table.ForeignKey(
                        name: "fk_material_lots_inventory_items_item_id",
                        column: x => x.item_id,
                        principalTable: "inventory_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_material_lots_suppliers_supplier_id",
                        column: x => x.supplier_id,
                        principalTable: "suppliers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    case_number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, defaultValueSql: "'DL-' || to_char(now(), 'YYYY') || '-' || to_char(nextval('case_number_seq'), 'FM999999000000')"),
                    dentist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    patient_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    patient_code = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    procedure_type = table.Column<ProcedureType>(type: "procedure_type", nullable: false),
                    teeth = table.Column<short[]>(type: "smallint[]", nullable: false),
                    bridge_spans = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    shade = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    material = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    units = table.Column<int>(type: "integer", nullable: false),
                    urgency = table.Column<UrgencyLevel>(type: "urgency_level", nullable: false),
                    priority = table.Column<PriorityLevel>(type: "priority_level", nullable: false),
                    status = table.Column<CaseStatus>(type: "case_status", nullable: false),
                    current_stage = table.Column<WorkflowStageName>(type: "workflow_stage_name", nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    due_date_override_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    instructions = table.Column<string>(type: "text", nullable: true),
                    parent_case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    remake_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    remake_payer = table.Column<RemakePayer>(type: "remake_payer", nullable: true),
                    hold_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    shipped_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    keep_until = table.Column<DateOnly>(type: "date", nullable: true),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cases", x => x.id);
                    table.CheckConstraint("ck_cases_bridge_spans_format", "bridge_spans IS NULL OR bridge_spans ~ '^[1-4][1-8]-[1-4][1-8](,[1-4][1-8]-[1-4][1-8])*$'");
                    table.CheckConstraint("ck_cases_cancel_reason", "status <> 'cancelled' OR cancel_reason IS NOT NULL");
                    table.CheckConstraint("ck_cases_delivered_after_shipped", "delivered_at IS NULL OR shipped_at IS NULL OR delivered_at >= shipped_at");
                    table.CheckConstraint("ck_cases_hold_reason", "status <> 'on_hold' OR hold_reason IS NOT NULL");
                    table.CheckConstraint("ck_cases_not_own_parent", "parent_case_id <> id");
                    table.CheckConstraint("ck_cases_patient_identified", "coalesce(btrim(patient_name), '') <> '' OR coalesce(btrim(patient_code), '') <> ''");
                    table.CheckConstraint("ck_cases_remake_reason", "parent_case_id IS NULL OR (remake_reason IS NOT NULL AND remake_payer IS NOT NULL)");
                    table.CheckConstraint("ck_cases_teeth_fdi", "teeth <@ ARRAY[11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 27, 28, 31, 32, 33, 34, 35, 36, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48]::smallint[]");
                    table.CheckConstraint("ck_cases_units_positive", "units > 0");
                    table.ForeignKey(
                        name: "fk_cases_cases_parent_case_id",
                        column: x => x.parent_case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_cases_dentist_profiles_dentist_id",
                        column: x => x.dentist_id,
                        principalTable: "dentist_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_cases_users_created_by_id",
                        column: x => x.created_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "dentist_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    practice_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    dentist_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    license_number = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    license_region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    expected_monthly_volume = table.Column<int>(type: "integer", nullable: true),
                    message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    status = table.Column<ApplicationStatus>(type: "application_status", nullable: false),
                    reviewed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reviewed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rejection_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    created_dentist_id = table.Column<Guid>(type: "uuid", nullable: true),
                    submitted_from_ip = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dentist_applications", x => x.id);
                    table.CheckConstraint("ck_dentist_applications_email_lower_case", "email = lower(email) AND position('@' in email) > 1");
                    table.CheckConstraint("ck_dentist_applications_names_not_empty", "btrim(practice_name) <> '' AND btrim(dentist_name) <> ''");
                    table.CheckConstraint("ck_dentist_applications_rejection_reason", "status <> 'rejected' OR rejection_reason IS NOT NULL");
                    table.CheckConstraint("ck_dentist_applications_reviewed", "status = 'pending' OR (reviewed_at IS NOT NULL)");
                    table.CheckConstraint("ck_dentist_applications_volume_not_negative", "expected_monthly_volume >= 0");
                    table.ForeignKey(
                        name: "fk_dentist_applications_dentist_profiles_created_dentist_id",
                        column: x => x.created_dentist_id,
                        principalTable: "dentist_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_dentist_applications_users_reviewed_by_id",
                        column: x => x.reviewed_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "invoices",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    invoice_number = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false, defaultValueSql: "'INV-' || to_char(now(), 'YYYY') || '-' || to_char(nextval('invoice_number_seq'), 'FM9999999900000')"),
                    dentist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<InvoiceStatus>(type: "invoice_status", nullable: false),
                    issue_date = table.Column<DateOnly>(type: "date", nullable: false),
                    due_date = table.Column<DateOnly>(type: "date", nullable: false),
                    subtotal = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    discount_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    tax_rate = table.Column<decimal>(type: "numeric(6,4)", precision: 6, scale: 4, nullable: false),
                    tax_amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    total = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    amount_paid = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    paid_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancelled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cancel_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    refunded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    refund_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    pdf_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoices", x => x.id);
                    table.CheckConstraint("ck_invoices_amount_paid_within_total", "amount_paid <= total");
                    table.CheckConstraint("ck_invoices_cancel_reason", "status <> 'cancelled' OR (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL)");
                    table.CheckConstraint("ck_invoices_discount_within_subtotal", "discount_amount <= subtotal");
                    table.CheckConstraint("ck_invoices_due_after_issue", "due_date >= issue_date");
                    table.CheckConstraint("ck_invoices_money_not_negative", "subtotal >= 0 AND discount_amount >= 0 AND tax_amount >= 0 AND total >= 0 AND amount_paid >= 0");
                    table.CheckConstraint("ck_invoices_paid_in_full", "status <> 'paid' OR amount_paid = total");
                    table.CheckConstraint("ck_invoices_pdf_sha256_hex", "pdf_sha256 IS NULL OR pdf_sha256 ~ '^[0-9a-f]{64}$'");
                    table.CheckConstraint("ck_invoices_refund_reason", "status <> 'refunded' OR (refunded_at IS NOT NULL AND refund_reason IS NOT NULL)");
                    table.CheckConstraint("ck_invoices_tax_rate_fraction", "tax_rate >= 0 AND tax_rate < 1");
                    table.CheckConstraint("ck_invoices_total_sums", "total = subtotal - discount_amount + tax_amount");
                    table.ForeignKey(
                        name: "fk_invoices_dentist_profiles_dentist_id",
                        column: x => x.dentist_id,
                        principalTable: "dentist_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_invoices_users_created_by_id",
                        column: x => x.created_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "department_equipment",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    serial_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    manufacturer = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    status = table.Column<EquipmentStatus>(type: "equipment_status", nullable: false),
                    purchased_on = table.Column<DateOnly>(type: "date", nullable: true),
                    purchase_cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    last_maintenance_on = table.Column<DateOnly>(type: "date", nullable: true),
                    next_maintenance_on = table.Column<DateOnly>(type: "date", nullable: true),
                    warranty_until = table.Column<DateOnly>(type: "date", nullable: true),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    decommissioned_on = table.Column<DateOnly>(type: "date", nullable: true),
                    status_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_department_equipment", x => x.id);
                    table.CheckConstraint("ck_department_equipment_next_after_last_maintenance", "next_maintenance_on IS NULL OR last_maintenance_on IS NULL OR next_maintenance_on >= last_maintenance_on");
                    table.CheckConstraint("ck_department_equipment_purchase_cost_non_negative", "purchase_cost IS NULL OR purchase_cost >= 0");
                    table.ForeignKey(
                        name: "fk_department_equipment_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_profiles",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: true),
                    employee_number = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    job_title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    employment_type = table.Column<EmploymentType>(type: "employment_type", nullable: false),
                    hired_on = table.Column<DateOnly>(type: "date", nullable: false),
                    hourly_rate = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    skills = table.Column<string>(type: "jsonb", nullable: false),
                    certifications = table.Column<string>(type: "jsonb", nullable: true),
                    emergency_contact = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_profiles", x => x.id);
                    table.CheckConstraint("ck_staff_profiles_certifications_array", "certifications IS NULL OR jsonb_typeof(certifications) = 'array'");
                    table.CheckConstraint("ck_staff_profiles_hourly_rate_non_negative", "hourly_rate IS NULL OR hourly_rate >= 0");
                    table.CheckConstraint("ck_staff_profiles_skills_array", "jsonb_typeof(skills) = 'array'");
                    table.ForeignKey(
                        name: "fk_staff_profiles_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_staff_profiles_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "lot_recalls",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: false),
                    recalled_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recalled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    affected_cases = table.Column<int>(type: "integer", nullable: false),
                    dentists_informed = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lot_recalls", x => x.id);
                    table.CheckConstraint("ck_lot_recalls_counts_non_negative", "affected_cases >= 0 AND dentists_informed >= 0");
                    table.ForeignKey(
                        name: "fk_lot_recalls_material_lots_lot_id",
                        column: x => x.lot_id,
                        principalTable: "material_lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_lot_recalls_users_recalled_by_id",
                        column: x => x.recalled_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "appointments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<AppointmentType>(type: "appointment_type", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    all_day = table.Column<bool>(type: "boolean", nullable: false),
                    location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    dentist_id = table.Column<Guid>(type: "uuid", nullable: true),
                    department_id = table.Column<Guid>(type: "uuid", nullable: true),
                    organizer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    attendee_ids = table.Column<string>(type: "jsonb", nullable: false),
                    is_cancelled = table.Column<bool>(type: "boolean", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointments", x => x.id);
                    table.CheckConstraint("ck_appointments_attendee_ids_array", "jsonb_typeof(attendee_ids) = 'array'");
                    table.CheckConstraint("ck_appointments_ends_after_starts", "ends_at > starts_at");
                    table.ForeignKey(
                        name: "fk_appointments_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_appointments_dentist_profiles_dentist_id",
                        column: x => x.dentist_id,
                        principalTable: "dentist_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_appointments_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_appointments_users_organizer_id",
                        column: x => x.organizer_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "case_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    original_file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    stored_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    content_type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    uploaded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    visible_to_dentist = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_files", x => x.id);
                    table.CheckConstraint("ck_case_files_kind", "kind IN ('scan', 'photo', 'document')");
                    table.CheckConstraint("ck_case_files_original_file_name_not_empty", "btrim(original_file_name) <> ''");
                    table.CheckConstraint("ck_case_files_sha256_hex", "sha256 ~ '^[0-9a-f]{64}$'");
                    table.CheckConstraint("ck_case_files_size_positive", "size_bytes > 0");
                    table.ForeignKey(
                        name: "fk_case_files_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_files_users_uploaded_by_id",
                        column: x => x.uploaded_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "case_materials",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    quantity = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    notes = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_materials", x => x.id);
                    table.CheckConstraint("ck_case_materials_quantity_positive", "quantity > 0");
                    table.ForeignKey(
                        name: "fk_case_materials_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_materials_inventory_items_item_id",
                        column: x => x.item_id,
                        principalTable: "inventory_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_materials_material_lots_lot_id",
                        column: x => x.lot_id,
                        principalTable: "material_lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_case_materials_users_recorded_by_id",
                        column: x => x.recorded_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "case_notes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    author_id = table.Column<Guid>(type: "uuid", nullable: true),
                    body = table.Column<string>(type: "text", nullable: false),
                    visible_to_dentist = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_case_notes", x => x.id);
                    table.CheckConstraint("ck_case_notes_body_not_empty", "btrim(body) <> ''");
                    table.ForeignKey(
                        name: "fk_case_notes_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_case_notes_users_author_id",
                        column: x => x.author_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "conformity_statements",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    language = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    stored_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    size_bytes = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    issued_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    issued_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    correction_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    keep_until = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conformity_statements", x => x.id);
                    table.CheckConstraint("ck_conformity_statements_correction_has_reason", "version = 1 OR btrim(coalesce(correction_reason, '')) <> ''");
                    table.CheckConstraint("ck_conformity_statements_sha256", "sha256 ~ '^[0-9a-f]{64}$'");
                    table.CheckConstraint("ck_conformity_statements_version_positive", "version >= 1");
                    table.ForeignKey(
                        name: "fk_conformity_statements_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_conformity_statements_users_issued_by_id",
                        column: x => x.issued_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "conversations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    type = table.Column<ConversationType>(type: "conversation_type", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    last_message_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversations", x => x.id);
                    table.CheckConstraint("ck_conversations_case_has_case_id", "type <> 'case' OR case_id IS NOT NULL");
                    table.CheckConstraint("ck_conversations_group_has_title", "type <> 'group' OR (title IS NOT NULL AND length(btrim(title)) > 0)");
                    table.ForeignKey(
                        name: "fk_conversations_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_conversations_users_created_by_id",
                        column: x => x.created_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "inventory_transactions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<InventoryTransactionType>(type: "inventory_transaction_type", nullable: false),
                    quantity = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    quantity_after = table.Column<decimal>(type: "numeric(12,3)", precision: 12, scale: 3, nullable: false),
                    unit_cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    lot_id = table.Column<Guid>(type: "uuid", nullable: true),
                    supplier_id = table.Column<Guid>(type: "uuid", nullable: true),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    performed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inventory_transactions", x => x.id);
                    table.CheckConstraint("ck_inventory_transactions_quantity_after_non_negative", "quantity_after >= 0");
                    table.CheckConstraint("ck_inventory_transactions_quantity_non_zero", "quantity <> 0");
                    table.CheckConstraint("ck_inventory_transactions_unit_cost_non_negative", "unit_cost IS NULL OR unit_cost >= 0");
                    table.ForeignKey(
                        name: "fk_inventory_transactions_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_inventory_transactions_inventory_items_item_id",
                        column: x => x.item_id,
                        principalTable: "inventory_items",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_inventory_transactions_material_lots_lot_id",
                        column: x => x.lot_id,
                        principalTable: "material_lots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_inventory_transactions_suppliers_supplier_id",
                        column: x => x.supplier_id,
                        principalTable: "suppliers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_inventory_transactions_users_performed_by_id",
                        column: x => x.performed_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "scan_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    stage = table.Column<WorkflowStageName>(type: "workflow_stage_name", nullable: true),
                    message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_scan_events", x => x.id);
                    table.CheckConstraint("ck_scan_events_outcome", "outcome IN ('shown', 'completed', 'refused', 'unknown')");
                    table.ForeignKey(
                        name: "fk_scan_events_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_scan_events_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "workflow_stages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage = table.Column<WorkflowStageName>(type: "workflow_stage_name", nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    attempt = table.Column<int>(type: "integer", nullable: false, defaultValue: 1),
                    status = table.Column<WorkflowStatus>(type: "workflow_status", nullable: false),
                    assigned_to_id = table.Column<Guid>(type: "uuid", nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    expected_hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    block_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    hold_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    qc_failed_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workflow_stages", x => x.id);
                    table.CheckConstraint("ck_workflow_stages_attempt_positive", "attempt >= 1");
                    table.CheckConstraint("ck_workflow_stages_block_reason", "status <> 'blocked' OR block_reason IS NOT NULL");
                    table.CheckConstraint("ck_workflow_stages_completed", "status <> 'completed' OR completed_at IS NOT NULL");
                    table.CheckConstraint("ck_workflow_stages_completed_after_started", "completed_at IS NULL OR started_at IS NULL OR completed_at >= started_at");
                    table.CheckConstraint("ck_workflow_stages_expected_hours_not_negative", "expected_hours >= 0");
                    table.CheckConstraint("ck_workflow_stages_failed_reason", "status <> 'failed' OR qc_failed_reason IS NOT NULL");
                    table.CheckConstraint("ck_workflow_stages_hold_reason", "status <> 'on_hold' OR hold_reason IS NOT NULL");
                    table.CheckConstraint("ck_workflow_stages_position_positive", "position >= 1");
                    table.CheckConstraint("ck_workflow_stages_started", "status NOT IN ('in_progress', 'completed') OR started_at IS NOT NULL");
                    table.ForeignKey(
                        name: "fk_workflow_stages_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_workflow_stages_users_assigned_to_id",
                        column: x => x.assigned_to_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_workflow_stages_users_completed_by_id",
                        column: x => x.completed_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "invoice_items",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    procedure_type = table.Column<ProcedureType>(type: "procedure_type", nullable: true),
                    teeth = table.Column<short[]>(type: "smallint[]", nullable: true),
                    quantity = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    unit_price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false),
                    is_voided = table.Column<bool>(type: "boolean", nullable: false, defaultValue: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_invoice_items", x => x.id);
                    table.CheckConstraint("ck_invoice_items_amount_not_negative", "amount >= 0");
                    table.CheckConstraint("ck_invoice_items_description_not_empty", "btrim(description) <> ''");
                    table.CheckConstraint("ck_invoice_items_position_positive", "position >= 1");
                    table.CheckConstraint("ck_invoice_items_quantity_positive", "quantity > 0");
                    table.CheckConstraint("ck_invoice_items_teeth_fdi", "teeth <@ ARRAY[11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 27, 28, 31, 32, 33, 34, 35, 36, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48]::smallint[]");
                    table.CheckConstraint("ck_invoice_items_unit_price_not_negative", "unit_price >= 0");
                    table.ForeignKey(
                        name: "fk_invoice_items_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_invoice_items_invoices_invoice_id",
                        column: x => x.invoice_id,
                        principalTable: "invoices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "payments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    invoice_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    method = table.Column<PaymentMethod>(type: "payment_method", nullable: false),
                    paid_on = table.Column<DateOnly>(type: "date", nullable: false),
                    reference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    notes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_payments", x => x.id);
                    table.CheckConstraint("ck_payments_amount_positive", "amount > 0");
                    table.CheckConstraint("ck_payments_kind", "kind IN ('payment', 'refund')");
                    table.ForeignKey(
                        name: "fk_payments_invoices_invoice_id",
                        column: x => x.invoice_id,
                        principalTable: "invoices",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_payments_users_recorded_by_id",
                        column: x => x.recorded_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "equipment_status_changes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    equipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_status = table.Column<EquipmentStatus>(type: "equipment_status", nullable: false),
                    to_status = table.Column<EquipmentStatus>(type: "equipment_status", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    changed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_equipment_status_changes", x => x.id);
                    table.CheckConstraint("ck_equipment_status_changes_reason", "length(btrim(reason)) > 0");
                    table.ForeignKey(
                        name: "fk_equipment_status_changes_department_equipment_equipment_id",
                        column: x => x.equipment_id,
                        principalTable: "department_equipment",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_equipment_status_changes_users_changed_by_id",
                        column: x => x.changed_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "maintenance_log",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    equipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    performed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    performed_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    performed_by_company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    notes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    next_due_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_maintenance_log", x => x.id);
                    table.CheckConstraint("ck_maintenance_log_cost_non_negative", "cost >= 0");
                    table.CheckConstraint("ck_maintenance_log_kind", "kind IN ('preventive', 'repair', 'calibration')");
                    table.CheckConstraint("ck_maintenance_log_next_after_performed", "next_due_on IS NULL OR next_due_on > performed_on");
                    table.CheckConstraint("ck_maintenance_log_performed_by_one", "(performed_by_id IS NOT NULL) <> (performed_by_company IS NOT NULL AND btrim(performed_by_company) <> '')");
                    table.ForeignKey(
                        name: "fk_maintenance_log_asp_net_users_recorded_by_id",
                        column: x => x.recorded_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_maintenance_log_department_equipment_equipment_id",
                        column: x => x.equipment_id,
                        principalTable: "department_equipment",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_maintenance_log_users_performed_by_id",
                        column: x => x.performed_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "maintenance_reminders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    equipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_maintenance_reminders", x => x.id);
                    table.CheckConstraint("ck_maintenance_reminders_kind", "kind IN ('week_before', 'due_day')");
                    table.ForeignKey(
                        name: "fk_maintenance_reminders_department_equipment_equipment_id",
                        column: x => x.equipment_id,
                        principalTable: "department_equipment",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "performance_reviews",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    reviewer_id = table.Column<Guid>(type: "uuid", nullable: true),
                    period_start = table.Column<DateOnly>(type: "date", nullable: false),
                    period_end = table.Column<DateOnly>(type: "date", nullable: false),
                    rating = table.Column<short>(type: "smallint", nullable: false),
                    quality_score = table.Column<short>(type: "smallint", nullable: true),
                    productivity_score = table.Column<short>(type: "smallint", nullable: true),
                    strengths = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    improvements = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    goals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    comments = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    reviewed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_performance_reviews", x => x.id);
                    table.CheckConstraint("ck_performance_reviews_period_range", "period_end >= period_start");
                    table.CheckConstraint("ck_performance_reviews_productivity_score_range", "productivity_score IS NULL OR productivity_score BETWEEN 1 AND 5");
                    table.CheckConstraint("ck_performance_reviews_quality_score_range", "quality_score IS NULL OR quality_score BETWEEN 1 AND 5");
                    table.CheckConstraint("ck_performance_reviews_rating_range", "rating BETWEEN 1 AND 5");
                    table.ForeignKey(
                        name: "fk_performance_reviews_staff_profiles_staff_id",
                        column: x => x.staff_id,
                        principalTable: "staff_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_performance_reviews_users_reviewer_id",
                        column: x => x.reviewer_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "staff_absences",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_absences", x => x.id);
                    table.CheckConstraint("ck_staff_absences_kind", "kind IN ('vacation', 'sick', 'training')");
                    table.CheckConstraint("ck_staff_absences_range", "ends_on >= starts_on");
                    table.ForeignKey(
                        name: "fk_staff_absences_asp_net_users_recorded_by_id",
                        column: x => x.recorded_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_staff_absences_staff_profiles_staff_id",
                        column: x => x.staff_id,
                        principalTable: "staff_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staff_schedules",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    staff_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day_of_week = table.Column<short>(type: "smallint", nullable: false),
                    start_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    end_time = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    effective_from = table.Column<DateOnly>(type: "date", nullable: false),
                    effective_to = table.Column<DateOnly>(type: "date", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_staff_schedules", x => x.id);
                    table.CheckConstraint("ck_staff_schedules_day_of_week_range", "day_of_week BETWEEN 0 AND 6");
                    table.CheckConstraint("ck_staff_schedules_effective_range", "effective_to IS NULL OR effective_to >= effective_from");
                    table.CheckConstraint("ck_staff_schedules_end_after_start", "end_time > start_time");
                    table.ForeignKey(
                        name: "fk_staff_schedules_staff_profiles_staff_id",
                        column: x => x.staff_id,
                        principalTable: "staff_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "appointment_reminders",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    appointment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reminded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointment_reminders", x => x.id);
                    table.ForeignKey(
                        name: "fk_appointment_reminders_appointments_appointment_id",
                        column: x => x.appointment_id,
                        principalTable: "appointments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_appointment_reminders_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    conversation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sender_id = table.Column<Guid>(type: "uuid", nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    edited_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reply_to_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_messages", x => x.id);
                    table.CheckConstraint("ck_messages_body_not_empty", "length(body) > 0");
                    table.CheckConstraint("ck_messages_edited_after_sent", "edited_at IS NULL OR edited_at >= sent_at");
                    table.ForeignKey(
                        name: "fk_messages_conversations_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_messages_messages_reply_to_id",
                        column: x => x.reply_to_id,
                        principalTable: "messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_messages_users_sender_id",
                        column: x => x.sender_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "department_stock_receipts",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    transaction_id = table.Column<Guid>(type: "uuid", nullable: false),
                    department_id = table.Column<Guid>(type: "uuid", nullable: false),
                    booked_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_department_stock_receipts", x => x.id);
                    table.ForeignKey(
                        name: "fk_department_stock_receipts_asp_net_users_booked_by_id",
                        column: x => x.booked_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_department_stock_receipts_departments_department_id",
                        column: x => x.department_id,
                        principalTable: "departments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_department_stock_receipts_inventory_transactions_transactio",
                        column: x => x.transaction_id,
                        principalTable: "inventory_transactions",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "qc_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    case_id = table.Column<Guid>(type: "uuid", nullable: false),
                    stage_id = table.Column<Guid>(type: "uuid", nullable: false),
                    attempt = table.Column<int>(type: "integer", nullable: false),
                    passed = table.Column<bool>(type: "boolean", nullable: false),
                    items = table.Column<string>(type: "jsonb", nullable: false),
                    checked_by_id = table.Column<Guid>(type: "uuid", nullable: false),
                    checked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    returned_to = table.Column<WorkflowStageName>(type: "workflow_stage_name", nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    requirements_not_met = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    substances = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_qc_records", x => x.id);
                    table.CheckConstraint("ck_qc_records_items_array", "jsonb_typeof(items) = 'array'");
                    table.ForeignKey(
                        name: "fk_qc_records_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_qc_records_users_checked_by_id",
                        column: x => x.checked_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_qc_records_workflow_stages_stage_id",
                        column: x => x.stage_id,
                        principalTable: "workflow_stages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "conversation_participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    conversation_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    joined_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    left_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_read_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_read_message_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_admin = table.Column<bool>(type: "boolean", nullable: false),
                    muted = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_conversation_participants", x => x.id);
                    table.CheckConstraint("ck_conversation_participants_left_after_joined", "left_at IS NULL OR left_at >= joined_at");
                    table.ForeignKey(
                        name: "fk_conversation_participants_conversations_conversation_id",
                        column: x => x.conversation_id,
                        principalTable: "conversations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_conversation_participants_messages_last_read_message_id",
                        column: x => x.last_read_message_id,
                        principalTable: "messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_conversation_participants_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "route_stops",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    route_id = table.Column<Guid>(type: "uuid", nullable: false),
                    shipment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    dentist_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    address = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    contact_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    planned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    arrived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<ShipmentStatus>(type: "shipment_status", nullable: false),
                    proof_of_delivery = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recipient_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    failure_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_route_stops", x => x.id);
                    table.CheckConstraint("ck_route_stops_completed_after_arrived", "completed_at IS NULL OR arrived_at IS NULL OR completed_at >= arrived_at");
                    table.CheckConstraint("ck_route_stops_sequence_positive", "sequence > 0");
                    table.ForeignKey(
                        name: "fk_route_stops_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_route_stops_delivery_routes_route_id",
                        column: x => x.route_id,
                        principalTable: "delivery_routes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_route_stops_dentist_profiles_dentist_id",
                        column: x => x.dentist_id,
                        principalTable: "dentist_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "shipments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    tracking_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    type = table.Column<ShipmentType>(type: "shipment_type", nullable: false),
                    status = table.Column<ShipmentStatus>(type: "shipment_status", nullable: false),
                    case_id = table.Column<Guid>(type: "uuid", nullable: true),
                    dentist_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scheduled_for = table.Column<DateOnly>(type: "date", nullable: false),
                    window_from = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    window_to = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    boxes = table.Column<int>(type: "integer", nullable: true),
                    requested_by_id = table.Column<Guid>(type: "uuid", nullable: true),
                    stop_id = table.Column<Guid>(type: "uuid", nullable: true),
                    picked_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    carrier = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    address_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    country = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    contact_phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    recipient_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    proof_of_delivery = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    proof_photo_path = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    signature_path = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    failure_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipments", x => x.id);
                    table.CheckConstraint("ck_shipments_boxes_positive", "boxes IS NULL OR boxes > 0");
                    table.CheckConstraint("ck_shipments_delivered_after_picked_up", "delivered_at IS NULL OR picked_up_at IS NULL OR delivered_at >= picked_up_at");
                    table.CheckConstraint("ck_shipments_delivered_has_time", "status <> 'delivered' OR delivered_at IS NOT NULL");
                    table.CheckConstraint("ck_shipments_window_order", "window_from IS NULL OR window_to IS NULL OR window_to > window_from");
                    table.ForeignKey(
                        name: "fk_shipments_asp_net_users_requested_by_id",
                        column: x => x.requested_by_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_shipments_cases_case_id",
                        column: x => x.case_id,
                        principalTable: "cases",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "fk_shipments_dentist_profiles_dentist_id",
                        column: x => x.dentist_id,
                        principalTable: "dentist_profiles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_shipments_route_stops_stop_id",
                        column: x => x.stop_id,
                        principalTable: "route_stops",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "shipment_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false, defaultValueSql: "gen_random_uuid()"),
                    shipment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<ShipmentStatus>(type: "shipment_status", nullable: false),
                    text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()"),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false, defaultValueSql: "now()")
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_shipment_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_shipment_events_shipments_shipment_id",
                        column: x => x.shipment_id,
                        principalTable: "shipments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_shipment_events_users_actor_id",
                        column: x => x.actor_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.InsertData(
                table: "permissions",
                columns: new[] { "id", "code", "created_at", "description", "module", "updated_at" },
                values: new object[,]
                {
                    { new Guid("01ef0c90-c39b-3f6c-a07a-f050a961b8b4"), "applications.review", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Approve or reject partner applications", "dentists", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("023de78a-e931-39a2-b9a3-1f90ef0606d3"), "roles.manage", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Edit which permissions each role has", "access", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("044b6e68-8fd8-3881-98ea-4fac0966c868"), "dentists.view", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "See dentists and their metrics", "dentists", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0b876ae0-ec76-3ab9-9f26-c7d7ecd67943"), "settings.manage", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Edit lab settings", "settings", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("1326b720-aae3-3ef0-8512-ca3c45c9972f"), "staff.reviews", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Write performance reviews", "staff", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("1a95bbb7-ce06-3c05-a0b7-40b58b02ca62"), "logistics.drive", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Drive routes and record proof of delivery", "logistics", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("1da9dfa6-92a1-3fb1-acd8-467a9bb3de37"), "cases.view", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "See cases and their details", "cases", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("1f8bb2b5-3f9e-3b4a-b115-c5586c587334"), "calendar.view", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "See the calendar", "calendar", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("20e087b2-f2b0-332b-be8e-d97ba2107e7a"), "audit.view", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Read the audit log", "settings", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("231cdcf1-cbe7-3145-bc36-ec9605302e49"), "staff.manage", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Manage staff profiles", "staff", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("2920cfa5-aecf-3e3e-9a67-2a68d1c50bed"), "reports.export", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Export reports as CSV", "reports", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("31ebdb90-107f-36c3-8b48-c8e845110cda"), "cases.edit", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Edit cases, put them on hold, cancel them, create remakes", "cases", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("35ef7b41-dea1-394d-a2ce-3ceba7def4ba"), "logistics.manage", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Plan shipments and routes", "logistics", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("3d791ccf-4f59-3fca-bf4b-2a132d3e977a"), "payments.record", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Record payments", "billing", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("61ffa3d6-df53-312c-af2c-1012876df1be"), "notifications.broadcast", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Send system notices to everyone or a role", "communications", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("67921585-06b6-381e-a794-5d0b9e12bad8"), "calendar.manage", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Create and edit appointments", "calendar", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("6c8b4743-4ef0-3afd-adb0-98a4ca089dfc"), "logistics.view", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "See shipments and routes", "logistics", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("6fd27652-4bc5-3eef-af1a-6afa48852149"), "departments.view", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "See departments and equipment", "departments", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("77ffe17c-c7d5-3425-ad09-3d5b31ac5d69"), "dentists.manage", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Edit and deactivate dentists", "dentists", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("7b2be668-2ea5-3522-bf00-03473b0f45a3"), "workflow.advance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Complete, block, hold and resume stages", "workflow", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("7fa2b98f-3838-3042-a1c9-03e60c8b59b2"), "equipment.manage", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Manage equipment and maintenance", "departments", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("8b506131-74f8-3d41-880a-4289bc2328a2"), "billing.prices", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Edit the price list and dentist discounts", "billing", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("8ec5c2bc-2d1d-3bbb-b3b6-000b8c3931dc"), "workflow.view", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "See the production board", "workflow", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("91f47c34-fe8c-3612-8e8c-9cf4682d0489"), "workflow.assign", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Assign technicians to stages", "workflow", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("99055c31-62e6-37f3-9c5b-4971e14787f4"), "departments.manage", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Manage departments and budgets", "departments", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("a1d025bf-e412-38a6-931a-495fb07d6945"), "invoices.manage", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Create, send, cancel and refund invoices", "billing", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("a5eecbfc-ead5-3e72-9c98-72834b438675"), "schedules.manage", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Edit weekly schedules", "staff", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("ae774df6-efce-3cbb-8b86-6dae8a87cf21"), "workflow.templates", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Edit workflow templates", "workflow", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("af05123d-f2eb-3e6a-a238-28cb6fcd1614"), "suppliers.manage", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Manage suppliers", "inventory", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("b4dbddeb-037c-38fb-8e54-18fbe01b7c52"), "cases.create", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Log new cases", "cases", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("bccbc8af-b5cf-3b83-939c-f2cab80b4252"), "users.manage", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Create users, change roles, deactivate, reset passwords", "access", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("be6cb41a-a4da-3817-87ee-bf190261b0dc"), "staff.view", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "See staff profiles and schedules", "staff", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("c4f75d70-2119-381c-a8a5-d43f6b988fc1"), "inventory.transact", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Book stock in and out", "inventory", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("d686d25e-f4ec-3fc2-9b8d-e0e63af70243"), "reports.view", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "See reports and analytics", "reports", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("d97e1e71-bdc7-3e8e-b110-685164432b57"), "cases.delete", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Delete cases (soft delete)", "cases", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("ec815566-744e-3870-b200-a52d0e198b2a"), "messages.use", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Use conversations and messages", "communications", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("edc632e4-6a0e-3c88-a2dd-6f5565b26266"), "inventory.view", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "See stock", "inventory", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("efcd93a5-20ad-3437-b083-e0f001517388"), "invoices.view", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "See invoices and statements", "billing", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("f9243c85-b1b6-351f-bae2-623312e715b7"), "cases.notes", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Write case notes", "cases", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("feeb5173-0188-326f-bc5c-2946fbe725c0"), "cases.files", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Upload and download case files", "cases", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("ff46b811-100b-389c-8950-8953fdd713d7"), "inventory.manage", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Create and edit inventory items", "inventory", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("ff8fa363-dc60-3c4e-ba14-0043bac2c686"), "portal.access", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Use the dentist portal", "portal", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });

            migrationBuilder.InsertData(
                table: "procedure_prices",
                columns: new[] { "id", "created_at", "emergency_surcharge_percent", "procedure_type", "rush_surcharge_percent", "unit_price", "updated_at", "valid_from" },
                values: new object[,]
                {
                    { new Guid("2fd4a11e-4ed9-36ea-a83a-bd55dadeb552"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 50.00m, ProcedureType.Implant, 25.00m, 325.00m, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new DateOnly(2026, 1, 1) },
                    { new Guid("30d50ad5-c6ef-38e4-9d1d-f6a2e73b93fb"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 50.00m, ProcedureType.Veneer, 25.00m, 165.00m, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new DateOnly(2026, 1, 1) },
                    { new Guid("3f51de7d-0cfa-30a2-9d04-45f04aaca39b"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 50.00m, ProcedureType.Inlay, 25.00m, 120.00m, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new DateOnly(2026, 1, 1) },
                    { new Guid("5da19d4e-c685-3f30-bac6-577247d1fecc"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 50.00m, ProcedureType.PartialDenture, 25.00m, 345.00m, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new DateOnly(2026, 1, 1) },
                    { new Guid("6e30561c-d0c5-32ce-8645-f17aa4a6573d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 50.00m, ProcedureType.Bridge, 25.00m, 135.00m, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new DateOnly(2026, 1, 1) },
                    { new Guid("7b223293-3a8f-3eb5-b336-353ced8699cc"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 50.00m, ProcedureType.Denture, 25.00m, 395.00m, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new DateOnly(2026, 1, 1) },
                    { new Guid("ad86b725-81e2-35b9-9b52-e879d2530dd8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 50.00m, ProcedureType.Crown, 25.00m, 145.00m, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new DateOnly(2026, 1, 1) },
                    { new Guid("b6450444-dc98-34ae-9e87-797bd843053a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 50.00m, ProcedureType.Other, 25.00m, 75.00m, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new DateOnly(2026, 1, 1) },
                    { new Guid("cc7cac41-901d-3e10-b4cf-3443005496cd"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 50.00m, ProcedureType.Aligner, 25.00m, 175.00m, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new DateOnly(2026, 1, 1) },
                    { new Guid("df64be11-8ef0-3d0d-8452-608f471548b5"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 50.00m, ProcedureType.Onlay, 25.00m, 130.00m, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new DateOnly(2026, 1, 1) },
                    { new Guid("dfe5161b-d7e7-37d5-a6a4-63ab0cf0288d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 50.00m, ProcedureType.NightGuard, 25.00m, 95.00m, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new DateOnly(2026, 1, 1) }
                });

            migrationBuilder.InsertData(
                table: "qc_checklist_items",
                columns: new[] { "id", "created_at", "is_active", "position", "procedure_type", "text", "updated_at" },
                values: new object[,]
                {
                    { new Guid("003bf5ff-7b08-3703-87ff-f6d8008baf6e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 3, ProcedureType.Denture, "Border extension", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("030b3910-d1da-35f5-b645-c078ca4f28ef"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 4, ProcedureType.NightGuard, "Edges smooth and polished", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("03293afa-61f2-320d-89ef-4f4512415187"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 3, ProcedureType.Veneer, "Shade and translucency match", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0a0fd237-2459-3f39-9667-ade5db6b1640"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 2, ProcedureType.NightGuard, "Even occlusal contacts", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0d1fc7e9-f835-3d66-81d5-19c44b0aa3e8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 2, ProcedureType.Inlay, "Proximal contacts", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("11fbfe03-a015-30d0-8812-771f3544dc61"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 7, ProcedureType.Bridge, "Connector dimensions", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("1352e41b-6b00-31b1-97fd-fefed66803bd"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 1, ProcedureType.Aligner, "Trim line", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("161d04d5-c886-3fc2-88c2-f97361c0e065"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 1, ProcedureType.Denture, "Tooth set-up and midline", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("173cedf3-c5a8-3f90-9418-f99a6bdd8b52"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 5, ProcedureType.Inlay, "Fit on model", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("18b0317c-4c30-3301-a243-26cdb5b34f32"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 6, ProcedureType.Crown, "Fit on model", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("1f1c369e-7e36-31b4-8f68-6fbfb1947503"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 3, ProcedureType.Other, "Surface finish", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("2010bd3a-92c8-316d-91ff-d6cca3a8bdb1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 4, ProcedureType.Implant, "Proximal contacts", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("20378745-2683-329c-a183-ca4370c8c460"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 6, ProcedureType.Bridge, "Fit on model", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("221f9e51-8e21-3525-8cd4-9a11e54020d1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 1, ProcedureType.Crown, "Margins closed and continuous", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("2793197c-82f9-314e-870c-da6fad052e8d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 3, ProcedureType.NightGuard, "Thickness within prescription", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("27deb8ae-aae5-387a-b12f-807d8def822c"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 5, ProcedureType.Crown, "Surface finish and glaze", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("2a5b8231-3f9f-32ed-baf5-28b1e5e0ef9c"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 3, ProcedureType.Onlay, "Occlusion", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("2c521fd0-9ba9-3bc6-8ebe-3ed6e252e2f5"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 7, ProcedureType.Implant, "Surface finish and glaze", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("2f1b1c89-24a8-336b-83f0-879ee1565061"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 1, ProcedureType.Implant, "Abutment seat on implant analog", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("332b598d-188b-30e7-9b7a-c41846ad8bf3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 5, ProcedureType.Veneer, "Fit on model", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("39007df8-96dd-3602-8169-ffe52534b344"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 2, ProcedureType.Implant, "Screw channel clear", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("3af8a50f-5320-38f4-ae6b-0e60369d831c"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 1, ProcedureType.Onlay, "Margins closed and continuous", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("3b0b421d-5b26-3a24-b577-28a34302c87a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 2, ProcedureType.Crown, "Proximal contacts", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("3b2cfb27-f638-3d3f-bedf-08b80ae4acd3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 2, ProcedureType.Onlay, "Proximal contacts", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("3ccfcf68-3575-3e39-9532-075536502ee7"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 3, ProcedureType.Crown, "Occlusion and articulation", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("432192bf-1e1a-3ba0-b4a0-f02c02329ecd"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 2, ProcedureType.Veneer, "Thickness within prescription", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("468cedd9-fc03-3cd3-bdd7-4490cc5e83ae"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 4, ProcedureType.Crown, "Shade match", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("4c30af50-5113-34ea-94e1-a304e23465e7"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 2, ProcedureType.Aligner, "Fit on model", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("4fe3a0ca-c06e-3376-a36a-e8f22125f2a0"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 2, ProcedureType.Denture, "Occlusion and vertical dimension", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("5470c4b2-e684-32fd-9884-c984ed693f4a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 2, ProcedureType.PartialDenture, "Clasp retention", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("5d2f8bcb-8e5f-3f19-bcf5-16fe37ee2fdb"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 4, ProcedureType.Bridge, "Shade match", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("6916a951-07f4-33b7-a126-3e2aa6474ae8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 1, ProcedureType.PartialDenture, "Framework fit on model", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("70cd0845-459d-3000-81ca-347dd45e1cbf"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 3, ProcedureType.Bridge, "Occlusion and articulation", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("77c51827-7d44-3eb1-b86c-50697e13b417"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 4, ProcedureType.Denture, "Base polished, no porosity", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("798103b4-9b5d-3116-9da5-4fe099ba490d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 6, ProcedureType.Implant, "Shade match", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("7bbd5bb8-6261-34f8-bda1-450547438395"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 5, ProcedureType.PartialDenture, "Shade and mould as prescribed", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("7eb842b2-4089-37ac-b064-85f46539ac12"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 1, ProcedureType.NightGuard, "Fit on model", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("848809d4-c310-394d-89fd-16604cb3834a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 2, ProcedureType.Other, "Fit on model", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("8c1a8704-7990-3132-9dc9-381e5d30a103"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 1, ProcedureType.Veneer, "Margins closed and continuous", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("8c9d5a32-9acf-3dfa-bc6a-a32f32c0dcf4"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 4, ProcedureType.Aligner, "Stage number marked", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("90c8e1a3-295d-32dd-84a1-84bff706b207"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 5, ProcedureType.Denture, "Shade and mould as prescribed", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("964d09a0-81ad-3a9d-902c-fbf6ebb8ce26"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 1, ProcedureType.Bridge, "Margins closed and continuous", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("981960b6-219a-35dd-a522-d618cabf0296"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 3, ProcedureType.Implant, "Emergence profile", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("9f890074-3a74-308e-939f-b7847ecbee23"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 4, ProcedureType.Veneer, "Surface texture and glaze", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("b467e252-3da7-38f7-983c-ca1e8472ad5a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 4, ProcedureType.PartialDenture, "Base polished, no porosity", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("bac41851-84b4-37f3-8204-76d58ec254a3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 2, ProcedureType.Bridge, "Proximal contacts", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("c11f18d8-0b81-3b28-bd1e-eaacb110450c"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 3, ProcedureType.Aligner, "No cracks or clouding", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("c5074eed-2c11-359a-9ec3-8caf37dd7101"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 4, ProcedureType.Inlay, "Shade match", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("d6088378-cfc9-3288-80e2-a2fb711fdff7"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 4, ProcedureType.Onlay, "Shade match", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("d6c2a973-4f97-351a-816a-cc4c2bc37431"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 1, ProcedureType.Other, "Matches the prescription", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("e1bb2289-faa1-33f9-8454-5c7658ce8928"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 5, ProcedureType.Implant, "Occlusion and articulation", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("e72b258b-7385-304e-9a02-52b02cf7563e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 8, ProcedureType.Bridge, "Pontic form and hygiene access", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("ed98633d-51ec-3754-9ba7-a3cbcb6ed8b6"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 3, ProcedureType.Inlay, "Occlusion", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("f12f524c-0073-367a-a074-91a19b0fcbbb"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 3, ProcedureType.PartialDenture, "Occlusion", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("f1e88e39-9b08-35ae-89f4-c0a313abaf71"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 5, ProcedureType.Onlay, "Fit on model", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("f2292727-1334-3fcd-9bf4-2c28d786f89c"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 5, ProcedureType.Bridge, "Surface finish and glaze", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("fe0c249f-c496-33cb-8522-d025f8c1458d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), true, 1, ProcedureType.Inlay, "Margins closed and continuous", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });

            migrationBuilder.InsertData(
                table: "roles",
                columns: new[] { "id", "code", "concurrency_stamp", "created_at", "description", "name", "normalized_name", "updated_at" },
                values: new object[,]
                {
                    { new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), UserRole.Manager, "3cf3d2f7-bc5e-30a3-b3d0-daea621fdb72", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Runs the lab: dashboards, late cases, staff, departments and money.", "manager", "MANAGER", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("b1331587-fdb8-3a2c-ad46-2ffdd2d75c11"), UserRole.Technician, "8fd15f4b-9f5b-359d-a726-77765a25469e", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Works the lab floor: the queue, the board, scanning cases, notes and files.", "technician", "TECHNICIAN", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), UserRole.Admin, "2ce0790d-48e5-3dc5-9786-bb64c5146720", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Runs the system: users, roles and permissions, settings and the audit log.", "admin", "ADMIN", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), UserRole.Staff, "403b1b74-d91c-3fa4-a0a4-9a82949b9fae", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Front desk, billing and drivers: incoming cases, invoices, payments and routes.", "staff", "STAFF", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("fec4e863-a846-3cfb-abd2-7b716a1844fc"), UserRole.Dentist, "63579171-f065-33fa-88b8-d0d4cd9d7bd7", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "The lab's client: sends cases and follows them in the portal.", "dentist", "DENTIST", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });

            migrationBuilder.InsertData(
                table: "settings",
                columns: new[] { "id", "category", "created_at", "description", "key", "updated_at", "value", "value_type" },
                values: new object[,]
                {
                    { new Guid("001ec763-a240-31ee-b12f-f37a30892cd7"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Person responsible for regulatory compliance, named on statements", "compliance.person_responsible", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"\"", "string" },
                    { new Guid("0948f86e-8d18-3dbf-8ac0-e0f303ab539b"), "cases", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Days the lab is closed (due dates skip them)", "cases.holidays", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "[\"2026-12-25\", \"2026-12-26\", \"2027-01-01\"]", "date_list" },
                    { new Guid("0a8786d0-5970-3a8e-97fc-821c423212fd"), "billing", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "ISO 4217 currency code", "billing.currency", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"USD\"", "currency" },
                    { new Guid("0e93da2c-f6b6-304f-a8d8-8097d6fb916a"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "When on, the nightly job removes delivered cases whose retention period (10 years, 15 for implants) has ended", "compliance.purge_enabled", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "false", "boolean" },
                    { new Guid("0ec33fe0-338d-31e7-8e9f-04c0c17af6a7"), "lab", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "The lab's postal address", "lab.address", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"12 Harbour Street\\nSpringfield 01234\"", "text" },
                    { new Guid("25e0f384-aafe-387c-ab00-9cd6818bf784"), "billing", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "A4 or Letter for PDFs", "billing.paper_size", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"A4\"", "paper_size" },
                    { new Guid("26c1e200-2532-35e1-aed3-dd4737a043e2"), "files", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Largest file a user may upload, in MB", "files.max_upload_mb", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "50", "integer" },
                    { new Guid("2749cadb-d2ef-3112-b48c-4f5afa663e01"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Authorised representative (name and address) when the lab is outside the market it supplies; empty when none", "compliance.authorised_representative", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"\"", "text" },
                    { new Guid("32172b11-06c2-3053-8eab-1aa8eef9e046"), "lab", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "The lab's tax or VAT number, printed on invoices", "lab.tax_number", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"\"", "string" },
                    { new Guid("336e8ec7-250e-3ed7-ac87-b33c1487e52d"), "cases", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "How often the report figures are recalculated", "reports.refresh_minutes", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "15", "integer" },
                    { new Guid("35f83c4b-af2c-3de5-9501-10feeeb9adea"), "lab", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Business hours: when the lab closes (lab time)", "lab.closes_at", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"17:00\"", "time" },
                    { new Guid("4ab9848b-11c1-31d4-be32-da38188cf3f7"), "cases", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Business days when a template gives none", "cases.default_turnaround_days", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "7", "integer" },
                    { new Guid("5b94ae0c-4b9b-352a-ab0b-d6de630903fb"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Audit entries older than this are removed by the retention job (HIPAA keeps records 6 years)", "compliance.audit_retention_years", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "6", "integer" },
                    { new Guid("695bf247-b561-3789-bc0a-77c1ba768416"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "The lab's registration number with the competent authority (e.g. SRN or FDA establishment number)", "compliance.manufacturer_registration_number", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"\"", "string" },
                    { new Guid("7cfd1bfc-056d-33b3-b726-3a3b118477ae"), "calendar", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "How long before an appointment its people are reminded", "calendar.reminder_minutes", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "30", "integer" },
                    { new Guid("80337eb6-e94a-3b95-aeb8-776cff0d8190"), "lab", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Business hours: when the lab opens (lab time)", "lab.opens_at", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"08:00\"", "time" },
                    { new Guid("85a68b7d-a3d5-3368-a1b8-ee8858decdd8"), "cases", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "How long before a case is due its technicians are reminded", "cases.due_reminder_hours", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "24", "integer" },
                    { new Guid("87b25178-959e-3dc2-a004-949e727c236b"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Language of the statements of conformity: en (English) or de (Deutsch)", "compliance.statement_language", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"en\"", "string" },
                    { new Guid("8a88c93b-2b95-3a1c-9dfd-1f6239da2ba6"), "security", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Minutes of inactivity that end a session", "security.session_idle_minutes", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "30", "integer" },
                    { new Guid("8def556c-53c1-38e5-8215-0a6adf668248"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Registered address of the manufacturer", "compliance.manufacturer_address", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"12 Harbour Street\\nSpringfield 01234\"", "text" },
                    { new Guid("99d529f3-541e-3d7e-a9ef-1c6febb3ef7f"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Legal name of the manufacturer on statements of conformity for custom-made devices", "compliance.manufacturer_legal_name", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"DentalLab Demo Laboratory Ltd\"", "string" },
                    { new Guid("9e0b15ee-f435-3034-befc-891d1a4c159b"), "lab", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "IANA time zone for dates and times on screen", "lab.time_zone", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"UTC\"", "time_zone" },
                    { new Guid("c5a25f5b-89c6-321e-a295-f5c52bed70c3"), "billing", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Days until an invoice is due", "billing.payment_terms_days", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "30", "integer" },
                    { new Guid("c6d5de99-10ce-3747-90f0-59926beab547"), "billing", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "The lab's bank account for transfers (bank, account holder, IBAN/account number, BIC), printed on invoices", "billing.bank_details", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"\"", "text" },
                    { new Guid("ce74df8e-fe0d-38cc-874b-eccf5fa82ddd"), "security", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Hours after which a session ends regardless of activity", "security.session_absolute_hours", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "12", "integer" },
                    { new Guid("d360354d-855d-3bb5-8fa3-fd4ccc39b757"), "lab", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "The lab's name on screens, tickets and invoices", "lab.name", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"DentalLab Demo Laboratory\"", "string" },
                    { new Guid("d584bf27-0532-3baa-b7ef-22548810eec5"), "lab", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "The lab's phone number", "lab.phone", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"+1 555 0100\"", "string" },
                    { new Guid("dc3e9878-a940-3c91-a858-08b9b88e1ce2"), "lab", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "The lab's email address", "lab.email", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"lab@dentallab.test\"", "email" },
                    { new Guid("e5606054-b3a2-383b-a706-71dbf112f7d4"), "billing", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Tax rate as a fraction (0.2 = 20%)", "billing.tax_rate", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "0.0", "percentage" },
                    { new Guid("e68c2e51-6781-3297-a06b-2a7097449538"), "inventory", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Days before its expiry date when a lot is marked as expiring", "inventory.expiry_warning_days", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "30", "integer" },
                    { new Guid("ed89010b-3ffa-325c-bffd-2e1723662002"), "billing", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Printed on every invoice", "billing.payment_instructions", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"Please pay by bank transfer quoting the invoice number.\"", "text" }
                });

            migrationBuilder.InsertData(
                table: "workflow_templates",
                columns: new[] { "id", "created_at", "description", "is_active", "name", "procedure_type", "turnaround_days", "updated_at" },
                values: new object[,]
                {
                    { new Guid("15c503d6-0546-3758-b20d-b2f057f694f2"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Acrylic complete denture: models, bite, tooth set-up, processing.", true, "Complete denture", ProcedureType.Denture, 10, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Milled or printed occlusal splint.", true, "Night guard", ProcedureType.NightGuard, 3, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("2a852a07-a2bd-38d1-898f-fb7dfa0ed825"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Multi-unit fixed bridge: abutments, pontics and connectors.", true, "Bridge", ProcedureType.Bridge, 7, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("2bd3257e-a231-3b2d-a8d8-50981477b5d8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Treatment set-up, printed models and thermoformed aligners.", true, "Clear aligners", ProcedureType.Aligner, 7, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("4bdc7e77-60dd-32e9-8d66-2437a5222cf8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Ceramic or composite inlay.", true, "Inlay", ProcedureType.Inlay, 5, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("51879163-f6b8-31fd-b5c5-38345bcc5fd3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Custom abutment and screw-retained or cemented implant crown.", true, "Implant restoration", ProcedureType.Implant, 10, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("54552fa6-d22a-3929-83cf-3118657007c1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Lithium disilicate or feldspathic veneer, layered and glazed.", true, "Veneer", ProcedureType.Veneer, 6, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("56cbb5e0-52fd-3d34-8c3b-f534d528600f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "CAD/CAM zirconia or lithium disilicate crown.", true, "Single crown", ProcedureType.Crown, 5, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("8f3e434c-154d-3d6c-9752-3a75ff1c8a72"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Ceramic or composite onlay covering one or more cusps.", true, "Onlay", ProcedureType.Onlay, 5, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("8faee919-3f32-38d8-a6f4-5af80078d508"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Removable partial denture on a milled or cast metal framework.", true, "Partial denture", ProcedureType.PartialDenture, 10, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("c031fbd8-c31a-33ee-8d32-95681fb62500"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Any other work: every stage, the lab's default turnaround.", true, "Other", ProcedureType.Other, 7, new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });

            migrationBuilder.InsertData(
                table: "role_permissions",
                columns: new[] { "id", "created_at", "permission_id", "role_id", "updated_at" },
                values: new object[,]
                {
                    { new Guid("02209d10-5299-30d6-afa3-6dfbe6c2750a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("be6cb41a-a4da-3817-87ee-bf190261b0dc"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("022ed492-3553-3158-9f71-a62bd1ddc029"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("1da9dfa6-92a1-3fb1-acd8-467a9bb3de37"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("05426d45-4ccb-3582-8e69-a90caaa82650"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("a1d025bf-e412-38a6-931a-495fb07d6945"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("05e797ba-8146-34b5-b35e-b10c07aa4b2b"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("35ef7b41-dea1-394d-a2ce-3ceba7def4ba"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0ca2ba4a-83b7-3875-b763-007d4202ca16"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("b4dbddeb-037c-38fb-8e54-18fbe01b7c52"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0d24a519-0adb-38c1-bc60-28a9c0f41d9f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("a1d025bf-e412-38a6-931a-495fb07d6945"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0d7f8469-879f-34fd-acf8-96f0a1837783"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("f9243c85-b1b6-351f-bae2-623312e715b7"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0fbb0331-84c4-39a8-baf4-0f79f6d34606"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("feeb5173-0188-326f-bc5c-2946fbe725c0"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("1056400f-c74f-3997-a8fc-cdd20c19feb3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("1da9dfa6-92a1-3fb1-acd8-467a9bb3de37"), new Guid("b1331587-fdb8-3a2c-ad46-2ffdd2d75c11"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("108af399-da95-395d-ad6a-f54c7cd127b2"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("edc632e4-6a0e-3c88-a2dd-6f5565b26266"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("13d56746-9647-3dba-8223-5bc404ed2354"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("044b6e68-8fd8-3881-98ea-4fac0966c868"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("13ef26ad-4b38-3f94-97de-66b0c53fcb4b"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("af05123d-f2eb-3e6a-a238-28cb6fcd1614"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("15980f8d-0ba8-3a79-abb8-f1b96678d02f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("61ffa3d6-df53-312c-af2c-1012876df1be"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("16ac17e0-9c53-33f5-b9fd-29bbde499e7b"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("7b2be668-2ea5-3522-bf00-03473b0f45a3"), new Guid("b1331587-fdb8-3a2c-ad46-2ffdd2d75c11"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("1de6f11a-cdd3-3d84-a70c-9ed32870423e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("ec815566-744e-3870-b200-a52d0e198b2a"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("23b1cb03-2837-3337-a9d0-7acfb38732c4"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("8ec5c2bc-2d1d-3bbb-b3b6-000b8c3931dc"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("2605cd67-344b-3873-8574-8d29951e449e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("2920cfa5-aecf-3e3e-9a67-2a68d1c50bed"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("265c9177-534d-3c69-a8df-c00424059c1d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("c4f75d70-2119-381c-a8a5-d43f6b988fc1"), new Guid("b1331587-fdb8-3a2c-ad46-2ffdd2d75c11"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("269654c5-0cde-30b9-bd46-3024304b71e4"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("1326b720-aae3-3ef0-8512-ca3c45c9972f"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("28b5e912-57ac-34f9-8547-d3a0e93bab6d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("91f47c34-fe8c-3612-8e8c-9cf4682d0489"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("29bcdd62-ec1b-3f7d-90c6-6a905a5c59d4"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("20e087b2-f2b0-332b-be8e-d97ba2107e7a"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("29fb524f-b356-3382-a5da-f12cf087077e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("be6cb41a-a4da-3817-87ee-bf190261b0dc"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("2be7f9f4-d6a8-35f5-ae62-08985148c206"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("c4f75d70-2119-381c-a8a5-d43f6b988fc1"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("2bf78f45-1ad8-340a-8a8a-a03a4dd8036d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("1a95bbb7-ce06-3c05-a0b7-40b58b02ca62"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("2e1356b5-1c4b-3c52-aa81-e870a245d0fa"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("3d791ccf-4f59-3fca-bf4b-2a132d3e977a"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("35745b02-9796-3161-bb86-1625e9f60de5"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("f9243c85-b1b6-351f-bae2-623312e715b7"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("390d52c1-93e9-3141-9eb6-fbad0d83421c"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("ff8fa363-dc60-3c4e-ba14-0043bac2c686"), new Guid("fec4e863-a846-3cfb-abd2-7b716a1844fc"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("3cd10f13-e102-3d47-9628-361437f1ba3f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("d686d25e-f4ec-3fc2-9b8d-e0e63af70243"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("40533452-95b5-3911-9ff2-9987c781eaeb"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("0b876ae0-ec76-3ab9-9f26-c7d7ecd67943"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("41023164-05bd-34c8-b758-4a48b61844c6"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("feeb5173-0188-326f-bc5c-2946fbe725c0"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("41106504-cb76-3558-a915-54e74bb4c0dc"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("1da9dfa6-92a1-3fb1-acd8-467a9bb3de37"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("4122f69c-8041-3e8a-aca9-e391b6b18991"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("efcd93a5-20ad-3437-b083-e0f001517388"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("42cf888b-6493-399a-a584-ceeae232d53b"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("1da9dfa6-92a1-3fb1-acd8-467a9bb3de37"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("43e6670f-042b-3f3f-9f49-9ac575006167"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("a5eecbfc-ead5-3e72-9c98-72834b438675"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("442eed62-4346-3a59-b088-b38bfa0a8f6b"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("8ec5c2bc-2d1d-3bbb-b3b6-000b8c3931dc"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("4f8ec528-c0de-3788-81f2-60d61ace8432"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("3d791ccf-4f59-3fca-bf4b-2a132d3e977a"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("5000e48b-cad9-37ba-9e58-90124e54ab29"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("8ec5c2bc-2d1d-3bbb-b3b6-000b8c3931dc"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("578beba5-43c6-375d-9ba3-fa61ced0d0de"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("77ffe17c-c7d5-3425-ad09-3d5b31ac5d69"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("5b4ece96-ff59-3b77-b45f-1202a5889e84"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("6c8b4743-4ef0-3afd-adb0-98a4ca089dfc"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("5c579755-56a3-36c5-805b-4e7422028a88"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("1f8bb2b5-3f9e-3b4a-b115-c5586c587334"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("5d311885-ece4-35cf-b643-6f12dd375e30"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("ec815566-744e-3870-b200-a52d0e198b2a"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("5db47ce7-c8ee-3892-a782-8d234ca5a4eb"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("023de78a-e931-39a2-b9a3-1f90ef0606d3"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("5ff53de1-5286-3bb3-ab41-0eabf5cddae8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("1326b720-aae3-3ef0-8512-ca3c45c9972f"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("608db58f-f2d5-3b86-8abf-ebeccb8f6c2e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("f9243c85-b1b6-351f-bae2-623312e715b7"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("6162d4b5-458e-3d3f-a5c2-05246a7856cc"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("99055c31-62e6-37f3-9c5b-4971e14787f4"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("64a87d03-8336-3677-a673-a6d0ab71af93"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("8b506131-74f8-3d41-880a-4289bc2328a2"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("64d7a2c7-d5e3-3799-a088-3355929d1d64"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("c4f75d70-2119-381c-a8a5-d43f6b988fc1"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("65c3c1ee-7700-3b93-b47c-4812927e630a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("231cdcf1-cbe7-3145-bc36-ec9605302e49"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("6779af74-8733-3dbc-9609-6ce1ed0e9461"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("ae774df6-efce-3cbb-8b86-6dae8a87cf21"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("6d6a5c22-eb77-3912-a23f-32fc76f9cde5"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("3d791ccf-4f59-3fca-bf4b-2a132d3e977a"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("6efdbd32-35ee-3393-a7c2-183a805aa7ea"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("044b6e68-8fd8-3881-98ea-4fac0966c868"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("6fc1309b-9bb6-3e8f-aebd-11a5244df98c"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("6fd27652-4bc5-3eef-af1a-6afa48852149"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("74e4acc3-6764-3631-b9db-654a2fbcd973"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("ec815566-744e-3870-b200-a52d0e198b2a"), new Guid("b1331587-fdb8-3a2c-ad46-2ffdd2d75c11"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("79137139-84ff-38b4-b21e-d38c031d6bad"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("ec815566-744e-3870-b200-a52d0e198b2a"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("7ad46b8b-78f6-3089-8071-0d4823a85339"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("ff46b811-100b-389c-8950-8953fdd713d7"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("7da4936a-b374-3d35-ad22-7280b6dc6225"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("b4dbddeb-037c-38fb-8e54-18fbe01b7c52"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("7e85d7d1-8302-39d2-931b-b323f9271155"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("1a95bbb7-ce06-3c05-a0b7-40b58b02ca62"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("7fe92a87-0cb4-378c-b3c0-fcbe4f3755ae"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("7b2be668-2ea5-3522-bf00-03473b0f45a3"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("813545f9-eaf4-3e3c-b891-14aaabfd03a8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("91f47c34-fe8c-3612-8e8c-9cf4682d0489"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("8142da8d-01ad-3d76-a104-00166009436d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("31ebdb90-107f-36c3-8b48-c8e845110cda"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("822fcba1-aa64-3150-a702-7117e16dd0dd"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("0b876ae0-ec76-3ab9-9f26-c7d7ecd67943"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("8e2b32b5-b81c-34b3-91ae-d15a177b6916"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("d97e1e71-bdc7-3e8e-b110-685164432b57"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("9023fa36-8a93-3248-93cc-2fc610bbfef4"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("6fd27652-4bc5-3eef-af1a-6afa48852149"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("918b3333-2787-3fe7-a74a-3dc5bde65fbd"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("67921585-06b6-381e-a794-5d0b9e12bad8"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("92e0d6be-9c2f-3da6-9b00-9ec5428e3ed2"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("8ec5c2bc-2d1d-3bbb-b3b6-000b8c3931dc"), new Guid("b1331587-fdb8-3a2c-ad46-2ffdd2d75c11"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("93bc0d7d-051f-36d8-ae45-c424e2dec754"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("7fa2b98f-3838-3042-a1c9-03e60c8b59b2"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("970639ef-68b1-3a87-bc8b-507c1c6820e8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("77ffe17c-c7d5-3425-ad09-3d5b31ac5d69"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("9a10b039-1348-3f3f-929a-46266be4cf71"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("6c8b4743-4ef0-3afd-adb0-98a4ca089dfc"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("9a63dcb0-c04e-37e1-bbd0-e26df015db76"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("01ef0c90-c39b-3f6c-a07a-f050a961b8b4"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("9d028d7c-b297-3b64-83d1-c1a42b0a00ec"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("20e087b2-f2b0-332b-be8e-d97ba2107e7a"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("a230c23f-16ce-3a3b-a3ee-c9d8b2365d68"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("1a95bbb7-ce06-3c05-a0b7-40b58b02ca62"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("a37ae948-fcfc-3353-b160-461e23f1378c"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("01ef0c90-c39b-3f6c-a07a-f050a961b8b4"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("a5fb17b1-2fd5-3563-965b-db8c2783a68b"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("61ffa3d6-df53-312c-af2c-1012876df1be"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("a8811252-9c6b-30b4-90f9-d89b72711ee6"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("feeb5173-0188-326f-bc5c-2946fbe725c0"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("a9dd05cd-22a9-31d6-91be-7f534557c788"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("31ebdb90-107f-36c3-8b48-c8e845110cda"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("ae1379fd-1235-3b65-9815-88a9249b1043"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("efcd93a5-20ad-3437-b083-e0f001517388"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("ae1ba1d3-d038-3c3d-8f6a-5295a25e6b37"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("d686d25e-f4ec-3fc2-9b8d-e0e63af70243"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("af6a1e6e-8e3e-30a1-8164-e3ee7788122a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("a1d025bf-e412-38a6-931a-495fb07d6945"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("af6b3f3b-eb90-3405-9a09-e2a4130b8097"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("b4dbddeb-037c-38fb-8e54-18fbe01b7c52"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("af82b638-a534-3280-bd73-49cfb062c047"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("7b2be668-2ea5-3522-bf00-03473b0f45a3"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("b1faaa7f-7e89-3727-8181-52bfbd66bddb"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("bccbc8af-b5cf-3b83-939c-f2cab80b4252"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("b20d8691-a666-39b6-b368-aa82d723fcf3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("ff46b811-100b-389c-8950-8953fdd713d7"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("b91922e0-8407-3bf2-aad9-4859d83d0e9d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("35ef7b41-dea1-394d-a2ce-3ceba7def4ba"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("bdfcb667-b7a1-35b2-bad3-a57b1c7c943b"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("67921585-06b6-381e-a794-5d0b9e12bad8"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("beabee4e-c734-3bd7-9a06-135bb20c7bd1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("edc632e4-6a0e-3c88-a2dd-6f5565b26266"), new Guid("b1331587-fdb8-3a2c-ad46-2ffdd2d75c11"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("bfb9a439-135e-3e93-8e98-83bd54a0c559"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("31ebdb90-107f-36c3-8b48-c8e845110cda"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("c2f8925d-da75-3244-9543-c88b22aab8bf"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("edc632e4-6a0e-3c88-a2dd-6f5565b26266"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("cc717805-b519-3ef8-90fa-4ca1f2dddf11"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("1f8bb2b5-3f9e-3b4a-b115-c5586c587334"), new Guid("b1331587-fdb8-3a2c-ad46-2ffdd2d75c11"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("ce0a3a08-e1eb-3ce0-aa2c-9f8422b01eab"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("231cdcf1-cbe7-3145-bc36-ec9605302e49"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("ced8c536-ef75-3cbd-bac8-dec434579d3f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("67921585-06b6-381e-a794-5d0b9e12bad8"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("d11c82d6-5299-3483-8687-025502201fcc"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("ec815566-744e-3870-b200-a52d0e198b2a"), new Guid("fec4e863-a846-3cfb-abd2-7b716a1844fc"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("db3ebdf7-6887-3945-8dc9-c0faaba6b883"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("8b506131-74f8-3d41-880a-4289bc2328a2"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("db61ba3a-e92c-300d-aa67-46ae63f414d6"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("1f8bb2b5-3f9e-3b4a-b115-c5586c587334"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("dbdd9bbe-e8ab-34d4-8712-929126d3ef67"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("efcd93a5-20ad-3437-b083-e0f001517388"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("dd7dc7bf-e41d-30e8-a4e6-98ecc1d7e0dc"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("feeb5173-0188-326f-bc5c-2946fbe725c0"), new Guid("b1331587-fdb8-3a2c-ad46-2ffdd2d75c11"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("e4333cfe-a69d-3dd3-aaf9-17416bc5e06b"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("99055c31-62e6-37f3-9c5b-4971e14787f4"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("e4c79025-43da-36fa-b759-d15f9c3411ef"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("2920cfa5-aecf-3e3e-9a67-2a68d1c50bed"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("eb5a99bd-decb-3160-b1a1-8e7b2741eb52"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("044b6e68-8fd8-3881-98ea-4fac0966c868"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("eb67b520-7848-3f7a-ad25-697ed35b55fd"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("ae774df6-efce-3cbb-8b86-6dae8a87cf21"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("f2357799-4b39-3e99-bd79-f529d202b6f0"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("6fd27652-4bc5-3eef-af1a-6afa48852149"), new Guid("b1331587-fdb8-3a2c-ad46-2ffdd2d75c11"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("f238e4f6-c416-3af6-8121-10139b39de41"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("a5eecbfc-ead5-3e72-9c98-72834b438675"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("f283f0f4-31f1-393b-9d64-292de37a1f0d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("35ef7b41-dea1-394d-a2ce-3ceba7def4ba"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("f3d08b35-ffd7-39d5-a19e-23386c843719"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("af05123d-f2eb-3e6a-a238-28cb6fcd1614"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("f42ea1b5-af97-3f90-ad91-f72484bfa12b"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("f9243c85-b1b6-351f-bae2-623312e715b7"), new Guid("b1331587-fdb8-3a2c-ad46-2ffdd2d75c11"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("f4f25cee-5e76-313f-ae39-5c21596b6fa8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("1f8bb2b5-3f9e-3b4a-b115-c5586c587334"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("f8ac5524-30be-36fc-9629-4edb99af7726"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("edc632e4-6a0e-3c88-a2dd-6f5565b26266"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("fa892cdb-8531-3ff9-85f6-c26c54a4fdbd"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("7fa2b98f-3838-3042-a1c9-03e60c8b59b2"), new Guid("a8bc1286-10a7-3946-9d2d-515010e89ce1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("fb76b512-cce0-3cb7-8ec2-e25d679fa29c"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("6c8b4743-4ef0-3afd-adb0-98a4ca089dfc"), new Guid("edf8e171-e0dc-343c-b4ea-b7a89ac78052"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("fe5ed336-af0b-32e2-88db-f432a4080d98"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), new Guid("d97e1e71-bdc7-3e8e-b110-685164432b57"), new Guid("babaa7b8-10de-394e-bf98-31fbe1c06e9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });

            migrationBuilder.InsertData(
                table: "workflow_template_stages",
                columns: new[] { "id", "created_at", "expected_hours", "position", "stage", "template_id", "updated_at" },
                values: new object[,]
                {
                    { new Guid("003db5b2-1a69-387f-9dae-e544478c54f3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 10.00m, 5, WorkflowStageName.Sintering, new Guid("2a852a07-a2bd-38d1-898f-fb7dfa0ed825"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("03237bba-d54d-3daf-9ef0-22ad6c7bd565"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 4, WorkflowStageName.Milling, new Guid("1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("0aa558e4-8f5d-392a-8f21-53011a1ee56c"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 6.00m, 3, WorkflowStageName.Design, new Guid("15c503d6-0546-3758-b20d-b2f057f694f2"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("155e93e7-b750-3a4c-9dab-828fbbafdceb"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 4.00m, 5, WorkflowStageName.Sintering, new Guid("c031fbd8-c31a-33ee-8d32-95681fb62500"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("168f2c4b-f8cb-3ea8-b9a5-ca1c0cce2093"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 6, WorkflowStageName.Delivery, new Guid("2bd3257e-a231-3b2d-a8d8-50981477b5d8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("1d6df785-d209-3f9d-a472-ba018016a73a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 6, WorkflowStageName.QualityControl, new Guid("2a852a07-a2bd-38d1-898f-fb7dfa0ed825"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("1de8e18d-3514-3b82-bf2c-52e335289f63"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.75m, 4, WorkflowStageName.Milling, new Guid("4bdc7e77-60dd-32e9-8d66-2437a5222cf8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("27d67b85-5138-377a-af64-f601ddd5eb1d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 2.00m, 4, WorkflowStageName.Milling, new Guid("8faee919-3f32-38d8-a6f4-5af80078d508"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("2a7e25ba-f12e-3985-bdb9-291e26a7d856"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 1, WorkflowStageName.Receiving, new Guid("56cbb5e0-52fd-3d34-8c3b-f534d528600f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("37ba0a3d-47fb-3eba-a42b-0043797cc899"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 3, WorkflowStageName.Design, new Guid("1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("3b0b7eda-ab56-3b79-8feb-30e3d4d7ffec"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 5, WorkflowStageName.QualityControl, new Guid("1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("3b79b085-453d-3d9e-ba8f-d99f228f24da"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 3, WorkflowStageName.Design, new Guid("56cbb5e0-52fd-3d34-8c3b-f534d528600f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("405ef14f-7000-3fc8-a615-46d2d545ed5a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 2.00m, 4, WorkflowStageName.Milling, new Guid("2a852a07-a2bd-38d1-898f-fb7dfa0ed825"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("40a8e6cf-2fb5-3d62-985e-f9f639a31329"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.75m, 2, WorkflowStageName.ImpressionScan, new Guid("2a852a07-a2bd-38d1-898f-fb7dfa0ed825"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("46361535-59ca-3ca4-8241-94cc61eb9b4a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 4.00m, 5, WorkflowStageName.Sintering, new Guid("54552fa6-d22a-3929-83cf-3118657007c1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("4ccd37eb-7e2d-3a00-867e-fc35cd76cf3c"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 1, WorkflowStageName.Receiving, new Guid("15c503d6-0546-3758-b20d-b2f057f694f2"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("4cf15433-e4bc-36d0-bdca-e67a883ad5f6"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 2.00m, 3, WorkflowStageName.Design, new Guid("2a852a07-a2bd-38d1-898f-fb7dfa0ed825"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("4f693dda-d16b-30ad-9596-a2894547e766"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 7, WorkflowStageName.Delivery, new Guid("4bdc7e77-60dd-32e9-8d66-2437a5222cf8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("5044fd6c-bedd-3bb9-8fbf-a147a6640e87"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.50m, 2, WorkflowStageName.ImpressionScan, new Guid("15c503d6-0546-3758-b20d-b2f057f694f2"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("555c57fe-5930-3e8c-9610-7b47f0703dde"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 4.00m, 5, WorkflowStageName.Sintering, new Guid("8f3e434c-154d-3d6c-9752-3a75ff1c8a72"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("55ef219e-3e3a-3044-b129-3fcae37022d2"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 6, WorkflowStageName.QualityControl, new Guid("8f3e434c-154d-3d6c-9752-3a75ff1c8a72"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("5b2d5400-c3b3-3760-94dd-8c4d9c88fcda"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 2, WorkflowStageName.ImpressionScan, new Guid("2bd3257e-a231-3b2d-a8d8-50981477b5d8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("5d3bfade-8da0-38dd-a26a-b82b4e18e6bf"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 8.00m, 5, WorkflowStageName.Sintering, new Guid("51879163-f6b8-31fd-b5c5-38345bcc5fd3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("5d94c6f4-74f1-3efa-9310-807bd6122348"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 4, WorkflowStageName.QualityControl, new Guid("15c503d6-0546-3758-b20d-b2f057f694f2"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("618b1865-0ca3-329c-ba17-bb055d75b6d4"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 2, WorkflowStageName.ImpressionScan, new Guid("1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("6badae8d-f7d4-371b-9b2c-c131f8b44749"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 5, WorkflowStageName.Delivery, new Guid("15c503d6-0546-3758-b20d-b2f057f694f2"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("6c023fbb-740d-3782-bf7d-08333636d675"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 1, WorkflowStageName.Receiving, new Guid("c031fbd8-c31a-33ee-8d32-95681fb62500"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("6dbedb90-97af-323f-af47-9687c995dbdb"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 1, WorkflowStageName.Receiving, new Guid("2bd3257e-a231-3b2d-a8d8-50981477b5d8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("6e7a6f39-a907-36a2-98bc-1d963581e229"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 5, WorkflowStageName.QualityControl, new Guid("8faee919-3f32-38d8-a6f4-5af80078d508"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("6f91f971-5f51-3790-ad4e-d7d6d8988503"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 6, WorkflowStageName.QualityControl, new Guid("4bdc7e77-60dd-32e9-8d66-2437a5222cf8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("800a3de5-bb56-3b53-965e-a634176e31f3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 1, WorkflowStageName.Receiving, new Guid("2a852a07-a2bd-38d1-898f-fb7dfa0ed825"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("80667538-43b9-3bad-8ba5-6bc99a4b846a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 2, WorkflowStageName.ImpressionScan, new Guid("51879163-f6b8-31fd-b5c5-38345bcc5fd3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("812055c7-a51c-306b-9ead-2d5abf35b9ea"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 7, WorkflowStageName.Delivery, new Guid("8f3e434c-154d-3d6c-9752-3a75ff1c8a72"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("817ccdf8-d743-3905-90c9-2fcbc0c865d8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 7, WorkflowStageName.Delivery, new Guid("c031fbd8-c31a-33ee-8d32-95681fb62500"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("822b70c5-1b2c-34b2-9dc9-7a076cafd5b4"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 2, WorkflowStageName.ImpressionScan, new Guid("56cbb5e0-52fd-3d34-8c3b-f534d528600f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("82c5479e-cf6e-34cc-a66f-4bc89df3a062"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 1, WorkflowStageName.Receiving, new Guid("4bdc7e77-60dd-32e9-8d66-2437a5222cf8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("891605d2-925e-3d1b-be31-da308d8d331f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 6, WorkflowStageName.Delivery, new Guid("8faee919-3f32-38d8-a6f4-5af80078d508"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("89f570a5-fcfb-35df-8da2-de83392a3d39"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 4.00m, 5, WorkflowStageName.Sintering, new Guid("4bdc7e77-60dd-32e9-8d66-2437a5222cf8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("8d5bc665-46a9-3ff1-9263-b6e2a57ce6d3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 4, WorkflowStageName.Milling, new Guid("c031fbd8-c31a-33ee-8d32-95681fb62500"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("8db5ba14-e790-3826-8320-ce1fd3c1280a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 1, WorkflowStageName.Receiving, new Guid("8f3e434c-154d-3d6c-9752-3a75ff1c8a72"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("8ef6519c-5496-3bc3-b873-cd47ffe53662"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 1, WorkflowStageName.Receiving, new Guid("51879163-f6b8-31fd-b5c5-38345bcc5fd3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("8fa0483a-7f5e-3ce5-9f54-d4504787ea74"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 8.00m, 5, WorkflowStageName.Sintering, new Guid("56cbb5e0-52fd-3d34-8c3b-f534d528600f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("90b281cd-2deb-3545-acd1-f850a26d8e50"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 5, WorkflowStageName.QualityControl, new Guid("2bd3257e-a231-3b2d-a8d8-50981477b5d8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("91b91837-91d2-3176-a215-e036eb046995"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 6, WorkflowStageName.QualityControl, new Guid("c031fbd8-c31a-33ee-8d32-95681fb62500"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("91f1344d-81c0-3c57-a2fa-ad10e5c449d3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.75m, 6, WorkflowStageName.QualityControl, new Guid("54552fa6-d22a-3929-83cf-3118657007c1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("926f54b6-3d10-31c0-b417-b7517b3f009f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 3, WorkflowStageName.Design, new Guid("c031fbd8-c31a-33ee-8d32-95681fb62500"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("99e024ae-7538-3163-adc1-a6bc58754b4f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 2, WorkflowStageName.ImpressionScan, new Guid("4bdc7e77-60dd-32e9-8d66-2437a5222cf8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("a02a48aa-c525-39c0-9ac2-a304980361a5"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 7, WorkflowStageName.Delivery, new Guid("56cbb5e0-52fd-3d34-8c3b-f534d528600f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("a52d2ef8-e1e6-3660-b312-c3f6318a4b4e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 2.50m, 3, WorkflowStageName.Design, new Guid("51879163-f6b8-31fd-b5c5-38345bcc5fd3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("a6683bd3-9f17-35e9-86d3-c45fe3b21fa7"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 4.00m, 3, WorkflowStageName.Design, new Guid("8faee919-3f32-38d8-a6f4-5af80078d508"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("a8d85862-35a5-3b45-8535-9b122b06058a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 4, WorkflowStageName.Milling, new Guid("56cbb5e0-52fd-3d34-8c3b-f534d528600f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("aa55f36f-c82d-3d7b-83cc-028e264ced8c"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 2, WorkflowStageName.ImpressionScan, new Guid("c031fbd8-c31a-33ee-8d32-95681fb62500"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("ab179e4d-e5d4-3ace-bfcc-1e8f236e3c9e"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 4, WorkflowStageName.Milling, new Guid("54552fa6-d22a-3929-83cf-3118657007c1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("b0a9cbd1-5420-3465-88cb-865ba0a38805"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 6, WorkflowStageName.QualityControl, new Guid("56cbb5e0-52fd-3d34-8c3b-f534d528600f"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("b86f7286-25b2-33f6-81b0-f23d673e4ab0"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 1, WorkflowStageName.Receiving, new Guid("8faee919-3f32-38d8-a6f4-5af80078d508"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("bcf79189-eebf-3f09-a6a9-52c40effb7aa"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 2, WorkflowStageName.ImpressionScan, new Guid("54552fa6-d22a-3929-83cf-3118657007c1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("c8f47ddd-5332-3d6c-9481-9d8b5496e9b2"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 3.00m, 3, WorkflowStageName.Design, new Guid("2bd3257e-a231-3b2d-a8d8-50981477b5d8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("cd78a246-201e-3e04-aff3-a992387d70c6"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 6, WorkflowStageName.Delivery, new Guid("1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("cf6192e9-7547-3e3a-87dd-84fa4306876b"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.75m, 3, WorkflowStageName.Design, new Guid("4bdc7e77-60dd-32e9-8d66-2437a5222cf8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("d2501256-4bf7-3465-96b3-7438ea18ad2d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.50m, 3, WorkflowStageName.Design, new Guid("54552fa6-d22a-3929-83cf-3118657007c1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("d2750430-9fa4-32f6-a20f-6a58440574e7"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 1, WorkflowStageName.Receiving, new Guid("54552fa6-d22a-3929-83cf-3118657007c1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("d3f440c7-56d4-3715-8e76-c8d578d00a3d"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 2.00m, 4, WorkflowStageName.Milling, new Guid("51879163-f6b8-31fd-b5c5-38345bcc5fd3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("d618ef8d-00b1-3f87-a7a1-9bb6cc0811f6"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 7, WorkflowStageName.Delivery, new Guid("54552fa6-d22a-3929-83cf-3118657007c1"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("d97162c2-b8ed-3a5e-961a-7300e3adf776"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 1, WorkflowStageName.Receiving, new Guid("1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("e2bc44d4-076c-396b-bb7e-ec18b9103d66"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 6, WorkflowStageName.QualityControl, new Guid("51879163-f6b8-31fd-b5c5-38345bcc5fd3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("e976e3ba-759a-3eba-ad0d-90d1e293331a"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 7, WorkflowStageName.Delivery, new Guid("51879163-f6b8-31fd-b5c5-38345bcc5fd3"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("ea757efc-9a4f-38da-be12-8f6ef3adf026"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 3, WorkflowStageName.Design, new Guid("8f3e434c-154d-3d6c-9752-3a75ff1c8a72"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("efaeb253-553c-3515-8310-60edf4dc5f61"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.25m, 7, WorkflowStageName.Delivery, new Guid("2a852a07-a2bd-38d1-898f-fb7dfa0ed825"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("efb20567-146d-3308-8977-e3604063d361"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.50m, 4, WorkflowStageName.Milling, new Guid("2bd3257e-a231-3b2d-a8d8-50981477b5d8"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("f2cb6a3f-e2eb-389e-a449-b50551281b33"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 4, WorkflowStageName.Milling, new Guid("8f3e434c-154d-3d6c-9752-3a75ff1c8a72"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("f4bae4ea-28ee-3816-8ebe-45d28d2c3c52"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 0.50m, 2, WorkflowStageName.ImpressionScan, new Guid("8f3e434c-154d-3d6c-9752-3a75ff1c8a72"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) },
                    { new Guid("ff228315-3f37-337a-a9c3-2cca327f9acc"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), 1.00m, 2, WorkflowStageName.ImpressionScan, new Guid("8faee919-3f32-38d8-a6f4-5af80078d508"), new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)) }
                });

            migrationBuilder.CreateIndex(
                name: "ix_appointment_reminders_appointment_id_user_id_starts_at",
                table: "appointment_reminders",
                columns: new[] { "appointment_id", "user_id", "starts_at" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_appointment_reminders_user_id",
                table: "appointment_reminders",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_attendee_ids",
                table: "appointments",
                column: "attendee_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_case_id",
                table: "appointments",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_deleted_at",
                table: "appointments",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_dentist_id",
                table: "appointments",
                column: "dentist_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_department_id",
                table: "appointments",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_organizer_id",
                table: "appointments",
                column: "organizer_id");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_starts_at_ends_at",
                table: "appointments",
                columns: new[] { "starts_at", "ends_at" });

            migrationBuilder.CreateIndex(
                name: "ix_appointments_type_starts_at",
                table: "appointments",
                columns: new[] { "type", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_action",
                table: "audit_log",
                column: "action");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_occurred_at",
                table: "audit_log",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_table_name_record_id",
                table: "audit_log",
                columns: new[] { "table_name", "record_id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_user_id",
                table: "audit_log",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_calendar_feed_tokens_token_hash",
                table: "calendar_feed_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_calendar_feed_tokens_live_user",
                table: "calendar_feed_tokens",
                column: "user_id",
                unique: true,
                filter: "revoked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_case_files_case_id_kind",
                table: "case_files",
                columns: new[] { "case_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_case_files_deleted_at",
                table: "case_files",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_case_files_sha256",
                table: "case_files",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_case_files_stored_name",
                table: "case_files",
                column: "stored_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_case_files_uploaded_by_id",
                table: "case_files",
                column: "uploaded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_materials_case_id",
                table: "case_materials",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_materials_item_id",
                table: "case_materials",
                column: "item_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_materials_lot_id",
                table: "case_materials",
                column: "lot_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_materials_recorded_by_id",
                table: "case_materials",
                column: "recorded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_author_id",
                table: "case_notes",
                column: "author_id");

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_case_id_created_at",
                table: "case_notes",
                columns: new[] { "case_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_case_notes_deleted_at",
                table: "case_notes",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_cases_board",
                table: "cases",
                columns: new[] { "current_stage", "due_date", "urgency", "case_number" },
                descending: new[] { false, false, true, false },
                filter: "deleted_at IS NULL AND current_stage IS NOT NULL AND status <> 'delivered'::case_status AND status <> 'cancelled'::case_status");

            migrationBuilder.CreateIndex(
                name: "ix_cases_case_number",
                table: "cases",
                column: "case_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cases_created_by_id",
                table: "cases",
                column: "created_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_current_stage",
                table: "cases",
                column: "current_stage");

            migrationBuilder.CreateIndex(
                name: "ix_cases_deleted_at",
                table: "cases",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_cases_dentist_id_patient_code",
                table: "cases",
                columns: new[] { "dentist_id", "patient_code" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_dentist_id_received_at",
                table: "cases",
                columns: new[] { "dentist_id", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_dentist_id_status",
                table: "cases",
                columns: new[] { "dentist_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_due_date",
                table: "cases",
                column: "due_date");

            migrationBuilder.CreateIndex(
                name: "ix_cases_keep_until",
                table: "cases",
                column: "keep_until",
                filter: "keep_until IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_cases_parent_case_id",
                table: "cases",
                column: "parent_case_id");

            migrationBuilder.CreateIndex(
                name: "ix_cases_patient_name",
                table: "cases",
                column: "patient_name");

            migrationBuilder.CreateIndex(
                name: "ix_cases_priority",
                table: "cases",
                column: "priority");

            migrationBuilder.CreateIndex(
                name: "ix_cases_procedure_type",
                table: "cases",
                column: "procedure_type");

            migrationBuilder.CreateIndex(
                name: "ix_cases_received_at",
                table: "cases",
                column: "received_at");

            migrationBuilder.CreateIndex(
                name: "ix_cases_status",
                table: "cases",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_cases_status_due_date",
                table: "cases",
                columns: new[] { "status", "due_date" });

            migrationBuilder.CreateIndex(
                name: "ix_cases_urgency",
                table: "cases",
                column: "urgency");

            migrationBuilder.CreateIndex(
                name: "ix_conformity_statements_case_id_version",
                table: "conformity_statements",
                columns: new[] { "case_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_conformity_statements_issued_by_id",
                table: "conformity_statements",
                column: "issued_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_conversation_participants_conversation_id_user_id",
                table: "conversation_participants",
                columns: new[] { "conversation_id", "user_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_conversation_participants_last_read_message_id",
                table: "conversation_participants",
                column: "last_read_message_id");

            migrationBuilder.CreateIndex(
                name: "ix_conversation_participants_user_id",
                table: "conversation_participants",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_conversations_case_id",
                table: "conversations",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_conversations_created_by_id",
                table: "conversations",
                column: "created_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_conversations_deleted_at",
                table: "conversations",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_conversations_last_message_at",
                table: "conversations",
                column: "last_message_at");

            migrationBuilder.CreateIndex(
                name: "ix_conversations_type",
                table: "conversations",
                column: "type");

            migrationBuilder.CreateIndex(
                name: "ix_delivery_routes_driver_id_route_date",
                table: "delivery_routes",
                columns: new[] { "driver_id", "route_date" });

            migrationBuilder.CreateIndex(
                name: "ix_delivery_routes_route_date",
                table: "delivery_routes",
                column: "route_date");

            migrationBuilder.CreateIndex(
                name: "ix_delivery_routes_status",
                table: "delivery_routes",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_dentist_applications_created_dentist_id",
                table: "dentist_applications",
                column: "created_dentist_id");

            migrationBuilder.CreateIndex(
                name: "ix_dentist_applications_email",
                table: "dentist_applications",
                column: "email",
                unique: true,
                filter: "status = 'pending'");

            migrationBuilder.CreateIndex(
                name: "ix_dentist_applications_license_number_license_region",
                table: "dentist_applications",
                columns: new[] { "license_number", "license_region" });

            migrationBuilder.CreateIndex(
                name: "ix_dentist_applications_reviewed_by_id",
                table: "dentist_applications",
                column: "reviewed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_dentist_applications_status_created_at",
                table: "dentist_applications",
                columns: new[] { "status", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_dentist_profiles_deleted_at",
                table: "dentist_profiles",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_dentist_profiles_dentist_name",
                table: "dentist_profiles",
                column: "dentist_name");

            migrationBuilder.CreateIndex(
                name: "ix_dentist_profiles_email",
                table: "dentist_profiles",
                column: "email");

            migrationBuilder.CreateIndex(
                name: "ix_dentist_profiles_license_number_license_region",
                table: "dentist_profiles",
                columns: new[] { "license_number", "license_region" },
                unique: true,
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_dentist_profiles_practice_name",
                table: "dentist_profiles",
                column: "practice_name");

            migrationBuilder.CreateIndex(
                name: "ix_dentist_profiles_status",
                table: "dentist_profiles",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_dentist_profiles_user_id",
                table: "dentist_profiles",
                column: "user_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_department_equipment_deleted_at",
                table: "department_equipment",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_department_equipment_department_id_status",
                table: "department_equipment",
                columns: new[] { "department_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_department_equipment_next_maintenance_on",
                table: "department_equipment",
                column: "next_maintenance_on");

            migrationBuilder.CreateIndex(
                name: "ix_department_equipment_serial_number",
                table: "department_equipment",
                column: "serial_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_department_equipment_status",
                table: "department_equipment",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_department_equipment_warranty_until",
                table: "department_equipment",
                column: "warranty_until");

            migrationBuilder.CreateIndex(
                name: "ix_department_stock_receipts_booked_by_id",
                table: "department_stock_receipts",
                column: "booked_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_department_stock_receipts_department_id",
                table: "department_stock_receipts",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "ix_department_stock_receipts_transaction_id",
                table: "department_stock_receipts",
                column: "transaction_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_departments_code",
                table: "departments",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_departments_deleted_at",
                table: "departments",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_departments_is_active",
                table: "departments",
                column: "is_active");

            migrationBuilder.CreateIndex(
                name: "ix_departments_manager_id",
                table: "departments",
                column: "manager_id");

            migrationBuilder.CreateIndex(
                name: "ix_departments_name",
                table: "departments",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_departments_stage",
                table: "departments",
                column: "stage");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_status_changes_changed_by_id",
                table: "equipment_status_changes",
                column: "changed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_status_changes_equipment_id_created_at",
                table: "equipment_status_changes",
                columns: new[] { "equipment_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_items_category",
                table: "inventory_items",
                column: "category");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_items_deleted_at",
                table: "inventory_items",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_items_low_stock",
                table: "inventory_items",
                columns: new[] { "quantity_on_hand", "reorder_level" },
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_items_name",
                table: "inventory_items",
                column: "name");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_items_sku",
                table: "inventory_items",
                column: "sku",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_inventory_items_supplier_id",
                table: "inventory_items",
                column: "supplier_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_transactions_case_id",
                table: "inventory_transactions",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_transactions_item_id_occurred_at",
                table: "inventory_transactions",
                columns: new[] { "item_id", "occurred_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_transactions_lot_id",
                table: "inventory_transactions",
                column: "lot_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_transactions_occurred_at",
                table: "inventory_transactions",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_transactions_performed_by_id",
                table: "inventory_transactions",
                column: "performed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_transactions_reference",
                table: "inventory_transactions",
                column: "reference");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_transactions_supplier_id_occurred_at",
                table: "inventory_transactions",
                columns: new[] { "supplier_id", "occurred_at" },
                filter: "supplier_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_inventory_transactions_type",
                table: "inventory_transactions",
                column: "type");

            migrationBuilder.CreateIndex(
                name: "ix_invoice_items_case_id",
                table: "invoice_items",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_invoice_items_case_id_billed_once",
                table: "invoice_items",
                column: "case_id",
                unique: true,
                filter: "case_id IS NOT NULL AND NOT is_voided");

            migrationBuilder.CreateIndex(
                name: "ix_invoice_items_invoice_id_position",
                table: "invoice_items",
                columns: new[] { "invoice_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_invoice_items_procedure_type",
                table: "invoice_items",
                column: "procedure_type");

            migrationBuilder.CreateIndex(
                name: "ix_invoices_created_by_id",
                table: "invoices",
                column: "created_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_invoices_deleted_at",
                table: "invoices",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_invoices_dentist_id_issue_date",
                table: "invoices",
                columns: new[] { "dentist_id", "issue_date" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_dentist_id_status",
                table: "invoices",
                columns: new[] { "dentist_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_invoices_due_date",
                table: "invoices",
                column: "due_date");

            migrationBuilder.CreateIndex(
                name: "ix_invoices_invoice_number",
                table: "invoices",
                column: "invoice_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_invoices_issue_date",
                table: "invoices",
                column: "issue_date");

            migrationBuilder.CreateIndex(
                name: "ix_invoices_status",
                table: "invoices",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_invoices_status_due_date",
                table: "invoices",
                columns: new[] { "status", "due_date" });

            migrationBuilder.CreateIndex(
                name: "ix_lot_recalls_lot_id",
                table: "lot_recalls",
                column: "lot_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lot_recalls_recalled_by_id",
                table: "lot_recalls",
                column: "recalled_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_log_equipment_id_performed_on",
                table: "maintenance_log",
                columns: new[] { "equipment_id", "performed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_log_performed_by_id",
                table: "maintenance_log",
                column: "performed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_log_performed_on",
                table: "maintenance_log",
                column: "performed_on");

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_log_recorded_by_id",
                table: "maintenance_log",
                column: "recorded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_maintenance_reminders_equipment_id_due_on_kind",
                table: "maintenance_reminders",
                columns: new[] { "equipment_id", "due_on", "kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_material_lots_expires_on",
                table: "material_lots",
                column: "expires_on");

            migrationBuilder.CreateIndex(
                name: "ix_material_lots_item_id_lot_number",
                table: "material_lots",
                columns: new[] { "item_id", "lot_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_material_lots_lot_number",
                table: "material_lots",
                column: "lot_number");

            migrationBuilder.CreateIndex(
                name: "ix_material_lots_received_on",
                table: "material_lots",
                column: "received_on");

            migrationBuilder.CreateIndex(
                name: "ix_material_lots_supplier_id",
                table: "material_lots",
                column: "supplier_id");

            migrationBuilder.CreateIndex(
                name: "ix_messages_conversation_id_sent_at_id",
                table: "messages",
                columns: new[] { "conversation_id", "sent_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_messages_reply_to_id",
                table: "messages",
                column: "reply_to_id");

            migrationBuilder.CreateIndex(
                name: "ix_messages_sender_id",
                table: "messages",
                column: "sender_id");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_type",
                table: "notifications",
                column: "type");

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_created_at",
                table: "notifications",
                columns: new[] { "user_id", "created_at" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_notifications_user_id_read_at",
                table: "notifications",
                columns: new[] { "user_id", "read_at" });

            migrationBuilder.CreateIndex(
                name: "ix_password_reset_tokens_expires_at",
                table: "password_reset_tokens",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_password_reset_tokens_token_hash",
                table: "password_reset_tokens",
                column: "token_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_password_reset_tokens_user_id",
                table: "password_reset_tokens",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_payments_deleted_at",
                table: "payments",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_payments_invoice_id_paid_on",
                table: "payments",
                columns: new[] { "invoice_id", "paid_on" });

            migrationBuilder.CreateIndex(
                name: "ix_payments_method",
                table: "payments",
                column: "method");

            migrationBuilder.CreateIndex(
                name: "ix_payments_paid_on",
                table: "payments",
                column: "paid_on");

            migrationBuilder.CreateIndex(
                name: "ix_payments_recorded_by_id",
                table: "payments",
                column: "recorded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_performance_reviews_reviewed_on",
                table: "performance_reviews",
                column: "reviewed_on");

            migrationBuilder.CreateIndex(
                name: "ix_performance_reviews_reviewer_id",
                table: "performance_reviews",
                column: "reviewer_id");

            migrationBuilder.CreateIndex(
                name: "ix_performance_reviews_staff_id_period_end",
                table: "performance_reviews",
                columns: new[] { "staff_id", "period_end" });

            migrationBuilder.CreateIndex(
                name: "ix_permissions_code",
                table: "permissions",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_permissions_module",
                table: "permissions",
                column: "module");

            migrationBuilder.CreateIndex(
                name: "ix_procedure_prices_procedure_type_valid_from",
                table: "procedure_prices",
                columns: new[] { "procedure_type", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_procedure_prices_valid_from",
                table: "procedure_prices",
                column: "valid_from");

            migrationBuilder.CreateIndex(
                name: "ix_qc_checklist_items_procedure_type_position",
                table: "qc_checklist_items",
                columns: new[] { "procedure_type", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_qc_records_case_id_checked_at",
                table: "qc_records",
                columns: new[] { "case_id", "checked_at" });

            migrationBuilder.CreateIndex(
                name: "ix_qc_records_checked_by_id",
                table: "qc_records",
                column: "checked_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_qc_records_stage_id",
                table: "qc_records",
                column: "stage_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_role_claims_role_id",
                table: "role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_role_permissions_permission_id",
                table: "role_permissions",
                column: "permission_id");

            migrationBuilder.CreateIndex(
                name: "ix_role_permissions_role_id_permission_id",
                table: "role_permissions",
                columns: new[] { "role_id", "permission_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_roles_code",
                table: "roles",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_route_stops_case_id",
                table: "route_stops",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_route_stops_dentist_id",
                table: "route_stops",
                column: "dentist_id");

            migrationBuilder.CreateIndex(
                name: "ix_route_stops_planned_at",
                table: "route_stops",
                column: "planned_at");

            migrationBuilder.CreateIndex(
                name: "ix_route_stops_route_id_sequence",
                table: "route_stops",
                columns: new[] { "route_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_route_stops_shipment_id",
                table: "route_stops",
                column: "shipment_id");

            migrationBuilder.CreateIndex(
                name: "ix_route_stops_status",
                table: "route_stops",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_scan_events_case_id_created_at",
                table: "scan_events",
                columns: new[] { "case_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_scan_events_user_id_created_at",
                table: "scan_events",
                columns: new[] { "user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_scheduled_jobs_name",
                table: "scheduled_jobs",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_sessions_expires_at",
                table: "sessions",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_user_id",
                table: "sessions",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_user_id_revoked_at",
                table: "sessions",
                columns: new[] { "user_id", "revoked_at" });

            migrationBuilder.CreateIndex(
                name: "ix_settings_category",
                table: "settings",
                column: "category");

            migrationBuilder.CreateIndex(
                name: "ix_settings_key",
                table: "settings",
                column: "key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shipment_events_actor_id",
                table: "shipment_events",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_events_shipment_id_at",
                table: "shipment_events",
                columns: new[] { "shipment_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_shipments_case_id",
                table: "shipments",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_deleted_at",
                table: "shipments",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_dentist_id",
                table: "shipments",
                column: "dentist_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_requested_by_id",
                table: "shipments",
                column: "requested_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_scheduled_for_status",
                table: "shipments",
                columns: new[] { "scheduled_for", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_shipments_status",
                table: "shipments",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_stop_id",
                table: "shipments",
                column: "stop_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_tracking_number",
                table: "shipments",
                column: "tracking_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_shipments_type",
                table: "shipments",
                column: "type");

            migrationBuilder.CreateIndex(
                name: "ux_shipments_open_delivery_per_case",
                table: "shipments",
                column: "case_id",
                unique: true,
                filter: "type = 'delivery' AND status IN ('scheduled', 'in_transit') AND deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_staff_absences_recorded_by_id",
                table: "staff_absences",
                column: "recorded_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_absences_staff_id_starts_on",
                table: "staff_absences",
                columns: new[] { "staff_id", "starts_on" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_absences_starts_on_ends_on",
                table: "staff_absences",
                columns: new[] { "starts_on", "ends_on" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_profiles_deleted_at",
                table: "staff_profiles",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_staff_profiles_department_id",
                table: "staff_profiles",
                column: "department_id");

            migrationBuilder.CreateIndex(
                name: "ix_staff_profiles_employee_number",
                table: "staff_profiles",
                column: "employee_number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_profiles_employment_type",
                table: "staff_profiles",
                column: "employment_type");

            migrationBuilder.CreateIndex(
                name: "ix_staff_profiles_job_title",
                table: "staff_profiles",
                column: "job_title");

            migrationBuilder.CreateIndex(
                name: "ix_staff_profiles_skills",
                table: "staff_profiles",
                column: "skills")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_staff_profiles_user_id",
                table: "staff_profiles",
                column: "user_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_staff_schedules_day_of_week_effective_from",
                table: "staff_schedules",
                columns: new[] { "day_of_week", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "ix_staff_schedules_staff_id_day_of_week_effective_from_start_t",
                table: "staff_schedules",
                columns: new[] { "staff_id", "day_of_week", "effective_from", "start_time" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_suppliers_deleted_at",
                table: "suppliers",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_suppliers_email",
                table: "suppliers",
                column: "email");

            migrationBuilder.CreateIndex(
                name: "ix_suppliers_is_active",
                table: "suppliers",
                column: "is_active");

            migrationBuilder.CreateIndex(
                name: "ix_suppliers_name_unique",
                table: "suppliers",
                column: "name",
                unique: true,
                filter: "deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_user_claims_user_id",
                table: "user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_logins_user_id",
                table: "user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_role_id",
                table: "user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_roles_user_id",
                table: "user_roles",
                column: "user_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_users_deleted_at",
                table: "users",
                column: "deleted_at");

            migrationBuilder.CreateIndex(
                name: "ix_users_full_name",
                table: "users",
                column: "full_name");

            migrationBuilder.CreateIndex(
                name: "ix_users_is_active",
                table: "users",
                column: "is_active");

            migrationBuilder.CreateIndex(
                name: "ix_users_normalized_email_unique",
                table: "users",
                column: "normalized_email",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_stages_assigned_to_id_status",
                table: "workflow_stages",
                columns: new[] { "assigned_to_id", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_stages_case_id_position",
                table: "workflow_stages",
                columns: new[] { "case_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_stages_case_id_stage_attempt",
                table: "workflow_stages",
                columns: new[] { "case_id", "stage", "attempt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_stages_completed_at",
                table: "workflow_stages",
                column: "completed_at");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_stages_completed_by_id",
                table: "workflow_stages",
                column: "completed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_stages_stage_status",
                table: "workflow_stages",
                columns: new[] { "stage", "status" });

            migrationBuilder.CreateIndex(
                name: "ix_workflow_stages_status",
                table: "workflow_stages",
                column: "status");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_template_stages_template_id_position",
                table: "workflow_template_stages",
                columns: new[] { "template_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_template_stages_template_id_stage",
                table: "workflow_template_stages",
                columns: new[] { "template_id", "stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_workflow_templates_is_active",
                table: "workflow_templates",
                column: "is_active");

            migrationBuilder.CreateIndex(
                name: "ix_workflow_templates_procedure_type",
                table: "workflow_templates",
                column: "procedure_type",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "fk_route_stops_shipments_shipment_id",
                table: "route_stops",
                column: "shipment_id",
                principalTable: "shipments",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            // Hand-written SQL after every table exists, in dependency order: see DentalLab.Data/Schema.
            migrationBuilder.Sql(MigrationSql.UpdatedAtFunction);
            migrationBuilder.Sql(MigrationSql.UpdatedAtTriggers);
            migrationBuilder.Sql(AuditChainSql.CanonicalFunction);
            migrationBuilder.Sql(AuditChainSql.AppendTrigger);
            migrationBuilder.Sql(AuditChainSql.ProtectTriggers);
            migrationBuilder.Sql(AuditChainSql.RetentionFunction);
            migrationBuilder.Sql(ComplianceSql.KeepUntilTrigger);
            migrationBuilder.Sql(ComplianceSql.StatementGuards);
            migrationBuilder.Sql(DepartmentsSql.CostBookingsView);
            migrationBuilder.Sql(InventorySql.SearchIndexes);
            migrationBuilder.Sql(CaseSearchSql.SearchIndexes);
            migrationBuilder.Sql(CaseListSql.KeysetIndexes);
            migrationBuilder.Sql(PageIndexesSql.Create);
            migrationBuilder.Sql(PageIndexesSql.CreatePendingStages);
            migrationBuilder.Sql(PageIndexesSql.CreateStatementCovers);
            migrationBuilder.Sql(InvoiceTotalsSql.Create);
            migrationBuilder.Sql(MigrationSql.MonthlyRevenue);
            migrationBuilder.Sql(MigrationSql.CaseCompletionRates);
            migrationBuilder.Sql(MigrationSql.InventoryTurnover);
            migrationBuilder.Sql(ReportsSql.RefreshTable);
            migrationBuilder.Sql(ReportsSql.RevenueMonths);
            migrationBuilder.Sql(ReportsSql.RemakeIndex);
            migrationBuilder.Sql(ReportsSql.DeliveredIndex);
            migrationBuilder.Sql(ReportsSql.BoundaryTable);
            migrationBuilder.Sql(ReportsSql.RecentFromFunction);
            migrationBuilder.Sql(ReportsSql.CompletionParts);
            migrationBuilder.Sql(ReportsSql.RemakeParts);
            migrationBuilder.Sql(ReportsSql.RemakeLabMonths);
            migrationBuilder.Sql(ReportsSql.StageParts);
            migrationBuilder.Sql(ReportsSql.StaffParts);
            migrationBuilder.Sql(ReportsSql.TechnicianParts);
            migrationBuilder.Sql(ReportsSql.DepartmentEfficiency);
            migrationBuilder.Sql(ReportsSql.StaffPerformance);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The views and functions first (the views depend on the tables; the tables take their triggers and indexes).
            migrationBuilder.Sql(ReportsSql.DropViews);
            migrationBuilder.Sql(MigrationSql.DropViews);
            migrationBuilder.Sql(DepartmentsSql.DropCostBookingsView);
            migrationBuilder.Sql(InvoiceTotalsSql.Drop);
            migrationBuilder.Sql(ComplianceSql.Drop);
            migrationBuilder.Sql(AuditChainSql.Down);
            migrationBuilder.Sql(MigrationSql.DropUpdatedAtTriggers);

            migrationBuilder.DropForeignKey(
                name: "fk_cases_users_created_by_id",
                table: "cases");

            migrationBuilder.DropForeignKey(
                name: "fk_delivery_routes_users_driver_id",
                table: "delivery_routes");

            migrationBuilder.DropForeignKey(
                name: "fk_dentist_profiles_users_user_id",
                table: "dentist_profiles");

            migrationBuilder.DropForeignKey(
                name: "fk_shipments_asp_net_users_requested_by_id",
                table: "shipments");

            migrationBuilder.DropForeignKey(
                name: "fk_route_stops_cases_case_id",
                table: "route_stops");

            migrationBuilder.DropForeignKey(
                name: "fk_shipments_cases_case_id",
                table: "shipments");

            migrationBuilder.DropForeignKey(
                name: "fk_route_stops_dentist_profiles_dentist_id",
                table: "route_stops");

            migrationBuilder.DropForeignKey(
                name: "fk_shipments_dentist_profiles_dentist_id",
                table: "shipments");

            migrationBuilder.DropForeignKey(
                name: "fk_route_stops_delivery_routes_route_id",
                table: "route_stops");

            migrationBuilder.DropForeignKey(
                name: "fk_route_stops_shipments_shipment_id",
                table: "route_stops");

            migrationBuilder.DropTable(
                name: "appointment_reminders");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "calendar_feed_tokens");

            migrationBuilder.DropTable(
                name: "case_files");

            migrationBuilder.DropTable(
                name: "case_materials");

            migrationBuilder.DropTable(
                name: "case_notes");

            migrationBuilder.DropTable(
                name: "conformity_statements");

            migrationBuilder.DropTable(
                name: "conversation_participants");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "dentist_applications");

            migrationBuilder.DropTable(
                name: "department_stock_receipts");

            migrationBuilder.DropTable(
                name: "equipment_status_changes");

            migrationBuilder.DropTable(
                name: "invoice_items");

            migrationBuilder.DropTable(
                name: "lot_recalls");

            migrationBuilder.DropTable(
                name: "maintenance_log");

            migrationBuilder.DropTable(
                name: "maintenance_reminders");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "password_reset_tokens");

            migrationBuilder.DropTable(
                name: "payments");

            migrationBuilder.DropTable(
                name: "performance_reviews");

            migrationBuilder.DropTable(
                name: "procedure_prices");

            migrationBuilder.DropTable(
                name: "qc_checklist_items");

            migrationBuilder.DropTable(
                name: "qc_records");

            migrationBuilder.DropTable(
                name: "role_claims");

            migrationBuilder.DropTable(
                name: "role_permissions");

            migrationBuilder.DropTable(
                name: "scan_events");

            migrationBuilder.DropTable(
                name: "scheduled_jobs");

            migrationBuilder.DropTable(
                name: "sessions");

            migrationBuilder.DropTable(
                name: "settings");

            migrationBuilder.DropTable(
                name: "shipment_events");

            migrationBuilder.DropTable(
                name: "staff_absences");

            migrationBuilder.DropTable(
                name: "staff_schedules");

            migrationBuilder.DropTable(
                name: "user_claims");

            migrationBuilder.DropTable(
                name: "user_logins");

            migrationBuilder.DropTable(
                name: "user_roles");

            migrationBuilder.DropTable(
                name: "user_tokens");

            migrationBuilder.DropTable(
                name: "workflow_template_stages");

            migrationBuilder.DropTable(
                name: "appointments");

            migrationBuilder.DropTable(
                name: "messages");

            migrationBuilder.DropTable(
                name: "inventory_transactions");

            migrationBuilder.DropTable(
                name: "department_equipment");

            migrationBuilder.DropTable(
                name: "invoices");

            migrationBuilder.DropTable(
                name: "workflow_stages");

            migrationBuilder.DropTable(
                name: "permissions");

            migrationBuilder.DropTable(
                name: "staff_profiles");

            migrationBuilder.DropTable(
                name: "roles");

            migrationBuilder.DropTable(
                name: "workflow_templates");

            migrationBuilder.DropTable(
                name: "conversations");

            migrationBuilder.DropTable(
                name: "material_lots");

            migrationBuilder.DropTable(
                name: "departments");

            migrationBuilder.DropTable(
                name: "inventory_items");

            migrationBuilder.DropTable(
                name: "suppliers");

            migrationBuilder.DropTable(
                name: "users");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "dentist_profiles");

            migrationBuilder.DropTable(
                name: "delivery_routes");

            migrationBuilder.DropTable(
                name: "shipments");

            migrationBuilder.DropTable(
                name: "route_stops");

            migrationBuilder.DropSequence(
                name: "case_number_seq");

            migrationBuilder.DropSequence(
                name: "invoice_number_seq");
        }
    }
}
