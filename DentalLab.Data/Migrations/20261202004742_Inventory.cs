using System;
using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DentalLab.Data.Migrations
{
    /// <inheritdoc />
    public partial class Inventory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "suppliers",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "blocked_at",
                table: "material_lots",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "supplier_id",
                table: "inventory_transactions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "low_stock_notified_at",
                table: "inventory_items",
                type: "timestamp with time zone",
                nullable: true);

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

            migrationBuilder.InsertData(
                table: "settings",
                columns: new[] { "id", "category", "created_at", "description", "key", "updated_at", "value", "value_type" },
                values: new object[] { new Guid("e68c2e51-6781-3297-a06b-2a7097449538"), "inventory", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Days before its expiry date when a lot is marked as expiring", "inventory.expiry_warning_days", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "30", "integer" });

            migrationBuilder.CreateIndex(
                name: "ix_inventory_transactions_supplier_id_occurred_at",
                table: "inventory_transactions",
                columns: new[] { "supplier_id", "occurred_at" },
                filter: "supplier_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_lot_recalls_lot_id",
                table: "lot_recalls",
                column: "lot_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_lot_recalls_recalled_by_id",
                table: "lot_recalls",
                column: "recalled_by_id");

            migrationBuilder.AddForeignKey(
                name: "fk_inventory_transactions_suppliers_supplier_id",
                table: "inventory_transactions",
                column: "supplier_id",
                principalTable: "suppliers",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);
            migrationBuilder.Sql(MigrationSql.UpdatedAtTriggers);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_inventory_transactions_suppliers_supplier_id",
                table: "inventory_transactions");

            migrationBuilder.DropTable(
                name: "lot_recalls");

            migrationBuilder.DropIndex(
                name: "ix_inventory_transactions_supplier_id_occurred_at",
                table: "inventory_transactions");

            migrationBuilder.DeleteData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("e68c2e51-6781-3297-a06b-2a7097449538"));

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "suppliers");

            migrationBuilder.DropColumn(
                name: "blocked_at",
                table: "material_lots");

            migrationBuilder.DropColumn(
                name: "supplier_id",
                table: "inventory_transactions");

            migrationBuilder.DropColumn(
                name: "low_stock_notified_at",
                table: "inventory_items");
        }
    }
}
