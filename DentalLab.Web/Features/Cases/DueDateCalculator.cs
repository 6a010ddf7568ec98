using DentalLab.Data.Entities;

namespace DentalLab.Web.Features.Cases;

/// <summary>
/// The due date of a case: the received date plus the template's turnaround in business
/// days, weekends and the lab's holidays skipped; rush halves the turnaround (rounded up), emergency is the next
/// business day. Pure: the caller passes the holidays (setting <c>cases.holidays</c>).
/// </summary>
public sealed class DueDateCalculator(IEnumerable<DateOnly> holidays)
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays];

    public bool IsBusinessDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>The business day <paramref name="businessDays"/> business days after <paramref name="received"/> (the received day itself never counts).</summary>
    public DateOnly AddBusinessDays(DateOnly received, int businessDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(businessDays);
        var day = received;
        for (var left = businessDays; left > 0;)
        {
            day = day.AddDays(1);
            if (IsBusinessDay(day))
            {
                left--;
            }
        }

        return day;
    }

    /// <summary>The due date of a case received on <paramref name="received"/> under <paramref name="template"/> (its <see cref="WorkflowTemplate.BusinessDaysFor"/> applies the urgency).</summary>
    public DateOnly DueDate(DateOnly received, WorkflowTemplate template, UrgencyLevel urgency) =>
        AddBusinessDays(received, template.BusinessDaysFor(urgency));
}
