using System.Text.RegularExpressions;
using DentalLab.Data.Entities;
using DentalLab.Web.Features.Cases;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace DentalLab.Web.Tests.Features.Cases;

/// <summary>
/// The case list pages by cursor ("next" continues after the last row's sort key): every case shows exactly once,
/// in order, in every sort and both ways, the address carries the cursor, and the count stops at 10,000+.
/// </summary>
[Collection(LabCollection.Name)]
public sealed partial class CaseListPagingTests(LabServerFixture server)
{
    [Fact]
    public async Task Next_and_previous_show_every_case_once_in_order_in_every_sort_both_ways_with_ties_in_the_sort_key()
    {
        var app = await server.SharedAppAsync("cases-paging");
        var tag = "Page" + Guid.NewGuid().ToString("N")[..6];
        await InsertAsync(app, tag, 13);

        foreach (var sort in CaseListQuery.SortKeys)
        {
            foreach (var descending in new[] { false, true })
            {
                // A scope per sort, as a page's circuit would be: a test identity has no session to revalidate, so a
                // scope living past the revalidation interval (a slow, loaded run) would be signed out.
                await using var each = await app.ScopeAsAsync(CaseTestData.Staff);
                var cases = each.ServiceProvider.GetRequiredService<CaseQueries>();
                var query = new CaseListQuery { Search = tag, Sort = sort, Descending = descending, PageSize = 3 };
                var all = (await cases.ListAsync(query with { PageSize = 200 })).Rows.Select(r => r.CaseNumber).ToList();
                Assert.Equal(13, all.Count);

                // Forwards from the first page: 1–3, 4–6, … 13–13.
                var forwards = new List<string>();
                var page = await cases.ListAsync(query);
                Assert.Null(page.PreviousCursor);
                while (true)
                {
                    Assert.Equal($"{forwards.Count + 1}–{forwards.Count + page.Rows.Count} of 13", page.RangeLabel);
                    forwards.AddRange(page.Rows.Select(r => r.CaseNumber));
                    if (page.NextCursor is null)
                    {
                        break;
                    }

                    Assert.True(forwards.Count < 13, $"{sort} {(descending ? "desc" : "asc")}: a next page after the end");
                    page = await cases.ListAsync(query with { After = page.NextCursor });
                }

                Assert.Equal(all, forwards);

                // Backwards from the last page: 11–13, 8–10, … 1–1.
                var backwards = new List<string>();
                page = await cases.ListAsync(query with { Last = true });
                Assert.Null(page.NextCursor);
                while (true)
                {
                    Assert.Equal($"{13 - backwards.Count - page.Rows.Count + 1}–{13 - backwards.Count} of 13", page.RangeLabel);
                    backwards.InsertRange(0, page.Rows.Select(r => r.CaseNumber));
                    if (page.PreviousCursor is null)
                    {
                        break;
                    }

                    Assert.True(backwards.Count < 13, $"{sort} {(descending ? "desc" : "asc")}: a previous page before the start");
                    page = await cases.ListAsync(query with { Before = page.PreviousCursor });
                }

                Assert.Equal(all, backwards);
            }
        }

        // The default sort puts cases still in the lab first, then by due date; ties (one due date for many) by case number.
        await using var scope = await app.ScopeAsAsync(CaseTestData.Staff);
        var due = (await scope.ServiceProvider.GetRequiredService<CaseQueries>().ListAsync(new CaseListQuery { Search = tag, PageSize = 200 })).Rows;
        var expected = due.OrderBy(r => r.Status is CaseStatus.Delivered or CaseStatus.Cancelled)
            .ThenBy(r => r.DueDate).ThenBy(r => r.CaseNumber, StringComparer.Ordinal).Select(r => r.CaseNumber);
        Assert.Equal(expected, due.Select(r => r.CaseNumber));
    }

