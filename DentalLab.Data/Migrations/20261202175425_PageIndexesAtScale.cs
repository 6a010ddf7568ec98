using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DentalLab.Data.Migrations
{
    /// <summary>Partial and covering indexes for the dashboard, dentist list and page, and portal home at a million cases.</summary>
    public partial class PageIndexesAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PageIndexesSql.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(PageIndexesSql.Drop);
        }
    }
}
