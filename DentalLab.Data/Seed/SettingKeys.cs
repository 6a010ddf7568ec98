namespace DentalLab.Data.Seed;

/// <summary>
/// Every settings key, in one place: the seed (SeedData.Settings), LabSettings and the settings page use these.
/// A module that adds a setting adds its key here and one NewSetting line in SeedData.
/// </summary>
public static class SettingKeys
{
    public const string LabName = "lab.name";
    public const string LabAddress = "lab.address";
    public const string LabPhone = "lab.phone";
    public const string LabEmail = "lab.email";
    public const string LabTaxNumber = "lab.tax_number";
    public const string TimeZone = "lab.time_zone";
    public const string OpensAt = "lab.opens_at";
    public const string ClosesAt = "lab.closes_at";
    public const string Currency = "billing.currency";
    public const string TaxRate = "billing.tax_rate";
    public const string PaymentTermsDays = "billing.payment_terms_days";
    public const string PaperSize = "billing.paper_size";
    public const string PaymentInstructions = "billing.payment_instructions";
    public const string BankDetails = "billing.bank_details";
    public const string DefaultTurnaroundDays = "cases.default_turnaround_days";
    public const string Holidays = "cases.holidays";
    public const string DueReminderHours = "cases.due_reminder_hours";
    public const string AppointmentReminderMinutes = "calendar.reminder_minutes";
    public const string ReportRefreshMinutes = "reports.refresh_minutes";
    public const string MaxUploadMb = "files.max_upload_mb";
    public const string SessionIdleMinutes = "security.session_idle_minutes";
    public const string SessionAbsoluteHours = "security.session_absolute_hours";
    public const string ManufacturerLegalName = "compliance.manufacturer_legal_name";
    public const string ManufacturerAddress = "compliance.manufacturer_address";
    public const string ManufacturerRegistration = "compliance.manufacturer_registration_number";
    public const string PersonResponsible = "compliance.person_responsible";
    public const string AuthorisedRepresentative = "compliance.authorised_representative";
    public const string AuditRetentionYears = "compliance.audit_retention_years";
    public const string StatementLanguage = "compliance.statement_language";
    public const string PurgeEnabled = "compliance.purge_enabled";
}

/// <summary>
/// The value types a settings row may declare (settings.value_type). The settings page picks its input and its
/// checks by this type, so a row another module adds gets a sensible input from its type alone.
/// </summary>
public static class SettingTypes
{
    public const string String = "string";
    public const string Text = "text";
    public const string Integer = "integer";
    public const string Decimal = "decimal";
    public const string Money = "money";
    public const string Percentage = "percentage";
    public const string Currency = "currency";
    public const string TimeZone = "time_zone";
    public const string DateList = "date_list";
    public const string PaperSize = "paper_size";
    public const string Email = "email";
    public const string Boolean = "boolean";
    public const string Time = "time";
}

/// <summary>A label and range for a key (optional: without one, the page uses the key and the type's defaults).</summary>
public sealed record SettingRule(string Label, decimal? Min = null, decimal? Max = null, string? Unit = null);

/// <summary>Labels and ranges by key.</summary>
public static class SettingRules
{
    public static readonly IReadOnlyDictionary<string, SettingRule> ByKey = new Dictionary<string, SettingRule>(StringComparer.Ordinal)
    {
        [SettingKeys.LabName] = new("Lab name", 1),
        [SettingKeys.LabAddress] = new("Postal address"),
        [SettingKeys.LabPhone] = new("Phone"),
        [SettingKeys.LabEmail] = new("E-mail address"),
        [SettingKeys.LabTaxNumber] = new("Tax or VAT number"),
        [SettingKeys.TimeZone] = new("Time zone"),
        [SettingKeys.OpensAt] = new("Opens at"),
        [SettingKeys.ClosesAt] = new("Closes at"),
        [SettingKeys.Currency] = new("Currency"),
        [SettingKeys.TaxRate] = new("Tax rate", 0, 100, "%"),
        [SettingKeys.PaymentTermsDays] = new("Payment terms", 0, 365, "days"),
        [SettingKeys.PaperSize] = new("Paper size"),
        [SettingKeys.PaymentInstructions] = new("Payment instructions"),
        [SettingKeys.BankDetails] = new("Bank details"),
        [SettingKeys.DefaultTurnaroundDays] = new("Default turnaround", 1, 90, "business days"),
        [SettingKeys.Holidays] = new("Holidays"),
        [SettingKeys.DueReminderHours] = new("Due-date reminder", 1, 336, "hours before"),
        [SettingKeys.AppointmentReminderMinutes] = new("Appointment reminder", 5, 10080, "minutes before"),
        [SettingKeys.ReportRefreshMinutes] = new("Report refresh interval", 1, 1440, "minutes"),
        [SettingKeys.MaxUploadMb] = new("Upload limit", 1, 500, "MB"),
        [SettingKeys.SessionIdleMinutes] = new("Idle session timeout", 5, 480, "minutes"),
        [SettingKeys.SessionAbsoluteHours] = new("Session lifetime", 1, 72, "hours"),
        [SettingKeys.ManufacturerLegalName] = new("Manufacturer's legal name"),
        [SettingKeys.ManufacturerAddress] = new("Manufacturer's address"),
        [SettingKeys.ManufacturerRegistration] = new("Manufacturer registration number"),
        [SettingKeys.PersonResponsible] = new("Person responsible for regulatory compliance"),
        [SettingKeys.AuthorisedRepresentative] = new("Authorised representative"),
        [SettingKeys.AuditRetentionYears] = new("Audit log retention", 1, 50, "years"),
        [SettingKeys.StatementLanguage] = new("Language of statements of conformity"),
        [SettingKeys.PurgeEnabled] = new("Purge cases after their retention period"),
    };
}
