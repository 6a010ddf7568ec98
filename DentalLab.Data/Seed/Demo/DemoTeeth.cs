using System.Globalization;
using DentalLab.Data.Entities;

namespace DentalLab.Data.Seed;

/// <summary>Valid FDI teeth for a procedure: single teeth, anterior runs for veneers, bridge spans along an arch.</summary>
internal static class DemoTeeth
{
    // Each arch from the patient's right to left, as a bridge runs across the midline.
    private static readonly short[] _upperArch = [18, 17, 16, 15, 14, 13, 12, 11, 21, 22, 23, 24, 25, 26, 27, 28];
    private static readonly short[] _lowerArch = [48, 47, 46, 45, 44, 43, 42, 41, 31, 32, 33, 34, 35, 36, 37, 38];

    public static (short[] Teeth, string? BridgeSpans, int Units) For(DemoWorld world, ProcedureType type) => type switch
    {
        ProcedureType.Crown => world.Chance(0.15) ? Run(world, 2, 1, 13) : Single(world, 1, 7),
        ProcedureType.Implant => Single(world, 3, 7),
        ProcedureType.Inlay or ProcedureType.Onlay => Single(world, 4, 7),
        ProcedureType.Veneer => Run(world, world.Between(1, 6), 5, 10),
        ProcedureType.Bridge => Bridge(world),
        ProcedureType.PartialDenture => Partial(world),
        ProcedureType.Denture => ([], null, world.Chance(0.25) ? 2 : 1),
        ProcedureType.Aligner => ([], null, world.Chance(0.7) ? 2 : 1),
        ProcedureType.NightGuard => ([], null, 1),
        _ => world.Chance(0.5) ? Single(world, 1, 7) : ([], null, 1),
    };

    private static short[] Arch(DemoWorld world) => world.Chance(0.55) ? _upperArch : _lowerArch;

    private static (short[], string?, int) Single(DemoWorld world, int fromPosition, int toPosition)
    {
        var quadrant = world.Between(1, 4);
        var tooth = (short)((quadrant * 10) + world.Between(fromPosition, toPosition));
        return ([tooth], null, 1);
    }

    /// <summary>Adjacent teeth along one arch, starting between two arch indexes.</summary>
    private static (short[], string?, int) Run(DemoWorld world, int length, int fromIndex, int toIndex)
    {
        var arch = Arch(world);
        var start = world.Between(fromIndex, Math.Max(fromIndex, toIndex - length + 1));
        var teeth = arch.Skip(start).Take(length).Order().ToArray();
        return (teeth, null, teeth.Length);
    }

    /// <summary>Three to five units along an arch (wisdom teeth excluded), as one span.</summary>
    private static (short[], string?, int) Bridge(DemoWorld world)
    {
        var arch = Arch(world);
        var length = world.Weighted([3, 4, 5], [70, 20, 10]);
        var start = world.Between(1, 15 - length);
        var run = arch.Skip(start).Take(length).ToArray();
        // Within a quadrant the span reads low to high (43-47); across the midline it reads along the arch (12-22).
        var (from, to) = run[0] / 10 == run[^1] / 10 ? (run.Min(), run.Max()) : (run[0], run[^1]);
        var span = from.ToString(CultureInfo.InvariantCulture) + "-" + to.ToString(CultureInfo.InvariantCulture);
        return ([.. run.Order()], span, run.Length);
    }

    /// <summary>Two to four missing teeth replaced on one arch; billed per arch.</summary>
    private static (short[], string?, int) Partial(DemoWorld world)
    {
        var arch = Arch(world);
        var count = world.Between(2, 4);
        var teeth = new SortedSet<short>();
        while (teeth.Count < count)
        {
            teeth.Add(arch[world.Between(1, 14)]);
        }

        return ([.. teeth], null, 1);
    }
}
