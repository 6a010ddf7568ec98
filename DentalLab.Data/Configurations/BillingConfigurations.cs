using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DentalLab.Data.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> b)
    {
        b.ToTable("invoices", t =>
        {
            t.HasCheckConstraint("ck_invoices_money_not_negative",
                "subtotal >= 0 AND discount_amount >= 0 AND tax_amount >= 0 AND total >= 0 AND amount_paid >= 0");
            t.HasCheckConstraint("ck_invoices_discount_within_subtotal", "discount_amount <= subtotal");
            t.HasCheckConstraint("ck_invoices_total_sums", "total = subtotal - discount_amount + tax_amount");
            t.HasCheckConstraint("ck_invoices_amount_paid_within_total", "amount_paid <= total");
            t.HasCheckConstraint("ck_invoices_tax_rate_fraction", "tax_rate >= 0 AND tax_rate < 1");
            t.HasCheckConstraint("ck_invoices_due_after_issue", "due_date >= issue_date");
            t.HasCheckConstraint("ck_invoices_paid_in_full", "status <> 'paid' OR amount_paid = total");
            t.HasCheckConstraint("ck_invoices_cancel_reason",
                "status <> 'cancelled' OR (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL)");
            t.HasCheckConstraint("ck_invoices_refund_reason",
                "status <> 'refunded' OR (refunded_at IS NOT NULL AND refund_reason IS NOT NULL)");
            t.HasCheckConstraint("ck_invoices_pdf_sha256_hex", "pdf_sha256 IS NULL OR pdf_sha256 ~ '^[0-9a-f]{64}$'");
        });

        b.Property(i => i.InvoiceNumber).HasMaxLength(24).HasDefaultValueSql(Sequences.InvoiceNumberDefaultSql).HasSentinel("");
        b.Property(i => i.Subtotal).HasPrecision(12, 2);
        b.Property(i => i.DiscountAmount).HasPrecision(12, 2);
        b.Property(i => i.TaxRate).HasPrecision(6, 4);
        b.Property(i => i.TaxAmount).HasPrecision(12, 2);
        b.Property(i => i.Total).HasPrecision(12, 2);
        b.Property(i => i.AmountPaid).HasPrecision(12, 2);
        b.Property(i => i.CancelReason).HasMaxLength(500);
        b.Property(i => i.RefundReason).HasMaxLength(500);
        b.Property(i => i.PdfSha256).HasMaxLength(64);
        b.Property(i => i.Notes).HasMaxLength(2000);
        b.Property(i => i.Version).IsRowVersion();
        b.Ignore(i => i.Balance);

        b.HasOne(i => i.Dentist).WithMany(d => d.Invoices).HasForeignKey(i => i.DentistId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(i => i.CreatedBy).WithMany().HasForeignKey(i => i.CreatedById).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(i => i.Items).WithOne(it => it.Invoice).HasForeignKey(it => it.InvoiceId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(i => i.Payments).WithOne(p => p.Invoice).HasForeignKey(p => p.InvoiceId).OnDelete(DeleteBehavior.Restrict);

        b.HasIndex(i => i.InvoiceNumber).IsUnique();
        b.HasIndex(i => i.Status);
        b.HasIndex(i => i.IssueDate);
        b.HasIndex(i => i.DueDate);
        b.HasIndex(i => new { i.Status, i.DueDate });
        b.HasIndex(i => new { i.DentistId, i.Status });
        b.HasIndex(i => new { i.DentistId, i.IssueDate });
    }
}

internal sealed class InvoiceItemConfiguration : IEntityTypeConfiguration<InvoiceItem>
{
    public void Configure(EntityTypeBuilder<InvoiceItem> b)
    {
        b.ToTable("invoice_items", t =>
        {
            t.HasCheckConstraint("ck_invoice_items_quantity_positive", "quantity > 0");
            t.HasCheckConstraint("ck_invoice_items_unit_price_not_negative", "unit_price >= 0");
            t.HasCheckConstraint("ck_invoice_items_amount_not_negative", "amount >= 0");
            t.HasCheckConstraint("ck_invoice_items_position_positive", "position >= 1");
            t.HasCheckConstraint("ck_invoice_items_description_not_empty", "btrim(description) <> ''");
            t.HasCheckConstraint("ck_invoice_items_teeth_fdi", CaseConfiguration.FdiTeethCheck("teeth"));
        });

        b.Property(i => i.Description).HasMaxLength(500);
        b.Property(i => i.Teeth).HasColumnType("smallint[]");
        b.Property(i => i.Quantity).HasPrecision(10, 2);
        b.Property(i => i.UnitPrice).HasPrecision(12, 2);
        b.Property(i => i.Amount).HasPrecision(12, 2);
        b.Property(i => i.IsVoided).HasDefaultValue(false);

        b.HasOne(i => i.Case).WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.SetNull);

        // A case is billed once: the index skips voided lines (those of cancelled invoices), which frees the case
        // to be invoiced again. Refunded invoices keep their lines, so their cases stay billed.
        b.HasIndex(i => i.CaseId, "BilledOnce")
            .HasDatabaseName("ix_invoice_items_case_id_billed_once")
            .IsUnique()
            .HasFilter("case_id IS NOT NULL AND NOT is_voided");
        b.HasIndex(i => i.CaseId, "CaseId").HasDatabaseName("ix_invoice_items_case_id");
        b.HasIndex(i => new { i.InvoiceId, i.Position });
        b.HasIndex(i => i.ProcedureType);
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> b)
    {
        b.ToTable("payments", t =>
        {
            t.HasCheckConstraint("ck_payments_amount_positive", "amount > 0");
            t.HasCheckConstraint("ck_payments_kind", "kind IN ('payment', 'refund')");
        });

        b.Property(p => p.Kind).HasMaxLength(10);
        b.Property(p => p.Amount).HasPrecision(12, 2);
        b.Property(p => p.Reference).HasMaxLength(100);
        b.Property(p => p.Notes).HasMaxLength(1000);
        b.Ignore(p => p.SignedAmount);

        b.HasOne(p => p.RecordedBy).WithMany().HasForeignKey(p => p.RecordedById).OnDelete(DeleteBehavior.SetNull);

        b.HasIndex(p => new { p.InvoiceId, p.PaidOn });
        b.HasIndex(p => p.PaidOn);
        b.HasIndex(p => p.Method);
    }
}

