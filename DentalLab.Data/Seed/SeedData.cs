using System.Security.Cryptography;
using System.Text;
using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

/// <summary>
/// Reference data that every database has, seeded by migration (HasData). Keys are derived from names so they
/// never change between builds. Each module adds its part in a SeedData.&lt;Module&gt;.cs file.
/// </summary>
public static partial class SeedData
{
    /// <summary>A fixed timestamp for seeded rows (HasData needs constants).</summary>
    public static readonly DateTimeOffset SeededAt = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A stable UUID from a name (the same name always gives the same key).</summary>
    public static Guid StableId(string name)
    {
        var hash = MD5.HashData(Encoding.UTF8.GetBytes("dentallab:" + name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x30);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash, bigEndian: true);
    }

    public static Guid RoleId(UserRole role) => StableId("role:" + role);

    public static Guid PermissionId(string code) => StableId("permission:" + code);

    public static readonly Role[] Roles =
    [
        NewRole(UserRole.Admin, "Runs the system: users, roles and permissions, settings and the audit log."),
        NewRole(UserRole.Manager, "Runs the lab: dashboards, late cases, staff, departments and money."),
        NewRole(UserRole.Technician, "Works the lab floor: the queue, the board, scanning cases, notes and files."),
        NewRole(UserRole.Staff, "Front desk, billing and drivers: incoming cases, invoices, payments and routes."),
        NewRole(UserRole.Dentist, "The lab's client: sends cases and follows them in the portal."),
    ];

    public static readonly Permission[] Permissions = PermissionCodes.All
        .Select(p => new Permission
        {
            Id = PermissionId(p.Code),
            Code = p.Code,
            Module = p.Module,
            Description = p.Description,
            CreatedAt = SeededAt,
            UpdatedAt = SeededAt,
        })
        .ToArray();

    public static readonly RolePermission[] RolePermissions = Enum.GetValues<UserRole>()
        .SelectMany(role => PermissionCodes.DefaultGrants(role).Select(code => new RolePermission
        {
            Id = StableId($"grant:{role}:{code}"),
            RoleId = RoleId(role),
            PermissionId = PermissionId(code),
            CreatedAt = SeededAt,
            UpdatedAt = SeededAt,
        }))
        .ToArray();

