using System.Globalization;
using System.Text.Json;
using DentalLab.Data;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using DentalLab.Web.Infrastructure.Validation;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Features.Admin.Settings;

/// <summary>One setting as the page edits it: its metadata, and its value as typed (text, a flag or a list of dates).</summary>
public sealed class SettingField
{
    public required string Key { get; init; }

    public required string Category { get; init; }

    public required string Type { get; init; }

    public required string Label { get; init; }

    public required string Description { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public string? Unit { get; init; }

    /// <summary>Every type but boolean and date_list: what the user typed (a percentage as 0–100).</summary>
    public string Text { get; set; } = "";

    public bool Flag { get; set; }

    public List<DateOnly> Dates { get; set; } = [];
}

/// <summary>
/// The settings page (settings.manage): every row of the settings table with a typed input chosen by its declared
/// value type (so rows other modules add get one too), validated all together — nothing is saved when one field is
/// wrong — audited by the interceptor, and published so every instance forgets its cached settings at once.
/// </summary>
public sealed class SettingsAdminService(IDbContextFactory<LabDbContext> dbFactory, CurrentUser currentUser, LabSettings settings, LiveEventBus bus)
{
    /// <summary>The page's groups, in order; a category not listed here shows after them under its own name.</summary>
    public static readonly IReadOnlyList<(string Group, string[] Categories)> Groups =
    [
        ("Lab", ["lab"]),
        ("Billing", ["billing"]),
        ("Production", ["production", "cases", "workflow", "calendar", "reports", "inventory", "logistics"]),
        ("Files", ["files"]),
        ("Compliance", ["compliance"]),
        ("Security", ["security"]),
    ];

    public static readonly IReadOnlyList<string> PaperSizes = ["A4", "Letter"];

