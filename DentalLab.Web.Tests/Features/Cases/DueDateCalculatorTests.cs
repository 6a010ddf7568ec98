using DentalLab.Data.Entities;
using DentalLab.Web.Features.Cases;

namespace DentalLab.Web.Tests.Features.Cases;

/// <summary>Due dates: business days after the received day, weekends and holidays skipped, rush halved (rounded up), emergency next business day.</summary>
public sealed class DueDateCalculatorTests
{
    private static readonly WorkflowTemplate FiveDays = new() { TurnaroundDays = 5 };

    // 2026-11-23 is a Monday.
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void Five_business_days_from_a_monday_is_the_next_monday()
    {
        var calculator = new DueDateCalculator([]);
        Assert.Equal(new DateOnly(2026, 11, 30), calculator.DueDate(Monday, FiveDays, UrgencyLevel.Standard));
    }

    [Fact]
    public void A_case_received_on_friday_skips_the_weekend()
    {
        var calculator = new DueDateCalculator([]);
        var friday = new DateOnly(2026, 11, 27);
        Assert.Equal(new DateOnly(2026, 11, 30), calculator.DueDate(friday, FiveDays, UrgencyLevel.Emergency));
        Assert.Equal(new DateOnly(2026, 12, 4), calculator.DueDate(friday, FiveDays, UrgencyLevel.Standard));
    }

    [Fact]
    public void A_case_received_on_a_saturday_counts_from_monday()
    {
        var calculator = new DueDateCalculator([]);
        Assert.Equal(new DateOnly(2026, 11, 30), calculator.DueDate(new DateOnly(2026, 11, 28), new WorkflowTemplate { TurnaroundDays = 1 }, UrgencyLevel.Standard));
    }

    [Fact]
    public void Holidays_are_skipped_like_weekends()
    {
        // Christmas 2026 is a Friday; with Boxing Day (Saturday) and 2027-01-01 (Friday) closed too.
        var calculator = new DueDateCalculator([new(2026, 12, 25), new(2026, 12, 26), new(2027, 1, 1)]);
        var thursday = new DateOnly(2026, 12, 24);
        Assert.Equal(new DateOnly(2026, 12, 28), calculator.DueDate(thursday, FiveDays, UrgencyLevel.Emergency));
        // 28, 29, 30, 31 Dec, (1 Jan closed), 4 Jan.
        Assert.Equal(new DateOnly(2027, 1, 4), calculator.DueDate(thursday, FiveDays, UrgencyLevel.Standard));
        Assert.False(calculator.IsBusinessDay(new DateOnly(2026, 12, 25)));
        Assert.True(calculator.IsBusinessDay(new DateOnly(2026, 12, 28)));
    }

    [Theory]
    [InlineData(5, 3)]
    [InlineData(7, 4)]
    [InlineData(10, 5)]
    [InlineData(1, 1)]
    public void Rush_halves_the_turnaround_rounded_up(int turnaround, int rushDays)
    {
        var calculator = new DueDateCalculator([]);
        var template = new WorkflowTemplate { TurnaroundDays = turnaround };
        Assert.Equal(calculator.AddBusinessDays(Monday, rushDays), calculator.DueDate(Monday, template, UrgencyLevel.Rush));
    }

    [Fact]
    public void Emergency_is_the_next_business_day_whatever_the_turnaround()
    {
        var calculator = new DueDateCalculator([new DateOnly(2026, 11, 24)]);
        Assert.Equal(new DateOnly(2026, 11, 25), calculator.DueDate(Monday, new WorkflowTemplate { TurnaroundDays = 10 }, UrgencyLevel.Emergency));
    }
}
