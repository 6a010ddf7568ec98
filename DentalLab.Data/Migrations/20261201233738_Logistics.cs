using System;
using DentalLab.Data.Entities;
using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DentalLab.Data.Migrations
{
    /// <inheritdoc />
    public partial class Logistics : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "boxes",
                table: "shipments",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "contact_phone",
                table: "shipments",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "failure_reason",
                table: "shipments",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "requested_by_id",
                table: "shipments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "signature_path",
                table: "shipments",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "stop_id",
                table: "shipments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "window_from",
                table: "shipments",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<TimeOnly>(
                name: "window_to",
                table: "shipments",
                type: "time without time zone",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "shipments",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.AddColumn<Guid>(
                name: "dentist_id",
                table: "route_stops",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "failure_reason",
                table: "route_stops",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "postal_code",
                table: "route_stops",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "recipient_name",
                table: "route_stops",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "delivery_routes",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

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

            migrationBuilder.CreateIndex(
                name: "ix_shipments_requested_by_id",
                table: "shipments",
                column: "requested_by_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipments_stop_id",
                table: "shipments",
                column: "stop_id");

            migrationBuilder.CreateIndex(
                name: "ux_shipments_open_delivery_per_case",
                table: "shipments",
                column: "case_id",
                unique: true,
                filter: "type = 'delivery' AND status IN ('scheduled', 'in_transit') AND deleted_at IS NULL");

            migrationBuilder.AddCheckConstraint(
                name: "ck_shipments_boxes_positive",
                table: "shipments",
                sql: "boxes IS NULL OR boxes > 0");

            migrationBuilder.AddCheckConstraint(
                name: "ck_shipments_window_order",
                table: "shipments",
                sql: "window_from IS NULL OR window_to IS NULL OR window_to > window_from");

            migrationBuilder.CreateIndex(
                name: "ix_route_stops_dentist_id",
                table: "route_stops",
                column: "dentist_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_events_actor_id",
                table: "shipment_events",
                column: "actor_id");

            migrationBuilder.CreateIndex(
                name: "ix_shipment_events_shipment_id_at",
                table: "shipment_events",
                columns: new[] { "shipment_id", "at" });

            migrationBuilder.AddForeignKey(
                name: "fk_route_stops_dentist_profiles_dentist_id",
                table: "route_stops",
                column: "dentist_id",
                principalTable: "dentist_profiles",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_shipments_asp_net_users_requested_by_id",
                table: "shipments",
                column: "requested_by_id",
                principalTable: "users",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "fk_shipments_route_stops_stop_id",
                table: "shipments",
                column: "stop_id",
                principalTable: "route_stops",
                principalColumn: "id",
                onDelete: ReferentialAction.SetNull);

            // shipment_events has updated_at: give it the trigger every such table has.
            migrationBuilder.Sql(MigrationSql.UpdatedAtTriggers);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_route_stops_dentist_profiles_dentist_id",
                table: "route_stops");

            migrationBuilder.DropForeignKey(
                name: "fk_shipments_asp_net_users_requested_by_id",
                table: "shipments");

            migrationBuilder.DropForeignKey(
                name: "fk_shipments_route_stops_stop_id",
                table: "shipments");

            migrationBuilder.DropTable(
                name: "shipment_events");

            migrationBuilder.DropIndex(
                name: "ix_shipments_requested_by_id",
                table: "shipments");

            migrationBuilder.DropIndex(
                name: "ix_shipments_stop_id",
                table: "shipments");

            migrationBuilder.DropIndex(
                name: "ux_shipments_open_delivery_per_case",
                table: "shipments");

            migrationBuilder.DropCheckConstraint(
                name: "ck_shipments_boxes_positive",
                table: "shipments");

            migrationBuilder.DropCheckConstraint(
                name: "ck_shipments_window_order",
                table: "shipments");

            migrationBuilder.DropIndex(
                name: "ix_route_stops_dentist_id",
                table: "route_stops");

            migrationBuilder.DropColumn(
                name: "boxes",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "contact_phone",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "failure_reason",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "requested_by_id",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "signature_path",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "stop_id",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "window_from",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "window_to",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "shipments");

            migrationBuilder.DropColumn(
                name: "dentist_id",
                table: "route_stops");

            migrationBuilder.DropColumn(
                name: "failure_reason",
                table: "route_stops");

            migrationBuilder.DropColumn(
                name: "postal_code",
                table: "route_stops");

            migrationBuilder.DropColumn(
                name: "recipient_name",
                table: "route_stops");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "delivery_routes");
        }
    }
}
