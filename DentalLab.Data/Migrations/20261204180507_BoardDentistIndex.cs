using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DentalLab.Data.Migrations
{
    /// <inheritdoc />
    public partial class BoardDentistIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_cases_board_dentist",
                table: "cases",
                columns: new[] { "dentist_id", "current_stage", "due_date", "urgency", "case_number" },
                descending: new[] { false, false, false, true, false },
                filter: "deleted_at IS NULL AND current_stage IS NOT NULL AND status <> 'delivered'::case_status AND status <> 'cancelled'::case_status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_cases_board_dentist",
                table: "cases");
        }
    }
}