    /// <summary>Values stay readable in the table and the audit log (ü, not \u00FC); jsonb stores them the same either way.</summary>
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) };

    private static readonly Lazy<IReadOnlySet<string>> CurrencyCodes = new(() => CultureInfo.GetCultures(CultureTypes.SpecificCultures)
        .Select(c => { try { return new RegionInfo(c.Name).ISOCurrencySymbol; } catch (ArgumentException) { return null; } })
        .OfType<string>().Where(c => c.Length == 3).ToHashSet(StringComparer.Ordinal));

    /// <summary>ISO 4217 codes the platform knows (for the currency picker).</summary>
    public static IReadOnlyList<string> Currencies => CurrencyCodes.Value.Order(StringComparer.Ordinal).ToList();

    /// <summary>IANA time zone ids (for the searchable picker).</summary>
    public static IReadOnlyList<string> TimeZones { get; } = TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id)
        .Where(id => TimeZoneInfo.TryConvertIanaIdToWindowsId(id, out _)).Append("UTC").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();

    public static string GroupOf(string category) =>
        Groups.FirstOrDefault(g => g.Categories.Contains(category)).Group ?? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(category);

    public async Task<IReadOnlyList<SettingField>> ListAsync(CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.SettingsManage, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Settings.AsNoTracking().OrderBy(s => s.Category).ThenBy(s => s.Key).ToListAsync(ct);
        return rows.Select(r => ToField(r.Key, r.Category, r.ValueType, r.Value, r.Description)).ToList();
    }

    /// <summary>Checks every field, then saves the ones that changed in one transaction; on any error nothing is saved.</summary>
    public async Task<ChangeResult> SaveAsync(IReadOnlyList<SettingField> fields, CancellationToken ct = default)
    {
        var me = await currentUser.DemandAsync(PermissionCodes.SettingsManage, ct);
        var result = ChangeResult.Ok();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var (json, error) = Validate(field);
            if (error is not null)
            {
                result.Errors[field.Key] = error;
            }
            else
            {
                values[field.Key] = json!;
            }
        }

        if (values.TryGetValue(SettingKeys.OpensAt, out var opens) && values.TryGetValue(SettingKeys.ClosesAt, out var closes)
            && string.CompareOrdinal(opens, closes) >= 0)
        {
            result.Errors[SettingKeys.ClosesAt] = "The lab must close after it opens.";
        }

        if (!result.Succeeded)
        {
            return result;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var keys = values.Keys.ToList();
        var rows = await db.Settings.Where(s => keys.Contains(s.Key)).ToListAsync(ct);
        var changed = 0;
        foreach (var row in rows)
        {
            using var before = JsonDocument.Parse(row.Value);
            using var after = JsonDocument.Parse(values[row.Key]);
            if (!JsonElement.DeepEquals(before.RootElement, after.RootElement))
            {
                row.Value = values[row.Key];
                changed++;
            }
        }

        if (changed == 0)
        {
            return ChangeResult.Ok();
        }

        await db.SaveChangesAsync(ct);
        settings.Invalidate();
        await bus.PublishAsync(new LiveEvent(LiveEvent.Settings, LiveKinds.SettingsChanged, null, me), ct);
        return ChangeResult.Ok();
    }

    /// <summary>The JSON to store for a field, or the message to show next to it.</summary>
    public static (string? Json, string? Error) Validate(SettingField field)
    {
        var text = field.Text?.Trim() ?? "";
        switch (field.Type)
        {
            case SettingTypes.Boolean:
                return (field.Flag ? "true" : "false", null);
            case SettingTypes.DateList:
                return (JsonSerializer.Serialize(field.Dates.Distinct().Order().Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), Json), null);
            case SettingTypes.Integer:
                if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
                {
                    return (null, "Enter a whole number.");
                }

                return Range(field, whole) ?? (whole.ToString(CultureInfo.InvariantCulture), null);
            case SettingTypes.Decimal or SettingTypes.Money or SettingTypes.Percentage:
                if (!decimal.TryParse(text.TrimEnd('%').Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
                {
                    return (null, "Enter a number, such as 12.5.");
                }

                if (field.Type == SettingTypes.Money && (number < 0 || decimal.Round(number, 2) != number))
                {
                    return (null, "Enter an amount of zero or more with at most two decimals.");
                }

                if (field.Type == SettingTypes.Percentage)
                {
                    var low = field.Min ?? 0;
                    var high = field.Max ?? 100;
                    return number < low || number > high
                        ? (null, $"Enter a percentage from {low.ToString(CultureInfo.InvariantCulture)} to {high.ToString(CultureInfo.InvariantCulture)} %.")
                        : ((number / 100m).ToString(CultureInfo.InvariantCulture), null);
                }

                return Range(field, number) ?? (number.ToString(CultureInfo.InvariantCulture), null);
            case SettingTypes.Currency:
                var code = text.ToUpperInvariant();
                return CurrencyCodes.Value.Contains(code) ? (JsonSerializer.Serialize(code, Json), null) : (null, "Enter an ISO 4217 currency code, such as USD or EUR.");
            case SettingTypes.TimeZone:
                return TimeZones.Contains(text) ? (JsonSerializer.Serialize(text, Json), null) : (null, "Choose a time zone from the list, such as Europe/Berlin.");
            case SettingTypes.PaperSize:
                return PaperSizes.FirstOrDefault(p => string.Equals(p, text, StringComparison.OrdinalIgnoreCase)) is { } paper
                    ? (JsonSerializer.Serialize(paper, Json), null)
                    : (null, "Choose A4 or Letter.");
            case SettingTypes.Email:
                return System.Net.Mail.MailAddress.TryCreate(text, out var address) && address.Address == text && text.Contains('.', StringComparison.Ordinal)
                    ? (JsonSerializer.Serialize(text, Json), null)
                    : (null, "Enter an e-mail address, such as lab@example.com.");
            case SettingTypes.Time:
                return TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
                    ? (JsonSerializer.Serialize(text, Json), null)
                    : (null, "Enter a time as HH:mm, such as 08:30.");
            default:
                var limit = field.Type == SettingTypes.Text ? 2000 : 200;
                if (text.Length > limit)
                {
                    return (null, $"At most {limit} characters.");
                }

                return field.Min is { } minLength && text.Length < minLength ? (null, "This cannot be empty.") : (JsonSerializer.Serialize(text, Json), null);
        }
    }

    private static (string?, string?)? Range(SettingField field, decimal value)
    {
        if ((field.Min is { } min && value < min) || (field.Max is { } max && value > max))
        {
            var unit = field.Unit is null ? "" : " " + field.Unit;
            var range = (field.Min, field.Max) switch
            {
                ({ } lo, { } hi) => $"from {lo.ToString(CultureInfo.InvariantCulture)} to {hi.ToString(CultureInfo.InvariantCulture)}{unit}",
                ({ } lo, null) => $"of at least {lo.ToString(CultureInfo.InvariantCulture)}{unit}",
                (null, { } hi) => $"of at most {hi.ToString(CultureInfo.InvariantCulture)}{unit}",
                _ => "",
            };
            return (null, $"Enter a value {range}.");
        }

        return null;
    }

    private static SettingField ToField(string key, string category, string type, string json, string description)
    {
        var rule = SettingRules.ByKey.GetValueOrDefault(key);
        var field = new SettingField
        {
            Key = key,
            Category = category,
            Type = type,
            Label = rule?.Label ?? key,
            Description = description,
            Min = rule?.Min,
            Max = rule?.Max,
            Unit = rule?.Unit,
        };
        using var doc = JsonDocument.Parse(json);
        var value = doc.RootElement;
        switch (type)
        {
            case SettingTypes.Boolean:
                field.Flag = value.ValueKind == JsonValueKind.True;
                break;
            case SettingTypes.DateList when value.ValueKind == JsonValueKind.Array:
                field.Dates = value.EnumerateArray()
                    .Select(e => DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
                    .OfType<DateOnly>().Order().ToList();
                break;
            case SettingTypes.Percentage when value.ValueKind == JsonValueKind.Number:
                field.Text = (value.GetDecimal() * 100m).ToString("0.####", CultureInfo.InvariantCulture);
                break;
            default:
                field.Text = value.ValueKind switch
                {
                    JsonValueKind.String => value.GetString() ?? "",
                    JsonValueKind.Number => value.GetRawText(),
                    JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
                    JsonValueKind.Null => "",
                    _ => value.GetRawText(),
                };
                break;
        }

        return field;
    }
}
