using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

/// <summary>Recently delivered cases that a later case can be a remake of (bounded, so batches stay small).</summary>
internal sealed class DemoRemakePool(DemoWorld world)
{
    private const int Capacity = 400;

    private readonly List<Case> _delivered = [];

    public void Offer(Case @case)
    {
        if (@case.DeliveredAt is null)
        {
            return;
        }

        _delivered.Add(@case);
        if (_delivered.Count > Capacity)
        {
            _delivered.RemoveAt(0);
        }
    }

    /// <summary>A case delivered at least a day before <paramref name="received"/>; each is remade at most once.</summary>
    public Case? FindParent(DateTimeOffset received)
    {
        var candidates = _delivered.Where(c => c.DeliveredAt < received.AddDays(-1)).TakeLast(100).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        var parent = world.Pick(candidates);
        _delivered.Remove(parent);
        return parent;
    }
}
