using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DentalLab.Data.Migrations
{
    /// <summary>invoice_month_totals and the trigger on invoices that keeps it, filled from the invoices there are.</summary>
    public partial class InvoiceMonthTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(InvoiceTotalsSql.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(InvoiceTotalsSql.Drop);
        }
    }
}
