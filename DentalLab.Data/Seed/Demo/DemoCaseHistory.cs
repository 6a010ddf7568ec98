using DentalLab.Data.Entities;
using static DentalLab.Data.Entities.WorkflowStageName;

namespace DentalLab.Data.Seed;

/// <summary>
/// Plays a case's workflow forward from its received time to now: stages that finished are completed (or failed
/// QC, followed by a second attempt from the stage it went back to), the one under way is in progress (or blocked
/// or on hold), the rest are pending. The case's status, current stage and dates follow from that.
/// </summary>
internal static class DemoCaseHistory
{
    private sealed record Step(DemoTemplateStage Stage, int Attempt, bool FailsQc)
    {
        public DateTimeOffset Start { get; set; }

        public DateTimeOffset End { get; set; }
    }

    private enum Fate { Normal, Cancelled, OnHold, Blocked }

    public static void Apply(DemoWorld world, Case @case, List<(Entity Row, DateTimeOffset At)> backdated)
    {
        var steps = Plan(world, @case);
        var fate = ChooseFate(world, @case, steps);
        var cut = fate == Fate.Cancelled ? CancelTime(world, @case, steps) : world.Now;
        var failure = steps.FirstOrDefault(s => s.FailsQc);
        var reworked = failure is not null && failure.End <= cut;

        WorkflowStage? current = null;
        Step? currentStep = null;
        foreach (var step in steps)
        {
            if (step.Attempt > 1 && !reworked)
            {
                continue;
            }

            var row = NewRow(step);
            if (step.End <= cut)
            {
                Finish(world, row, step);
            }
            else if (current is null)
            {
                current = row;
                currentStep = step;
                row.Status = WorkflowStatus.InProgress;
                row.StartedAt = step.Start;
                row.AssignedToId = world.WorkerFor(step.Stage.Stage);
            }

            @case.Stages.Add(row);
            backdated.Add((row, step.Attempt > 1 && failure is not null ? failure.End : @case.ReceivedAt));
        }

        if (current is null)
        {
            Deliver(@case, steps[^1]);
            return;
        }

        @case.CurrentStage = current.Stage;
        @case.Status = Case.StatusForStage(current.Stage);
        ApplyFate(world, @case, current, fate, cut, currentStep!);
    }

    /// <summary>The template's stages, and for a QC failure a second attempt from the stage QC sends it back to.</summary>
    private static List<Step> Plan(DemoWorld world, Case @case)
    {
        var stages = world.Templates[@case.ProcedureType].Stages;
        var qc = stages.FirstOrDefault(s => s.Stage == QualityControl);
        var backTo = stages.FirstOrDefault(s => s.Stage == Milling && world.Chance(0.6)) ?? stages.FirstOrDefault(s => s.Stage == Design);
        var steps = new List<Step>();
        if (qc is null || backTo is null || !world.Chance(0.06))
        {
            steps.AddRange(stages.Select(s => new Step(s, 1, FailsQc: false)));
        }
        else
        {
            steps.AddRange(stages.Where(s => s.Position <= qc.Position).Select(s => new Step(s, 1, FailsQc: s == qc)));
            steps.AddRange(stages.Where(s => s.Position >= backTo.Position && s.Position <= qc.Position).Select(s => new Step(s, 2, FailsQc: false)));
            steps.AddRange(stages.Where(s => s.Position > qc.Position).Select(s => new Step(s, 1, FailsQc: false)));
        }

        Schedule(world, @case, steps);
        return steps;
    }