internal sealed class ProcedurePriceConfiguration : IEntityTypeConfiguration<ProcedurePrice>
{
    public void Configure(EntityTypeBuilder<ProcedurePrice> b)
    {
        b.ToTable("procedure_prices", t =>
        {
            t.HasCheckConstraint("ck_procedure_prices_unit_price_not_negative", "unit_price >= 0");
            t.HasCheckConstraint("ck_procedure_prices_rush_surcharge_not_negative", "rush_surcharge_percent >= 0");
            t.HasCheckConstraint("ck_procedure_prices_emergency_surcharge_not_negative", "emergency_surcharge_percent >= 0");
        });

        b.Property(p => p.UnitPrice).HasPrecision(12, 2);
        b.Property(p => p.RushSurchargePercent).HasPrecision(5, 2);
        b.Property(p => p.EmergencySurchargePercent).HasPrecision(5, 2);

        // One price per procedure type per start date; the price in force is the latest valid_from on or before the day.
        b.HasIndex(p => new { p.ProcedureType, p.ValidFrom }).IsUnique();
        b.HasIndex(p => p.ValidFrom);
        b.HasData(SeedData.ProcedurePrices);
    }
}

internal sealed class InvoiceMonthTotalConfiguration : IEntityTypeConfiguration<InvoiceMonthTotal>
{
    public void Configure(EntityTypeBuilder<InvoiceMonthTotal> b)
    {
        // Mapped as a view so EF reads it but never creates or changes it: the table and its trigger are hand SQL.
        b.HasNoKey().ToView("invoice_month_totals");
        b.Property(t => t.Total).HasPrecision(14, 2);
        b.Property(t => t.AmountPaid).HasPrecision(14, 2);
    }
}