    [Fact]
    public async Task The_address_carries_the_cursor_so_a_link_reopens_the_same_page_and_a_cursor_of_another_sort_opens_the_first()
    {
        var app = await server.SharedAppAsync("cases-paging");
        var tag = "Link" + Guid.NewGuid().ToString("N")[..6];
        await InsertAsync(app, tag, 8);
        await using var scope = await app.ScopeAsAsync(CaseTestData.Staff);
        var cases = scope.ServiceProvider.GetRequiredService<CaseQueries>();
        var query = new CaseListQuery { Search = tag, Sort = "received", Descending = true, PageSize = 3 };
        var first = await cases.ListAsync(query);
        var second = await cases.ListAsync(query with { After = first.NextCursor });

        var address = (query with { After = first.NextCursor }).ToQueryString();
        Assert.Contains("after=", address, StringComparison.Ordinal);
        var parsed = QueryHelpers.ParseQuery(address);
        var reopened = await cases.ListAsync(CaseListQuery.Parse(name => parsed.TryGetValue(name, out var v) ? v.ToString() : null));
        Assert.Equal(second.Rows.Select(r => r.CaseNumber), reopened.Rows.Select(r => r.CaseNumber));
        Assert.Equal("4–6 of 8", reopened.RangeLabel);

        // The same cursor under another sort (a hand-edited address) is not a position in that sort: the first page.
        var otherSort = await cases.ListAsync(query with { Sort = "patient", After = first.NextCursor });
        Assert.Equal((await cases.ListAsync(query with { Sort = "patient" })).Rows.Select(r => r.CaseNumber), otherSort.Rows.Select(r => r.CaseNumber));
        Assert.Equal((await cases.ListAsync(query)).Rows.Select(r => r.CaseNumber), (await cases.ListAsync(query with { After = "not-a-cursor" })).Rows.Select(r => r.CaseNumber));
    }

    [Fact]
    public async Task The_count_is_exact_up_to_10000_and_reads_10000_plus_beyond()
    {
        var app = await server.SharedAppAsync("cases-paging-count");
        var tag = "Many" + Guid.NewGuid().ToString("N")[..6];
        await InsertAsync(app, tag, CaseListQuery.CountCap);
        await using var scope = await app.ScopeAsAsync(CaseTestData.Staff);
        var cases = scope.ServiceProvider.GetRequiredService<CaseQueries>();
        var exact = await cases.ListAsync(new CaseListQuery { Search = tag });
        Assert.Equal("10,000 cases", exact.CountLabel);
        Assert.Equal("1–25 of 10,000", exact.RangeLabel);
        Assert.Equal("9,976–10,000 of 10,000", (await cases.ListAsync(new CaseListQuery { Search = tag, Last = true })).RangeLabel);

        await InsertAsync(app, tag, 1);
        // The case that sorts first (the most overdue), added last: not among the first 10,001 matches the database
        // comes to, it still opens the list.
        var mostOverdue = await InsertOverdueAsync(app, tag);
        var capped = await cases.ListAsync(new CaseListQuery { Search = tag });
        Assert.Equal("10,000+ cases", capped.CountLabel);
        Assert.Equal(mostOverdue, capped.Rows[0].CaseNumber);
        Assert.Equal("1–25 of 10,000+", capped.RangeLabel);
        var next = await cases.ListAsync(new CaseListQuery { Search = tag, After = capped.NextCursor });
        Assert.Equal("26–50 of 10,000+", next.RangeLabel);
        // From the end of a list over the cap the position is not known: the page says how many it shows.
        var last = await cases.ListAsync(new CaseListQuery { Search = tag, Last = true });
        Assert.Equal("25 of 10,000+", last.RangeLabel);
        Assert.Null(last.NextCursor);
        Assert.NotNull(last.PreviousCursor);
    }

    [Fact]
    public async Task In_the_browser_next_and_previous_change_the_rows_and_the_address_holds_the_cursor_through_a_reload()
    {
        var app = await server.SharedAppAsync("cases-paging");
        var tag = "Click" + Guid.NewGuid().ToString("N")[..6];
        await InsertAsync(app, tag, 7);
        await using var context = await (await server.BrowserAsync()).NewContextAsync(new() { BaseURL = app.BaseUrl });
        var page = await context.NewPageAsync();
        await page.SignInAsync(CaseTestData.Staff);
        await page.WaitForURLAsync(app.BaseUrl + "/");

        await page.GotoAsync($"/cases?q={tag}&size=3");
        await WaitForCircuitAsync(page);
        var rows = page.GetByTestId("case-row");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("case-count")).ToHaveTextAsync("7 cases");
        await Assertions.Expect(page.GetByTestId("case-range")).ToHaveTextAsync("1–3 of 7");
        var firstPage = await rows.Locator(".case-number").AllTextContentsAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Previous page" })).ToBeDisabledAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(AfterCursor());
        await Assertions.Expect(page.GetByTestId("case-range")).ToHaveTextAsync("4–6 of 7");
        var secondPage = await rows.Locator(".case-number").AllTextContentsAsync();
        Assert.Empty(secondPage.Intersect(firstPage));

