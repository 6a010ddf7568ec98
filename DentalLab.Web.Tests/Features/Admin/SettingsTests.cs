using DentalLab.Data.Seed;
using DentalLab.Web.Features.Admin.Settings;
using DentalLab.Web.Infrastructure.Live;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Admin;

/// <summary>Typed settings: each type's checks, all-or-nothing saves, audited, and a change that reaches another instance at once.</summary>
[Collection(LabCollection.Name)]
public sealed class SettingsTests(LabServerFixture server)
{
    private static readonly Dictionary<string, string?> Postgres = new() { ["Live:Transport"] = "postgres" };

    [Theory]
    [InlineData(SettingTypes.Percentage, "20", null, "0.2")]
    [InlineData(SettingTypes.Percentage, "100.5", "Enter a percentage from 0 to 100 %.", null)]
    [InlineData(SettingTypes.Percentage, "-1", "Enter a percentage from 0 to 100 %.", null)]
    [InlineData(SettingTypes.Integer, "366", "Enter a value from 0 to 365 days.", null)]
    [InlineData(SettingTypes.Integer, "30", null, "30")]
    [InlineData(SettingTypes.Integer, "3.5", "Enter a whole number.", null)]
    [InlineData(SettingTypes.Money, "12.345", "Enter an amount of zero or more with at most two decimals.", null)]
    [InlineData(SettingTypes.Money, "12.34", null, "12.34")]
    [InlineData(SettingTypes.Currency, "eur", null, "\"EUR\"")]
    [InlineData(SettingTypes.Currency, "EUX", "Enter an ISO 4217 currency code, such as USD or EUR.", null)]
    [InlineData(SettingTypes.TimeZone, "Europe/Berlin", null, "\"Europe/Berlin\"")]
    [InlineData(SettingTypes.TimeZone, "Mars/Olympus", "Choose a time zone from the list, such as Europe/Berlin.", null)]
    [InlineData(SettingTypes.PaperSize, "letter", null, "\"Letter\"")]
    [InlineData(SettingTypes.PaperSize, "A5", "Choose A4 or Letter.", null)]
    [InlineData(SettingTypes.Email, "lab@example.com", null, "\"lab@example.com\"")]
    [InlineData(SettingTypes.Email, "lab at example", "Enter an e-mail address, such as lab@example.com.", null)]
    [InlineData(SettingTypes.Time, "08:30", null, "\"08:30\"")]
    [InlineData(SettingTypes.Time, "25:00", "Enter a time as HH:mm, such as 08:30.", null)]
    [InlineData(SettingTypes.String, "Zahntechnik Müller", null, "\"Zahntechnik Müller\"")]
    public void Each_type_is_checked_and_stored_as_json(string type, string text, string? error, string? json)
    {
        var field = new SettingField
        {
            Key = "x", Category = "billing", Type = type, Label = "X", Description = "",
            Min = type == SettingTypes.Integer ? 0 : null, Max = type == SettingTypes.Integer ? 365 : null, Unit = type == SettingTypes.Integer ? "days" : null,
            Text = text,
        };
        var (stored, message) = SettingsAdminService.Validate(field);
        Assert.Equal(error, message);
        Assert.Equal(json, stored);
    }

    [Fact]
    public void Date_lists_and_booleans_are_stored_sorted_and_as_json()
    {
        var dates = new SettingField { Key = "h", Category = "cases", Type = SettingTypes.DateList, Label = "H", Description = "", Dates = [new(2027, 1, 1), new(2026, 12, 25), new(2027, 1, 1)] };
        Assert.Equal("[\"2026-12-25\",\"2027-01-01\"]", SettingsAdminService.Validate(dates).Json);
        var flag = new SettingField { Key = "b", Category = "security", Type = SettingTypes.Boolean, Label = "B", Description = "", Flag = true };
        Assert.Equal("true", SettingsAdminService.Validate(flag).Json);
    }

