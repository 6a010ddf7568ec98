using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Reports;

/// <summary>What every report page shows around its figures: the period, the one before it, when the views were refreshed.</summary>
/// <summary>
/// A report's period and its comparison, the lab's zone and currency, and how fresh the views are: RefreshedAt the
/// oldest refresh of the views every run refreshes; the months before HistoryBefore were recounted at HistoryRefreshedAt.
/// </summary>
public sealed record ReportContext(ReportPeriod Period, ReportPeriod Previous, TimeZoneInfo Zone, string Currency, DateTimeOffset? RefreshedAt,
    DateOnly? HistoryBefore = null, DateTimeOffset? HistoryRefreshedAt = null);

// Revenue
public sealed record RevenueMonth(DateOnly Month, int Invoices, decimal Invoiced, decimal Paid, decimal Outstanding);

public sealed record RevenueByDentist(Guid? DentistId, string Practice, int Invoices, decimal Invoiced, decimal Paid, decimal Outstanding, decimal? AvgDaysToPay, int PaidInvoices);

public sealed record RevenueTotals(int Invoices, decimal Invoiced, decimal Paid, decimal Outstanding, decimal? AvgDaysToPay);

public sealed record RevenueReport(ReportContext Context, RevenueTotals Current, RevenueTotals Prior, IReadOnlyList<RevenueMonth> Months, IReadOnlyList<RevenueByDentist> Dentists);

// Completion
public sealed record CompletionRow(string Key, string Label, int Completed, int OnTime, decimal? OnTimeRate, decimal? AvgBusinessDays);

public sealed record CompletionReport(ReportContext Context, CompletionRow Current, CompletionRow Prior, IReadOnlyList<CompletionRow> Months, IReadOnlyList<CompletionRow> Procedures);

// Departments
public sealed record DepartmentRow(Guid Id, string Name, WorkflowStageName Stage, int Completed, int CompletedPrior, decimal PerWeek,
    decimal? AvgHours, decimal? ExpectedHours, int WorkInProgress);

/// <summary>Stages completed in seven lab days from <see cref="From"/> (the last week of a period may be shorter).</summary>
public sealed record DepartmentWeek(DateOnly From, int Completed);

public sealed record DepartmentReport(ReportContext Context, IReadOnlyList<DepartmentRow> Rows, IReadOnlyList<DepartmentWeek> Weeks);

// Staff
public sealed record StaffRow(Guid UserId, string Name, string? Department, int StagesCompleted, int StagesCompletedPrior, int OnTime, decimal? OnTimeRate,
    int QcFailures, decimal? ReviewRating);

public sealed record StaffReport(ReportContext Context, IReadOnlyList<StaffRow> Rows);

// Inventory
public sealed record InventoryRow(Guid ItemId, string Sku, string Name, InventoryCategory Category, string Unit, decimal OnHand, decimal Used, decimal UsedPrior,
    decimal UsedValue, decimal? Turnover, decimal? DaysOfStockLeft, bool SlowMover, decimal StockValue);

public sealed record InventoryReport(ReportContext Context, decimal UsedValue, decimal UsedValuePrior, decimal StockValue, IReadOnlyList<InventoryRow> Rows);

// Remakes and scorecards
public enum RemakeDimension { All, Dentist, Technician, Material, Reason }

public sealed record RemakeRow(RemakeDimension Dimension, string Key, string Label, int Cases, int Remakes, int LabPays, int DentistPays, int SplitPays)
{
    public decimal? Rate => Cases == 0 ? null : Math.Round(100m * Remakes / Cases, 1);
}

public sealed record StageScore(WorkflowStageName Stage, int Completed, int OnTime, int SentBack)
{
    public decimal? OnTimeRate => Completed == 0 ? null : Math.Round(100m * OnTime / Completed, 1);
}

/// <summary>A QC checklist item that failed at least once in the period: how often it failed of how often it was checked.</summary>
public sealed record QcItemFailures(string Item, int Failed, int Checked)
{
    public decimal? FailRate => Checked == 0 ? null : Math.Round(100m * Failed / Checked, 1);
}

/// <summary>The QC attempts of the period (from qc_records): how many, how many failed, and which checklist items failed.</summary>
public sealed record QcSummary(int Checks, int Failed, IReadOnlyList<QcItemFailures> Items)
{
    public decimal? FailRate => Checks == 0 ? null : Math.Round(100m * Failed / Checks, 1);
}

public sealed record RemakeReport(ReportContext Context, RemakeRow Current, RemakeRow Prior, IReadOnlyList<RemakeRow> ByDentist, IReadOnlyList<RemakeRow> ByTechnician,
    IReadOnlyList<RemakeRow> ByMaterial, IReadOnlyList<RemakeRow> ByReason, IReadOnlyList<StageScore> Stages, QcSummary Qc);

/// <summary>A remake behind a figure of the remakes report.</summary>
public sealed record RemakeCase(string CaseNumber, string? ParentCaseNumber, string Practice, ProcedureType Procedure, string? Material, string? Reason, RemakePayer? Payer, DateTimeOffset ReceivedAt);

// The manager's figures on the dashboard
public sealed record WeekCount(DateOnly Week, int Count);

public sealed record ManagerFigures(IReadOnlyList<WeekCount> CasesIn, IReadOnlyList<WeekCount> DeliveredLate, decimal RevenueThisMonth, decimal RevenueLastMonth,
    decimal? RemakeRateThisMonth, int RemakesThisMonth, string Currency);
