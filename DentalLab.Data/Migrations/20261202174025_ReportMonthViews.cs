using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DentalLab.Data.Migrations
{
    /// <summary>
    /// The reports' day and month views (revenue, completion, remakes, stages, staff) in the lab's time zone, so a report of a
    /// month, quarter or year sums a few thousand view rows instead of scanning a million cases.
    /// </summary>
    public partial class ReportMonthViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReportsSql.RevenueMonths);
            migrationBuilder.Sql(ReportsSql.CompletionMonths);
            migrationBuilder.Sql(ReportsSql.RemakeMonths);
            migrationBuilder.Sql(ReportsSql.StageDays);
            migrationBuilder.Sql(ReportsSql.StaffDays);
            migrationBuilder.Sql(ReportsSql.RemakeIndex);
            migrationBuilder.Sql(ReportsSql.DeliveredIndex);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(ReportsSql.DropReportViews);
        }
    }
}
