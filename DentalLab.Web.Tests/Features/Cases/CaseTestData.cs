using DentalLab.Data.Entities;
using DentalLab.Web.Features.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DentalLab.Web.Tests.Features.Cases;

/// <summary>Cases made the way the front desk makes them: through <see cref="CaseService"/>, as a staff user.</summary>
internal static class CaseTestData
{
    public const string Staff = "staff@dentallab.test";

    /// <summary>The dentist behind a demo portal account (dentist@ or dentist2@).</summary>
    public static async Task<DentistOption> DentistOfAsync(LabApp app, string email)
    {
        await using var db = app.Db();
        return await db.Set<DentistProfile>().Where(d => d.User!.NormalizedEmail == email.ToUpperInvariant())
            .Select(d => new DentistOption(d.Id, d.DentistName, d.PracticeName)).SingleAsync();
    }

    public static CaseInput Crown(DentistOption dentist, string patientName = "Zofia Łódź") => new()
    {
        Dentist = dentist,
        PatientName = patientName,
        Procedure = ProcedureType.Crown,
        Teeth = [36],
        Shade = "A2",
        Material = "Zirconia",
        Units = 1,
    };

    public static async Task<string> CreateAsync(LabApp app, CaseInput input, string asUser = Staff)
    {
        await using var scope = await app.ScopeAsAsync(asUser);
        var (result, number) = await scope.ServiceProvider.GetRequiredService<CaseService>().CreateAsync(input);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Key}: {e.Value}")));
        return number!;
    }
}
