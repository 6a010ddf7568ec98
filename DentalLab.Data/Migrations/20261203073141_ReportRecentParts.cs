using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DentalLab.Data.Migrations
{
    /// <summary>
    /// The reports' completion, remake, stage and staff views split into a history and a recent part under their old
    /// names, a technician month view for the remakes report, and department_efficiency and staff_performance summed
    /// from the day views: a refresh every 15 minutes reads the last weeks' rows instead of every case and stage.
    /// </summary>
    public partial class ReportRecentParts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReportsSql.DropWholeViews);
            migrationBuilder.Sql(ReportsSql.BoundaryTable);
            migrationBuilder.Sql(ReportsSql.RecentFromFunction);
            migrationBuilder.Sql(ReportsSql.CompletionParts);
            migrationBuilder.Sql(ReportsSql.RemakeParts);
            migrationBuilder.Sql(ReportsSql.StageParts);
            migrationBuilder.Sql(ReportsSql.StaffParts);
            migrationBuilder.Sql(ReportsSql.TechnicianParts);
            migrationBuilder.Sql(ReportsSql.DepartmentEfficiencyFromDays);
            migrationBuilder.Sql(ReportsSql.StaffPerformanceFromDays);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReportsSql.DropParts);
            migrationBuilder.Sql(ReportsSql.CompletionMonths);
            migrationBuilder.Sql(ReportsSql.RemakeMonths);
            migrationBuilder.Sql(ReportsSql.StageDays);
            migrationBuilder.Sql(ReportsSql.StaffDays);
            migrationBuilder.Sql(MigrationSql.DepartmentEfficiency);
            migrationBuilder.Sql(MigrationSql.StaffPerformance);
        }
    }
}
