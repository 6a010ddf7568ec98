using System;
using DentalLab.Data.Entities;
using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DentalLab.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffAndFloor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "decommissioned_on",
                table: "department_equipment",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "status_reason",
                table: "department_equipment",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "department_equipment",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

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
                name: "ix_equipment_status_changes_changed_by_id",
                table: "equipment_status_changes",
                column: "changed_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_equipment_status_changes_equipment_id_created_at",
                table: "equipment_status_changes",
                columns: new[] { "equipment_id", "created_at" });

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
            migrationBuilder.Sql(MigrationSql.UpdatedAtTriggers);
            migrationBuilder.Sql(DepartmentsSql.CostBookingsView);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DepartmentsSql.DropCostBookingsView);
            migrationBuilder.DropTable(
                name: "department_stock_receipts");

            migrationBuilder.DropTable(
                name: "equipment_status_changes");

            migrationBuilder.DropTable(
                name: "maintenance_log");

            migrationBuilder.DropTable(
                name: "maintenance_reminders");

            migrationBuilder.DropColumn(
                name: "decommissioned_on",
                table: "department_equipment");

            migrationBuilder.DropColumn(
                name: "status_reason",
                table: "department_equipment");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "department_equipment");
        }
    }
}
