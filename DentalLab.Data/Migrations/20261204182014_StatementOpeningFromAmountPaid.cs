using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DentalLab.Data.Migrations
{
    /// <inheritdoc />
    public partial class StatementOpeningFromAmountPaid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PageIndexesSql.WidenStatementCover);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PageIndexesSql.NarrowStatementCover);
        }
    }
}
