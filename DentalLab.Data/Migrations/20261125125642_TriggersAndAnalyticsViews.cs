using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DentalLab.Data.Migrations
{
    /// <inheritdoc />
    public partial class TriggersAndAnalyticsViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MigrationSql.UpdatedAtFunction);
            migrationBuilder.Sql(MigrationSql.UpdatedAtTriggers);
            migrationBuilder.Sql(MigrationSql.MonthlyRevenue);
            migrationBuilder.Sql(MigrationSql.CaseCompletionRates);
            migrationBuilder.Sql(MigrationSql.DepartmentEfficiency);
            migrationBuilder.Sql(MigrationSql.StaffPerformance);
            migrationBuilder.Sql(MigrationSql.InventoryTurnover);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(MigrationSql.DropViews);
            migrationBuilder.Sql(MigrationSql.DropUpdatedAtTriggers);
        }
    }
}