    public static readonly Setting[] Settings =
    [
        NewSetting(SettingKeys.LabName, "lab", SettingTypes.String, "\"DentalLab Demo Laboratory\"", "The lab's name on screens, tickets and invoices"),
        NewSetting(SettingKeys.LabAddress, "lab", SettingTypes.Text, "\"12 Harbour Street\\nSpringfield 01234\"", "The lab's postal address"),
        NewSetting(SettingKeys.LabPhone, "lab", SettingTypes.String, "\"+1 555 0100\"", "The lab's phone number"),
        NewSetting(SettingKeys.LabEmail, "lab", SettingTypes.Email, "\"lab@dentallab.test\"", "The lab's email address"),
        NewSetting(SettingKeys.LabTaxNumber, "lab", SettingTypes.String, "\"\"", "The lab's tax or VAT number, printed on invoices"),
        NewSetting(SettingKeys.TimeZone, "lab", SettingTypes.TimeZone, "\"UTC\"", "IANA time zone for dates and times on screen"),
        NewSetting(SettingKeys.Currency, "billing", SettingTypes.Currency, "\"USD\"", "ISO 4217 currency code"),
        NewSetting(SettingKeys.TaxRate, "billing", SettingTypes.Percentage, "0.0", "Tax rate as a fraction (0.2 = 20%)"),
        NewSetting(SettingKeys.PaymentTermsDays, "billing", SettingTypes.Integer, "30", "Days until an invoice is due"),
        NewSetting(SettingKeys.PaperSize, "billing", SettingTypes.PaperSize, "\"A4\"", "A4 or Letter for PDFs"),
        NewSetting(SettingKeys.PaymentInstructions, "billing", SettingTypes.Text, "\"Please pay by bank transfer quoting the invoice number.\"", "Printed on every invoice"),
        NewSetting(SettingKeys.DefaultTurnaroundDays, "cases", SettingTypes.Integer, "7", "Business days when a template gives none"),
        NewSetting(SettingKeys.Holidays, "cases", SettingTypes.DateList, "[\"2026-12-25\", \"2026-12-26\", \"2027-01-01\"]", "Days the lab is closed (due dates skip them)"),
        NewSetting(SettingKeys.MaxUploadMb, "files", SettingTypes.Integer, "50", "Largest file a user may upload, in MB"),
        NewSetting(SettingKeys.SessionIdleMinutes, "security", SettingTypes.Integer, "30", "Minutes of inactivity that end a session"),
        NewSetting(SettingKeys.SessionAbsoluteHours, "security", SettingTypes.Integer, "12", "Hours after which a session ends regardless of activity"),
        NewSetting(SettingKeys.OpensAt, "lab", SettingTypes.Time, "\"08:00\"", "Business hours: when the lab opens (lab time)"),
        NewSetting(SettingKeys.ClosesAt, "lab", SettingTypes.Time, "\"17:00\"", "Business hours: when the lab closes (lab time)"),
        NewSetting(SettingKeys.DueReminderHours, "cases", SettingTypes.Integer, "24", "How long before a case is due its technicians are reminded"),
        NewSetting(SettingKeys.AppointmentReminderMinutes, "calendar", SettingTypes.Integer, "30", "How long before an appointment its people are reminded"),
        NewSetting(SettingKeys.ReportRefreshMinutes, "cases", SettingTypes.Integer, "15", "How often the report figures are recalculated"),
        NewSetting(SettingKeys.ManufacturerLegalName, "compliance", SettingTypes.String, "\"DentalLab Demo Laboratory Ltd\"", "Legal name of the manufacturer on statements of conformity for custom-made devices"),
        NewSetting(SettingKeys.ManufacturerAddress, "compliance", SettingTypes.Text, "\"12 Harbour Street\\nSpringfield 01234\"", "Registered address of the manufacturer"),
        NewSetting(SettingKeys.ManufacturerRegistration, "compliance", SettingTypes.String, "\"\"", "The lab's registration number with the competent authority (e.g. SRN or FDA establishment number)"),
        NewSetting(SettingKeys.PersonResponsible, "compliance", SettingTypes.String, "\"\"", "Person responsible for regulatory compliance, named on statements"),
        NewSetting(SettingKeys.AuthorisedRepresentative, "compliance", SettingTypes.Text, "\"\"", "Authorised representative (name and address) when the lab is outside the market it supplies; empty when none"),
        NewSetting(SettingKeys.AuditRetentionYears, "compliance", SettingTypes.Integer, "6", "Audit entries older than this are removed by the retention job (HIPAA keeps records 6 years)"),
        NewSetting(SettingKeys.StatementLanguage, "compliance", SettingTypes.String, "\"en\"", "Language of the statements of conformity: en (English) or de (Deutsch)"),
        NewSetting(SettingKeys.PurgeEnabled, "compliance", SettingTypes.Boolean, "false", "When on, the nightly job removes delivered cases whose retention period (10 years, 15 for implants) has ended"),
        NewSetting("inventory.expiry_warning_days", "inventory", "integer", "30", "Days before its expiry date when a lot is marked as expiring"),
        NewSetting(SettingKeys.BankDetails, "billing", SettingTypes.Text, "\"\"", "The lab's bank account for transfers (bank, account holder, IBAN/account number, BIC), printed on invoices"),
    ];

    private static Role NewRole(UserRole code, string description)
    {
        var name = code.ToString().ToLowerInvariant();
        return new Role
        {
            Id = RoleId(code),
            Code = code,
            Name = name,
            NormalizedName = name.ToUpperInvariant(),
            ConcurrencyStamp = StableId("role-stamp:" + name).ToString(),
            Description = description,
            CreatedAt = SeededAt,
            UpdatedAt = SeededAt,
        };
    }

    private static Setting NewSetting(string key, string category, string type, string json, string description) => new()
    {
        Id = StableId("setting:" + key),
        Key = key,
        Category = category,
        ValueType = type,
        Value = json,
        Description = description,
        CreatedAt = SeededAt,
        UpdatedAt = SeededAt,
    };
}
