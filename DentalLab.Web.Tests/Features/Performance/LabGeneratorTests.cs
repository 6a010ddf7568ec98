using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Benchmarks;
using DentalLab.Web.Features.Billing;
using DentalLab.Web.Features.Cases;
using DentalLab.Web.Features.Portal;
using DentalLab.Web.Features.Workflow;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DentalLab.Web.Tests.Features.Performance;

/// <summary>
/// The benchmark lab generator (<c>benchmark seed</c>) at a small size: 2,000 cases over ten years written by binary
/// COPY into a test database, then read back through the services the pages call.
/// </summary>
[Collection(LabCollection.Name)]
public sealed class LabGeneratorTests(LabServerFixture server) : IAsyncLifetime
{
    private const int Cases = 2000;

    private NpgsqlDataSource? _dataSource;
    private ServiceProvider? _services;
    private string _log = "";

    private ServiceProvider Services => _services ?? throw new InvalidOperationException("Not generated.");

    public async Task InitializeAsync()
    {
        _dataSource = LabDbContextOptions.BuildDataSource(await server.CreateDatabaseAsync());
        _services = BenchmarkServices.Build(_dataSource);
        await using var scope = _services.CreateAsyncScope();
        using var log = new StringWriter();
        await LabGenerator.GenerateAsync(scope.ServiceProvider.GetRequiredService<IDbContextFactory<LabDbContext>>(), _dataSource, Cases, log);
        _log = log.ToString();
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }

        if (_dataSource is not null)
        {
            await _dataSource.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_lab_has_ten_years_of_cases_150_practices_and_40_staff_and_prints_its_times()
    {
        await using var scope = Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LabDbContext>>().CreateDbContextAsync();
        Assert.Equal(Cases, await db.Cases.CountAsync());
        var oldest = await db.Cases.MinAsync(c => c.ReceivedAt);
        Assert.InRange((DateTimeOffset.UtcNow - oldest).TotalDays, 3600, 3660);
        Assert.Equal(150, await db.Set<DentistProfile>().CountAsync());
        Assert.Equal(40, await db.Set<StaffProfile>().CountAsync());
        Assert.True(await db.Cases.AnyAsync(c => c.ParentCaseId != null), "some cases are remakes of earlier ones");
        Assert.True(await db.Set<WorkflowStage>().AnyAsync(s => s.Attempt == 2), "some cases were reworked after a failed QC");
        Assert.True(await db.Set<CaseFile>().CountAsync() >= Cases, "every case has its intake scan");
        Assert.Contains("COPY workflow_stages", _log, StringComparison.Ordinal);
        Assert.Contains("Schema checked", _log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_board_shows_active_cases_in_every_stage()
    {
        await using var scope = await SignedInAsync("manager@dentallab.test");
        var board = await scope.ServiceProvider.GetRequiredService<BoardService>().LoadAsync(new BoardFilter());
        foreach (var column in board.Columns)
        {
            Assert.True(column.Total > 0 && column.Cards.Count > 0, $"no active case in {column.Stage}");
        }
    }

    [Fact]
    public async Task Invoices_add_up_to_their_lines_and_the_list_totals_are_their_sum()
    {
        await using var scope = await SignedInAsync("staff@dentallab.test");
        var queries = scope.ServiceProvider.GetRequiredService<InvoiceQueries>();
        var page = await queries.ListAsync(new InvoiceQuery(PageSize: 50));
        Assert.True(page.Count > Cases / 20, $"only {page.Count} invoices for {Cases} cases");
        foreach (var row in page.Rows.Where(r => r.Status != InvoiceStatus.Cancelled).Take(20))
        {
            var detail = await queries.DetailAsync(row.InvoiceNumber);
            Assert.NotNull(detail);
            Assert.Equal(detail.Lines.Sum(l => l.Amount), detail.Subtotal);
            Assert.Equal(detail.Subtotal - detail.DiscountAmount + detail.TaxAmount, detail.Total);
            Assert.Equal(detail.Payments.Sum(p => p.Kind == Payment.KindRefund ? -p.Amount : p.Amount), detail.AmountPaid);
        }
    }

    [Fact]
    public async Task The_demo_dentist_signs_in_with_the_demo_password_and_sees_their_cases()
    {
        await using (var scope = Services.CreateAsyncScope())
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LabDbContext>>().CreateDbContextAsync())
        {
            var dentist = await db.Users.SingleAsync(u => u.NormalizedEmail == "DENTIST@DENTALLAB.TEST");
            Assert.True(dentist.IsActive && dentist.EmailConfirmed);
            Assert.NotEqual(PasswordVerificationResult.Failed,
                new PasswordHasher<User>().VerifyHashedPassword(dentist, dentist.PasswordHash!, DemoDataGenerator.DemoPassword));
        }

        await using var portal = await SignedInAsync("dentist@dentallab.test");
        var home = await portal.ServiceProvider.GetRequiredService<PortalService>().HomeAsync();
        Assert.NotEmpty(home.OpenCases.Concat(home.RecentlyDelivered));

        await using var staff = await SignedInAsync("manager@dentallab.test");
        var cases = staff.ServiceProvider.GetRequiredService<CaseQueries>();
        var busiest = await cases.ListAsync(new CaseListQuery { Search = home.PracticeName });
        Assert.True(busiest.Total > 10, $"the case list finds {busiest.Total} cases of {home.PracticeName}");
    }

    private async Task<AsyncServiceScope> SignedInAsync(string email)
    {
        var scope = Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<LabDbContext>>().CreateDbContextAsync();
        var id = await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
        Services.GetRequiredService<FixedUser>().SignIn(id);
        return scope;
    }
}