        // The address is the page: a reload shows the same rows.
        await page.ReloadAsync();
        await WaitForCircuitAsync(page);
        await Assertions.Expect(page.GetByTestId("case-range")).ToHaveTextAsync("4–6 of 7");
        Assert.Equal(secondPage, await rows.Locator(".case-number").AllTextContentsAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Next page" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("case-range")).ToHaveTextAsync("7–7 of 7");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Next page" })).ToBeDisabledAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Previous page" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(BeforeCursor());
        await Assertions.Expect(page.GetByTestId("case-range")).ToHaveTextAsync("4–6 of 7");
        Assert.Equal(secondPage, await rows.Locator(".case-number").AllTextContentsAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Previous page" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("case-range")).ToHaveTextAsync("1–3 of 7");
        Assert.Equal(firstPage, await rows.Locator(".case-number").AllTextContentsAsync());
    }

    /// <summary>
    /// The page's circuit is up (as WaitForInteractiveAsync, with room for a machine loaded by parallel builds: a
    /// circuit has taken over the default 5 s there).
    /// </summary>
    private static Task WaitForCircuitAsync(IPage page) =>
        Assertions.Expect(page.Locator("[data-testid=interactive]")).ToHaveAttributeAsync("data-ready", "true", new() { Timeout = 30_000 });

    /// <summary>
    /// <paramref name="count"/> cases named with <paramref name="tag"/>, in one INSERT … SELECT: two dentists, few due
    /// dates (ties), every status (on hold, delivered, cancelled among them), some without a stage, some without a name.
    /// </summary>
    private static async Task InsertAsync(LabApp app, string tag, int count)
    {
        await using var db = app.Db();
        var dentists = await db.DentistProfiles.OrderBy(d => d.DentistName).Select(d => d.Id).Take(2).ToArrayAsync();
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO cases (dentist_id, patient_name, patient_code, procedure_type, teeth, units, urgency, priority, status, current_stage,
                received_at, due_date, hold_reason, cancel_reason)
            SELECT ({dentists})[1 + i % 2],
                CASE WHEN i % 4 = 0 THEN NULL ELSE 'P' || (i % 3) || ' ' || {tag} END,
                {tag} || '-' || (i % 2),
                (ARRAY['crown', 'bridge', 'veneer']::procedure_type[])[1 + i % 3], ARRAY[]::smallint[], 1,
                (ARRAY['standard', 'rush', 'emergency']::urgency_level[])[1 + i % 3],
                (ARRAY['low', 'medium', 'high']::priority_level[])[1 + i % 2],
                (ARRAY['received', 'designing', 'delivered', 'cancelled', 'on_hold']::case_status[])[1 + i % 5],
                CASE WHEN i % 5 = 2 OR i % 7 = 0 THEN NULL ELSE (ARRAY['receiving', 'design', 'milling']::workflow_stage_name[])[1 + i % 3] END,
                now() - (i % 3) * interval '1 day', current_date + (i % 2),
                CASE WHEN i % 5 = 4 THEN 'Waiting' END, CASE WHEN i % 5 = 3 THEN 'Moved' END
            FROM generate_series(1, {count}) AS i
            """);
    }

    private static async Task<string> InsertOverdueAsync(LabApp app, string tag)
    {
        await using var db = app.Db();
        var dentist = await db.DentistProfiles.OrderBy(d => d.DentistName).Select(d => d.Id).FirstAsync();
        var patient = "Overdue " + tag;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO cases (dentist_id, patient_name, procedure_type, teeth, units, urgency, priority, status, current_stage, received_at, due_date)
            VALUES ({dentist}, {patient}, 'crown', ARRAY[]::smallint[], 1, 'standard', 'medium', 'received', 'receiving', now(), current_date - 30)
            """);
        return await db.Cases.Where(c => c.PatientName == patient).Select(c => c.CaseNumber).SingleAsync();
    }

    [GeneratedRegex("[?&]after=[^&]+")]
    private static partial Regex AfterCursor();

    [GeneratedRegex("[?&]before=[^&]+")]
    private static partial Regex BeforeCursor();
}
