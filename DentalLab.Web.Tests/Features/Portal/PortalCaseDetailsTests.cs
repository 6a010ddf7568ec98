using System.Net;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Portal;

/// <summary>The portal's case page tells the dentist it is late, shows what they sent, and names a bridge as a bridge.</summary>
[Collection(LabCollection.Name)]
public sealed class PortalCaseDetailsTests(LabServerFixture server)
{
    [Fact]
    public async Task A_late_bridge_says_it_is_late_and_shows_the_material_instructions_and_urgency_the_dentist_sent()
    {
        var app = await server.SharedAppAsync("portal-cases");
        var today = await app.Services.GetRequiredService<LabSettings>().TodayAsync();
        string number;
        await using (var db = app.Db())
        {
            var dentistId = await db.Set<DentistProfile>().Where(d => d.User!.NormalizedEmail == "DENTIST@DENTALLAB.TEST").Select(d => d.Id).SingleAsync();
            var c = new Case
            {
                DentistId = dentistId, PatientCode = "P-" + Guid.NewGuid().ToString("N")[..6], ProcedureType = ProcedureType.Bridge,
                Teeth = [24, 25, 26], BridgeSpans = "24-26", Shade = "A3", Material = "Zirconia HT", Units = 3,
                Instructions = "Light occlusal contact\nkeep the pontic ovate", Urgency = UrgencyLevel.Rush, Priority = PriorityLevel.Medium,
                Status = CaseStatus.Milling, CurrentStage = WorkflowStageName.Milling, ReceivedAt = DateTimeOffset.UtcNow.AddDays(-6), DueDate = today.AddDays(-1),
            };
            c.Stages.Add(new WorkflowStage { Stage = WorkflowStageName.Milling, Position = 1, Status = WorkflowStatus.InProgress, StartedAt = DateTimeOffset.UtcNow.AddHours(-2) });
            db.Add(c);
            await db.SaveChangesAsync();
            number = await db.Set<Case>().Where(x => x.Id == c.Id).Select(x => x.CaseNumber).SingleAsync();
        }

        using var http = new LabHttp(app);
        await http.SignInAsync("dentist@dentallab.test", DemoDataGenerator.DemoPassword);
        var response = await http.GetAsync($"/portal/cases/{number}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Contains("Late by 1 day", page, StringComparison.Ordinal);
        Assert.Contains("24-26 bridge", page, StringComparison.Ordinal);
        Assert.DoesNotContain("24, 25, 26", page, StringComparison.Ordinal);
        Assert.Contains("What you sent", page, StringComparison.Ordinal);
        Assert.Contains("Zirconia HT", page, StringComparison.Ordinal);
        Assert.Contains("Light occlusal contact\nkeep the pontic ovate", page.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(">Rush<", page, StringComparison.Ordinal);

        // On time: no word of lateness.
        await using (var db = app.Db())
        {
            await db.Set<Case>().Where(c => c.CaseNumber == number).ExecuteUpdateAsync(u => u.SetProperty(c => c.DueDate, today));
        }

        var onTime = WebUtility.HtmlDecode(await (await http.GetAsync($"/portal/cases/{number}")).Content.ReadAsStringAsync());
        Assert.DoesNotContain("Late by", onTime, StringComparison.Ordinal);
    }
}
