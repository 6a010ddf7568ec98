using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

public partial class LabDbContext
{
    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<InvoiceItem> InvoiceItems => Set<InvoiceItem>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<ProcedurePrice> ProcedurePrices => Set<ProcedurePrice>();

    /// <summary>Read only: kept by a trigger on invoices (not by EF, so not created by a migration's model diff).</summary>
    public DbSet<InvoiceMonthTotal> InvoiceMonthTotals => Set<InvoiceMonthTotal>();
}
