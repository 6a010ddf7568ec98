using System.Globalization;
using DentalLab.Data.Entities;
using DentalLab.Web.Infrastructure.Text;
using MudBlazor;

namespace DentalLab.Web.Features.Cases;

/// <summary>How case values look on screen: times in the lab's zone, and the colours that make late and rush cases stand out.</summary>
public static class CaseFormat
{
    /// <summary>The moment a day of the lab's calendar begins (midnight in its time zone).</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public static DateOnly Day(DateTimeOffset at, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

    public static string Time(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is { } value ? TimeZoneInfo.ConvertTime(value, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "";

    public static string Duration(TimeSpan span) =>
        span.TotalMinutes < 1 ? "under a minute"
        : span.TotalHours < 1 ? $"{(int)span.TotalMinutes} min"
        : span.TotalDays < 1 ? $"{(int)span.TotalHours} h {span.Minutes} min"
        : $"{(int)span.TotalDays} d {span.Hours} h";

    public static Color UrgencyColor(UrgencyLevel urgency) => urgency switch
    {
        UrgencyLevel.Emergency => Color.Error,
        UrgencyLevel.Rush => Color.Warning,
        _ => Color.Default,
    };

    /// <summary>
    /// Where a case is, in one word: its stage while it is in production; Delivered, Cancelled or On hold otherwise
    /// (the status alone lags behind the stage, and a cancelled case keeps the stage it stopped at).
    /// </summary>
    public static string WhereItIs(CaseStatus status, WorkflowStageName? stage) => status switch
    {
        CaseStatus.Delivered or CaseStatus.Cancelled or CaseStatus.OnHold => Labels.Label(status),
        _ => stage is { } s ? Labels.Label(s) : Labels.Label(status),
    };

    public static Color StatusColor(CaseStatus status) => status switch
    {
        CaseStatus.Delivered => Color.Success,
        CaseStatus.Ready => Color.Info,
        CaseStatus.Cancelled => Color.Dark,
        CaseStatus.OnHold => Color.Warning,
        _ => Color.Primary,
    };

    public static string Size(long bytes) =>
        bytes < 1024 ? $"{bytes} B"
        : bytes < 1024 * 1024 ? $"{bytes / 1024.0:0.#} KB"
        : $"{bytes / (1024.0 * 1024.0):0.#} MB";
}
