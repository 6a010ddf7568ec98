using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DentalLab.Data.Migrations
{
    /// <summary>Covering indexes for a practice's statement and the dentist page's delivery figures.</summary>
    public partial class StatementAndDentistCovers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PageIndexesSql.RecreateDeliveredCover);
            migrationBuilder.Sql(PageIndexesSql.CreateStatementCovers);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PageIndexesSql.DropStatementCovers);
            migrationBuilder.Sql(PageIndexesSql.RestoreDelivered);
        }
    }
}
