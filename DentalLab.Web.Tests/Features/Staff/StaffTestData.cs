using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Web.Tests.Features.Staff;

/// <summary>People, profiles and hand-built production history for the staff and floor tests.</summary>
internal static class StaffTestData
{
    public const string Manager = "manager@dentallab.test";
    public const string Tech = "tech@dentallab.test";
    public const string Dentist = "dentist@dentallab.test";

    /// <summary>A new lab user (technician role) with a staff profile; returns the user id and employee number.</summary>
    public static async Task<(Guid UserId, string EmployeeNumber, Guid StaffId)> PersonAsync(LabApp app, string name, string? departmentCode = null)
    {
        await using var db = app.Db();
        var email = $"t{Guid.NewGuid():N}"[..12] + "@dentallab.test";
        var user = new User
        {
            Id = Guid.CreateVersion7(),
            UserName = email,
            NormalizedUserName = email.ToUpperInvariant(),
            Email = email,
            NormalizedEmail = email.ToUpperInvariant(),
            EmailConfirmed = true,
            SecurityStamp = Guid.NewGuid().ToString(),
            FullName = name,
            IsActive = true,
        };
        db.Users.Add(user);
        db.UserRoles.Add(new UserRoleLink { UserId = user.Id, RoleId = SeedData.RoleId(UserRole.Technician) });
        var number = "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var profile = new StaffProfile
        {
            UserId = user.Id,
            EmployeeNumber = number,
            JobTitle = "Test Technician",
            EmploymentType = EmploymentType.FullTime,
            HiredOn = new DateOnly(2024, 1, 15),
            HourlyRate = 31.50m,
            Skills = "[\"zirconia_milling\"]",
            DepartmentId = departmentCode is null ? null : await db.Departments.Where(d => d.Code == departmentCode).Select(d => (Guid?)d.Id).SingleAsync(),
        };
        db.StaffProfiles.Add(profile);
        await db.SaveChangesAsync();
        return (user.Id, number, profile.Id);
    }

    public static async Task<Guid> UserIdAsync(LabApp app, string email)
    {
        await using var db = app.Db();
        return await db.Users.Where(u => u.NormalizedEmail == email.ToUpperInvariant()).Select(u => u.Id).SingleAsync();
    }

    public static async Task<string> EmployeeNumberAsync(LabApp app, string email)
    {
        await using var db = app.Db();
        return await db.StaffProfiles.Where(p => p.User!.NormalizedEmail == email.ToUpperInvariant()).Select(p => p.EmployeeNumber).SingleAsync();
    }

    /// <summary>A case of the portal dentist with exactly the given stage rows (no template).</summary>
    public static async Task<Guid> CaseAsync(LabApp app, CaseStatus status, WorkflowStageName? current, params WorkflowStage[] stages)
    {
        await using var db = app.Db();
        var dentist = await db.DentistProfiles.FirstAsync(d => d.User!.NormalizedEmail == Dentist.ToUpperInvariant());
        var @case = new Case
        {
            DentistId = dentist.Id,
            PatientCode = "SC-" + Guid.NewGuid().ToString("N")[..8],
            ProcedureType = ProcedureType.Crown,
            Teeth = [11],
            ReceivedAt = DateTimeOffset.UtcNow.AddDays(-60),
            DueDate = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(5),
            CurrentStage = current,
            Status = status,
        };
        foreach (var stage in stages)
        {
            @case.Stages.Add(stage);
        }

        db.Cases.Add(@case);
        await db.SaveChangesAsync();
        return @case.Id;
    }

    public static WorkflowStage Stage(WorkflowStageName name, int position, WorkflowStatus status, Guid? assigned, DateTimeOffset? started, DateTimeOffset? completed,
        decimal expectedHours, int attempt = 1, Guid? completedBy = null) => new()
    {
        Stage = name,
        Position = position,
        Attempt = attempt,
        Status = status,
        AssignedToId = assigned,
        StartedAt = started,
        CompletedAt = completed,
        CompletedById = completedBy ?? (completed is null ? null : assigned),
        ExpectedHours = expectedHours,
        QcFailedReason = status == WorkflowStatus.Failed ? "Open margin, remake the coping." : null,
    };

    /// <summary>Grants a permission to a role (for tests that widen a role, on an app of their own) and forgets cached grants.</summary>
    public static async Task GrantAsync(LabApp app, UserRole role, string permission)
    {
        await using var db = app.Db();
        if (!await db.Set<RolePermission>().AnyAsync(rp => rp.RoleId == SeedData.RoleId(role) && rp.PermissionId == SeedData.PermissionId(permission)))
        {
            db.Set<RolePermission>().Add(new RolePermission { RoleId = SeedData.RoleId(role), PermissionId = SeedData.PermissionId(permission) });
            await db.SaveChangesAsync();
        }

        Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<DentalLab.Web.Infrastructure.Auth.PermissionRegistry>(app.Services).Invalidate();
    }
}
