using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Dentists;

public sealed record DentistRow(Guid Id, string PracticeName, string DentistName, string? City, string? Country, string Email, DentistStatus Status, int OpenCases, decimal Outstanding);

public sealed record DentistQuery(string? Search, DentistStatus? Status, int Page, int PageSize);

/// <summary>Figures computed from the data, never stored: they are always true.</summary>
public sealed record DentistMetrics(
    int CasesThisMonth,
    int CasesThisYear,
    decimal? OnTimeRatePercent,
    decimal? RemakeRatePercent,
    decimal? AverageTurnaroundDays,
    decimal RevenueThisYear,
    decimal Outstanding);

public sealed record DentistView(
    Guid Id,
    string PracticeName,
    string DentistName,
    string LicenseNumber,
    string LicenseRegion,
    string Email,
    string? Phone,
    string? BillingEmail,
    string? AddressLine1,
    string? AddressLine2,
    string? City,
    string? Region,
    string? PostalCode,
    string? Country,
    DentistStatus Status,
    decimal DiscountPercent,
    string? Notes,
    bool HasPortalAccount,
    DentistMetrics Metrics);

public sealed class DentistEditInput
{
    public string PracticeName { get; set; } = "";

    public string DentistName { get; set; } = "";

    public string Email { get; set; } = "";

    public string? Phone { get; set; }

    public string? BillingEmail { get; set; }

    public string? AddressLine1 { get; set; }

    public string? AddressLine2 { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; }

    public decimal DiscountPercent { get; set; }

    public string? Notes { get; set; }

    public static DentistEditInput From(DentistView d) => new()
    {
        PracticeName = d.PracticeName,
        DentistName = d.DentistName,
        Email = d.Email,
        Phone = d.Phone,
        BillingEmail = d.BillingEmail,
        AddressLine1 = d.AddressLine1,
        AddressLine2 = d.AddressLine2,
        City = d.City,
        PostalCode = d.PostalCode,
        Country = d.Country,
        DiscountPercent = d.DiscountPercent,
        Notes = d.Notes,
    };
}
