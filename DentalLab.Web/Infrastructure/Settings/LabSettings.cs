using System.Globalization;
using System.Text.Json;
using DentalLab.Data;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Live;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Infrastructure.Settings;

/// <summary>
/// Typed, cached reads of the settings table (lab name, time zone, currency, ...). Values are JSON; a missing
/// or unreadable value falls back to the given default. Keys are in <see cref="SettingKeys"/>. A saved change is
/// published as <see cref="LiveKinds.SettingsChanged"/>; every instance that hears it forgets its cache at once
/// (the 30-second expiry is only the fallback).
/// </summary>
public sealed class LabSettings
{
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private (DateTimeOffset At, IReadOnlyDictionary<string, JsonElement> Values)? _cache;
    private long _generation;

    public LabSettings(IServiceScopeFactory scopes, TimeProvider clock, LiveEventBus? bus = null)
    {
        _scopes = scopes;
        _clock = clock;
        // A singleton: the subscription lives as long as the app.
        bus?.Subscribe(LiveEvent.Settings, _ =>
        {
            Invalidate();
            return Task.CompletedTask;
        });
    }

    public async Task<string> GetStringAsync(string key, string fallback) =>
        (await GetAsync(key)) is { ValueKind: JsonValueKind.String } v ? v.GetString() ?? fallback : fallback;

    public async Task<int> GetIntAsync(string key, int fallback) =>
        (await GetAsync(key)) is { ValueKind: JsonValueKind.Number } v && v.TryGetInt32(out var i) ? i : fallback;

    public async Task<decimal> GetDecimalAsync(string key, decimal fallback) =>
        (await GetAsync(key)) is { ValueKind: JsonValueKind.Number } v && v.TryGetDecimal(out var d) ? d : fallback;

    public async Task<bool> GetBoolAsync(string key, bool fallback) =>
        (await GetAsync(key)) is { ValueKind: JsonValueKind.True or JsonValueKind.False } v ? v.GetBoolean() : fallback;

    public async Task<IReadOnlyList<DateOnly>> GetDatesAsync(string key) =>
        (await GetAsync(key)) is { ValueKind: JsonValueKind.Array } v
            ? v.EnumerateArray()
                .Select(e => DateOnly.TryParseExact(e.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
                .OfType<DateOnly>().ToList()
            : [];

    /// <summary>The lab's time zone (setting lab.time_zone), UTC when unknown.</summary>
    public async Task<TimeZoneInfo> TimeZoneAsync() =>
        TimeZoneInfo.TryFindSystemTimeZoneById(await GetStringAsync(SettingKeys.TimeZone, "UTC"), out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>Today's date in the lab's time zone.</summary>
    public async Task<DateOnly> TodayAsync() =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), await TimeZoneAsync()).DateTime);

    /// <summary>Forgets cached values (after an edit in this instance).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _cache = null;
    }

    private async Task<JsonElement?> GetAsync(string key)
    {
        var values = await LoadAsync();
        return values.TryGetValue(key, out var value) ? value : null;
    }

    private async Task<IReadOnlyDictionary<string, JsonElement>> LoadAsync()
    {
        var now = _clock.GetUtcNow();
        if (_cache is { } hit && now - hit.At < CacheFor)
        {
            return hit.Values;
        }

        await _gate.WaitAsync();
        try
        {
            if (_cache is { } fresh && now - fresh.At < CacheFor)
            {
                return fresh.Values;
            }

            // An invalidation that arrives while this read runs must not be overwritten by what it read.
            var generation = Interlocked.Read(ref _generation);
            await using var scope = _scopes.CreateAsyncScope();
            await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LabDbContext>>().CreateDbContextAsync();
            var rows = await db.Settings.AsNoTracking().Select(s => new { s.Key, s.Value }).ToListAsync();
            var values = rows.ToDictionary(r => r.Key, r => JsonDocument.Parse(r.Value).RootElement.Clone(), StringComparer.Ordinal);
            if (Interlocked.Read(ref _generation) == generation)
            {
                _cache = (now, values);
            }

            return values;
        }
        finally
        {
            _gate.Release();
        }
    }
}
