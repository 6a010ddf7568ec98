using DentalLab.Data.Entities;
using DentalLab.Web.Features.Staff;
using Microsoft.Extensions.DependencyInjection;
using static DentalLab.Data.Entities.WorkflowStageName;
using static DentalLab.Data.Entities.WorkflowStatus;
using static DentalLab.Web.Tests.Features.Staff.StaffTestData;

namespace DentalLab.Web.Tests.Features.Staff;

/// <summary>The profile's scorecard against a hand-built set of stages whose figures are counted by hand below.</summary>
[Collection(LabCollection.Name)]
public sealed class ScorecardTests(LabServerFixture server)
{
    [Fact]
    public async Task The_scorecard_counts_completed_on_time_qc_failures_and_open_assignments_as_built()
    {
        var app = await server.SharedAppAsync("staff-floor");
        var (u, number, _) = await PersonAsync(app, "Scorecard Person");
        var (v, _, _) = await PersonAsync(app, "Other Technician");
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var monthStart = new DateTimeOffset(new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Utc));
        var inMonth = monthStart.AddMinutes(30);

        // Case A, all completed by or assigned to U unless said otherwise:
        await CaseAsync(app, CaseStatus.Delivered, null,
            Stage(Design, 1, Completed, u, inMonth.AddHours(-2), inMonth, 3m),                       // this month, on time (2 h of 3)
            Stage(Milling, 2, Completed, u, inMonth.AddHours(-5), inMonth, 2m),                      // this month, late (5 h of 2)
            Stage(Sintering, 3, Completed, u, monthStart.AddDays(-30).AddHours(-1), monthStart.AddDays(-30), 4m), // 3 months, on time
            Stage(QualityControl, 4, Completed, u, inMonth.AddHours(-3), inMonth, 1m),               // this month, late (3 h of 1)
            Stage(Delivery, 5, Completed, null, inMonth.AddHours(-1), inMonth, 1m, completedBy: u),  // unassigned, completed by U: U's, on time (exactly 1 h)
            Stage(ImpressionScan, 6, Completed, v, inMonth.AddHours(-1), inMonth, 2m, completedBy: u), // assigned to V: V's, not U's
            Stage(Receiving, 7, Completed, u, now.AddDays(-200).AddHours(-1), now.AddDays(-200), 1m)); // older than 3 months

        // Case B: QC failed and sent it back to U's milling: one failure for U; U's rework is in progress, the next QC is queued for U.
        var failedAt = monthStart.AddDays(-1);
        await CaseAsync(app, CaseStatus.Milling, Milling,
            Stage(Milling, 4, Completed, u, monthStart.AddDays(-2).AddHours(-1), monthStart.AddDays(-2), 2m), // 3 months, on time
            Stage(QualityControl, 6, Failed, v, monthStart.AddDays(-2), failedAt, 1m),
            Stage(Milling, 4, InProgress, u, failedAt, null, 2m, attempt: 2),
            Stage(QualityControl, 6, Pending, u, null, null, 1m, attempt: 2));

        // Case C: QC sent it back to V's design; U's milling was redone too but the failure is V's.
        var failedC = monthStart.AddDays(-3);
        await CaseAsync(app, CaseStatus.Designing, Design,
            Stage(Design, 3, Completed, v, failedC.AddHours(-9), failedC.AddHours(-8), 3m),
            Stage(Milling, 4, Completed, u, failedC.AddHours(-3), failedC.AddHours(-2), 2m),           // 3 months, on time
            Stage(QualityControl, 6, Failed, u, failedC.AddHours(-1), failedC, 1m),
            Stage(Design, 3, InProgress, v, failedC, null, 3m, attempt: 2),
            Stage(Milling, 4, Pending, null, null, null, 2m, attempt: 2),
            Stage(QualityControl, 6, Pending, null, null, null, 1m, attempt: 2));

        await using var scope = await app.ScopeAsAsync(Manager);
        var queries = scope.ServiceProvider.GetRequiredService<StaffQueries>();
        var card = await queries.ScorecardAsync(u);
        Assert.Equal(4, card.CompletedThisMonth);      // A: design, milling, QC, delivery
        Assert.Equal(7, card.CompletedThreeMonths);    // + A sintering, B milling 1, C milling 1
        Assert.Equal(7, card.Timed);                   // every completed stage has a start
        Assert.Equal(5, card.OnTime);                  // all but A milling and A QC
        Assert.Equal(71.4m, card.OnTimeRate);
        Assert.Equal(1, card.QcFailures);              // B only
        Assert.Equal(1, card.OpenNow);                 // B milling 2
        Assert.Equal(1, card.Queued);                  // B QC 2

        var other = await queries.ScorecardAsync(v);
        Assert.Equal(1, other.QcFailures);             // C
        Assert.Equal(2, other.CompletedThreeMonths);   // A impression scan, C design 1 (B's failed QC is not a completion)
    }
}
