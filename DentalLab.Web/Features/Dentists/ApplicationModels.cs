using System.ComponentModel.DataAnnotations;
using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Dentists;

/// <summary>The public partner application form (/apply). Checked here and again in the service.</summary>
public sealed class ApplicationInput
{
    [Required(ErrorMessage = "Enter the practice's name.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string PracticeName { get; set; } = "";

    [Required(ErrorMessage = "Enter the dentist's name.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string DentistName { get; set; } = "";

    [Required(ErrorMessage = "Enter the license number.")]
    [StringLength(50, ErrorMessage = "Use at most 50 characters.")]
    public string LicenseNumber { get; set; } = "";

    [Required(ErrorMessage = "Enter the state or country that issued the license.")]
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")]
    public string LicenseRegion { get; set; } = "";

    [Required(ErrorMessage = "Enter an email address.")]
    [EmailAddress(ErrorMessage = "Enter a valid email address.")]
    [StringLength(256)]
    public string Email { get; set; } = "";

    [StringLength(50, ErrorMessage = "Use at most 50 characters.")]
    public string? Phone { get; set; }

    [Required(ErrorMessage = "Enter the practice's street address.")]
    [StringLength(200, ErrorMessage = "Use at most 200 characters.")]
    public string AddressLine1 { get; set; } = "";

    [Required(ErrorMessage = "Enter the city.")]
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")]
    public string City { get; set; } = "";

    [StringLength(20, ErrorMessage = "Use at most 20 characters.")]
    public string? PostalCode { get; set; }

    [Required(ErrorMessage = "Enter the country.")]
    [StringLength(100, ErrorMessage = "Use at most 100 characters.")]
    public string Country { get; set; } = "";

    [Range(0, 100_000, ErrorMessage = "Enter a number of cases between 0 and 100,000.")]
    public int? ExpectedMonthlyVolume { get; set; }

    [StringLength(4000, ErrorMessage = "Use at most 4,000 characters.")]
    public string? Message { get; set; }

    /// <summary>A field people never see (hidden by CSS); bots fill it in.</summary>
    public string? Website { get; set; }
}

public sealed record ApplicationRow(
    Guid Id,
    DateTimeOffset SubmittedAt,
    string PracticeName,
    string DentistName,
    string LicenseNumber,
    string LicenseRegion,
    string Email,
    string? Phone,
    string Address,
    int? ExpectedMonthlyVolume,
    string? Message,
    ApplicationStatus Status,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? RejectionReason,
    Guid? CreatedDentistId);