    /// <summary>
    /// Spreads the steps over the production time: most cases finish before the due date, about a quarter after it
    /// (late deliveries, overdue active cases). Longer stages (furnace cycles, design) take a larger share; every
    /// stage also waits in a queue.
    /// </summary>
    private static void Schedule(DemoWorld world, Case @case, List<Step> steps)
    {
        var due = DemoWorld.At(@case.DueDate, 15);
        var available = due - @case.ReceivedAt;
        if (available < TimeSpan.FromHours(6))
        {
            available = TimeSpan.FromHours(6);
        }

        var factor = world.Chance(0.25) ? world.Between(1.05, 1.9) : world.Between(0.55, 0.97);
        var total = available * factor;
        var weights = steps.Select(s => 2.0 + (1.5 * Math.Sqrt((double)s.Stage.ExpectedHours))).ToArray();
        var sum = weights.Sum();
        var elapsed = 0.0;
        for (var i = 0; i < steps.Count; i++)
        {
            steps[i].Start = @case.ReceivedAt + (total * (elapsed / sum));
            elapsed += weights[i];
            steps[i].End = @case.ReceivedAt + (total * (elapsed / sum));
        }
    }

    private static Fate ChooseFate(DemoWorld world, Case @case, List<Step> steps)
    {
        if (world.Chance(0.03))
        {
            return Fate.Cancelled;
        }

        var activeNow = steps[^1].End > world.Now && world.Now - @case.ReceivedAt < TimeSpan.FromDays(45);
        if (!activeNow)
        {
            return Fate.Normal;
        }

        var roll = world.Rng.NextDouble();
        return roll < 0.06 ? Fate.OnHold : roll < 0.12 ? Fate.Blocked : Fate.Normal;
    }

    /// <summary>Cancelled early in its life, while some stage was still open.</summary>
    private static DateTimeOffset CancelTime(DemoWorld world, Case @case, List<Step> steps)
    {
        var window = DemoWorld.Earlier(steps[^1].End, world.Now) - @case.ReceivedAt;
        return @case.ReceivedAt + (window * world.Between(0.05, 0.6));
    }

    private static WorkflowStage NewRow(Step step) => new()
    {
        Stage = step.Stage.Stage,
        Position = step.Stage.Position,
        Attempt = step.Attempt,
        ExpectedHours = step.Stage.ExpectedHours,
        Status = WorkflowStatus.Pending,
    };

    private static void Finish(DemoWorld world, WorkflowStage row, Step step)
    {
        var worker = world.WorkerFor(step.Stage.Stage);
        row.Status = step.FailsQc ? WorkflowStatus.Failed : WorkflowStatus.Completed;
        row.QcFailedReason = step.FailsQc ? world.Pick(DemoText.QcFailReasons) : null;
        row.StartedAt = step.Start;
        row.CompletedAt = step.End;
        row.CompletedById = worker;
        row.AssignedToId = worker;
    }

    private static void Deliver(Case @case, Step delivery)
    {
        @case.CurrentStage = delivery.Stage.Stage;
        @case.Status = Case.StatusForStage(delivery.Stage.Stage, stageCompleted: true);
        @case.ShippedAt = delivery.Start;
        @case.DeliveredAt = delivery.End;
    }

    private static void ApplyFate(DemoWorld world, Case @case, WorkflowStage current, Fate fate, DateTimeOffset cut, Step step)
    {
        switch (fate)
        {
            case Fate.Cancelled:
                // A cancelled case's open stages will never be worked: they are skipped, as CaseService does it.
                @case.Status = CaseStatus.Cancelled;
                @case.CancelledAt = cut;
                @case.CancelReason = world.Pick(DemoText.CancelReasons);
                foreach (var open in @case.Stages.Where(s => s.IsOpen))
                {
                    open.Status = WorkflowStatus.Skipped;
                }

                break;
            case Fate.OnHold:
                @case.Status = CaseStatus.OnHold;
                @case.HoldReason = world.Pick(DemoText.HoldReasons);
                current.Status = WorkflowStatus.OnHold;
                current.HoldReason = @case.HoldReason;
                break;
            case Fate.Blocked:
                current.Status = WorkflowStatus.Blocked;
                current.BlockReason = world.Pick(DemoText.BlockReasons);
                break;
            case Fate.Normal:
                break;
        }

        if (step.Stage.Stage == Delivery && fate == Fate.Normal)
        {
            // Ready: some are already on the van, the rest wait for the next route.
            @case.ShippedAt = world.Chance(0.4) ? step.Start + ((world.Now - step.Start) * world.Rng.NextDouble()) : null;
        }
    }
}
