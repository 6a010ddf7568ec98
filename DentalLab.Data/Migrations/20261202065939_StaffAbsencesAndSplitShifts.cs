using System;
using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DentalLab.Data.Migrations
{
    /// <inheritdoc />
    public partial class StaffAbsencesAndSplitShifts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_staff_schedules_staff_id_day_of_week_effective_from",
                table: "staff_schedules");

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

            migrationBuilder.CreateIndex(
                name: "ix_staff_schedules_staff_id_day_of_week_effective_from_start_t",
                table: "staff_schedules",
                columns: new[] { "staff_id", "day_of_week", "effective_from", "start_time" },
                unique: true);

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

            // The new table gets its updated_at trigger like every other.
            migrationBuilder.Sql(MigrationSql.UpdatedAtTriggers);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "staff_absences");

            migrationBuilder.DropIndex(
                name: "ix_staff_schedules_staff_id_day_of_week_effective_from_start_t",
                table: "staff_schedules");

            migrationBuilder.CreateIndex(
                name: "ix_staff_schedules_staff_id_day_of_week_effective_from",
                table: "staff_schedules",
                columns: new[] { "staff_id", "day_of_week", "effective_from" },
                unique: true);
        }
    }
}