    [Fact]
    public async Task Every_row_has_a_field_and_one_bad_field_saves_nothing_while_a_good_save_is_audited()
    {
        var app = await server.SharedAppAsync("admin-settings");
        await using var admin = await app.ScopeAsAsync(AdminTestData.Admin);
        var service = admin.ServiceProvider.GetRequiredService<SettingsAdminService>();
        var fields = await service.ListAsync();
        await using var db = app.Db();
        Assert.Equal(await db.Settings.CountAsync(), fields.Count);
        Assert.Equal("Tax rate", fields.Single(f => f.Key == SettingKeys.TaxRate).Label);
        Assert.Contains(fields, f => f.Key == SettingKeys.ManufacturerLegalName);
        Assert.Equal(SettingTypes.TimeZone, fields.Single(f => f.Key == SettingKeys.TimeZone).Type);

        fields.Single(f => f.Key == SettingKeys.LabName).Text = "Zahnlabor Kühn";
        fields.Single(f => f.Key == SettingKeys.TaxRate).Text = "150";
        fields.Single(f => f.Key == SettingKeys.MaxUploadMb).Text = "0";
        var refused = await service.SaveAsync(fields);
        Assert.Equal("Enter a percentage from 0 to 100 %.", refused.For(SettingKeys.TaxRate));
        Assert.Equal("Enter a value from 1 to 500 MB.", refused.For(SettingKeys.MaxUploadMb));
        Assert.Equal("\"DentalLab Demo Laboratory\"", await db.Settings.Where(s => s.Key == SettingKeys.LabName).Select(s => s.Value).SingleAsync());
        Assert.Equal("150", fields.Single(f => f.Key == SettingKeys.TaxRate).Text);

        fields.Single(f => f.Key == SettingKeys.TaxRate).Text = "20";
        fields.Single(f => f.Key == SettingKeys.MaxUploadMb).Text = "50";
        Assert.True((await service.SaveAsync(fields)).Succeeded);
        var settings = app.Services.GetRequiredService<LabSettings>();
        Assert.Equal("Zahnlabor Kühn", await settings.GetStringAsync(SettingKeys.LabName, ""));
        Assert.Equal(0.2m, await settings.GetDecimalAsync(SettingKeys.TaxRate, 0));
        var id = await db.Settings.Where(s => s.Key == SettingKeys.TaxRate).Select(s => s.Id.ToString()).SingleAsync();
        var audit = await db.AuditLog.AsNoTracking().Where(a => a.TableName == "settings" && a.RecordId == id).OrderByDescending(a => a.Sequence).FirstAsync();
        Assert.Contains("0.2", audit.NewValues!, StringComparison.Ordinal);
        Assert.Equal(LabApp.CurrentUserOf(admin).UserId, audit.UserId);

        // Put the shared app back as it was.
        fields.Single(f => f.Key == SettingKeys.LabName).Text = "DentalLab Demo Laboratory";
        fields.Single(f => f.Key == SettingKeys.TaxRate).Text = "0";
        Assert.True((await service.SaveAsync(fields)).Succeeded);
    }

    [Fact]
    public async Task A_saved_change_reaches_a_second_instance_without_waiting_for_its_cache()
    {
        await using var first = await LabApp.StartAsync(server, demo: true, Postgres);
        await using var second = LabApp.StartOn(first.ConnectionString, server.WorkFolder, settings: Postgres);
        foreach (var app in new[] { first, second })
        {
            var transport = app.Services.GetRequiredService<PostgresLiveEventTransport>();
            var until = DateTime.UtcNow.AddSeconds(60);
            while (!transport.IsListening)
            {
                Assert.True(DateTime.UtcNow < until, "the live listener did not start");
                await Task.Delay(50);
            }
        }

        var onB = second.Services.GetRequiredService<LabSettings>();
        Assert.Equal(TimeZoneInfo.Utc.Id, (await onB.TimeZoneAsync()).Id); // cached on B from now on (30 s)

        await using (var admin = await first.ScopeAsAsync(AdminTestData.Admin))
        {
            var service = admin.ServiceProvider.GetRequiredService<SettingsAdminService>();
            var fields = await service.ListAsync();
            fields.Single(f => f.Key == SettingKeys.TimeZone).Text = "Asia/Tokyo";
            Assert.True((await service.SaveAsync(fields)).Succeeded);
        }

        var started = DateTime.UtcNow;
        while ((await onB.TimeZoneAsync()).Id != "Asia/Tokyo")
        {
            Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5), "instance B still shows the old time zone");
            await Task.Delay(50);
        }
    }
}
