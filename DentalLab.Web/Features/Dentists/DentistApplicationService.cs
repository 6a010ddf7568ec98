using DentalLab.Data;
using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using DentalLab.Web.Features.Admin.Users;
using DentalLab.Web.Infrastructure.Auth;
using DentalLab.Web.Infrastructure.Email;
using DentalLab.Web.Infrastructure.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using DentalLab.Web.Infrastructure.Validation;

namespace DentalLab.Web.Features.Dentists;

/// <summary>
/// Partner applications: the public form submits them; reviewers (applications.review) approve — which creates
/// the dentist's account and profile and emails an invitation — or reject with a reason, which is emailed.
/// </summary>
public sealed class DentistApplicationService(
    IDbContextFactory<LabDbContext> dbFactory,
    CurrentUser currentUser,
    OperationScopes scopes,
    ILabEmailSender email,
    TimeProvider clock,
    ILogger<DentistApplicationService> logger)
{
    /// <summary>At most this many applications per address per hour (bots and accidents).</summary>
    public const int MaxPerHourFromOneAddress = 5;

    /// <summary>Takes an application from the public form (no sign-in).</summary>
    public async Task<ChangeResult> SubmitAsync(ApplicationInput input, string? ipAddress, CancellationToken ct = default)
    {
        var result = new ChangeResult();
        if (!string.IsNullOrEmpty(input.Website))
        {
            // The honeypot was filled: answer as if it worked, keep nothing.
            logger.LogWarning("Partner application dropped: honeypot filled (from {Ip})", ipAddress);
            return result;
        }

        var emailAddress = input.Email.Trim().ToLowerInvariant();
        var license = input.LicenseNumber.Trim();
        var region = input.LicenseRegion.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var hourAgo = clock.GetUtcNow().AddHours(-1);
        if (ipAddress is not null && await db.Set<DentistApplication>().CountAsync(a => a.SubmittedFromIp == ipAddress && a.CreatedAt > hourAgo, ct) >= MaxPerHourFromOneAddress)
        {
            result.Errors[""] = "Too many applications from your network in the last hour. Please try again later.";
            return result;
        }

        if (await db.Set<DentistApplication>().AnyAsync(a => a.Email == emailAddress && a.Status == ApplicationStatus.Pending, ct))
        {
            result.Errors[nameof(input.Email)] = "An application with this email address is already waiting for review.";
        }
        else if (await db.Users.AnyAsync(u => u.NormalizedEmail == emailAddress.ToUpperInvariant(), ct))
        {
            // The same answer as a new application (no hint who has an account); the owner of the address is told.
            await email.SendAsync(new LabEmail(emailAddress, input.DentistName.Trim(), "Your partner application",
                "Someone (hopefully you) applied to work with our lab using this email address, which already has a DentalLab account. " +
                "Sign in instead, or use 'Forgot your password?' on the sign-in page.\n"), ct);
            return result;
        }

        if (await db.Set<DentistProfile>().AnyAsync(d => d.LicenseNumber == license && d.LicenseRegion == region, ct)
            || await db.Set<DentistApplication>().AnyAsync(a => a.LicenseNumber == license && a.LicenseRegion == region && a.Status == ApplicationStatus.Pending, ct))
        {
            result.Errors[nameof(input.LicenseNumber)] = "This license number is already registered with us or waiting for review.";
        }

        if (!result.Succeeded)
        {
            return result;
        }

        db.Add(new DentistApplication
        {
            PracticeName = input.PracticeName.Trim(),
            DentistName = input.DentistName.Trim(),
            LicenseNumber = license,
            LicenseRegion = region,
            Email = emailAddress,
            Phone = TextInput.Blank(input.Phone),
            AddressLine1 = input.AddressLine1.Trim(),
            City = input.City.Trim(),
            PostalCode = TextInput.Blank(input.PostalCode),
            Country = input.Country.Trim(),
            ExpectedMonthlyVolume = input.ExpectedMonthlyVolume,
            Message = TextInput.Blank(input.Message),
            Status = ApplicationStatus.Pending,
            SubmittedFromIp = ipAddress,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same address submitted twice at the same moment: the unique index kept one.
            result.Errors[nameof(input.Email)] = "An application with this email address is already waiting for review.";
            return result;
        }

        await email.SendAsync(new LabEmail(emailAddress, input.DentistName.Trim(), "We received your partner application",
            $"Dear {input.DentistName.Trim()},\n\nThank you for applying to work with our lab on behalf of {input.PracticeName.Trim()}. " +
            "We review applications within two business days and will email you the outcome.\n"), ct);
        return result;
    }

    public async Task<IReadOnlyList<ApplicationRow>> ListAsync(ApplicationStatus? status, string? search, CancellationToken ct = default)
    {
        await currentUser.DemandAsync(PermissionCodes.ApplicationsReview, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Set<DentistApplication>().AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(a => a.Status == s);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = TextInput.ContainsPattern(search);
            query = query.Where(a => EF.Functions.ILike(a.PracticeName, pattern) || EF.Functions.ILike(a.DentistName, pattern) || EF.Functions.ILike(a.Email, pattern));
        }

        return await query
            .OrderBy(a => a.Status).ThenByDescending(a => a.CreatedAt)
            .Take(500)
            .Select(a => new ApplicationRow(a.Id, a.CreatedAt, a.PracticeName, a.DentistName, a.LicenseNumber, a.LicenseRegion, a.Email, a.Phone,
                (a.AddressLine1 ?? "") + ", " + (a.PostalCode ?? "") + " " + (a.City ?? "") + ", " + (a.Country ?? ""),
                a.ExpectedMonthlyVolume, a.Message, a.Status, a.ReviewedBy != null ? a.ReviewedBy.FullName : null, a.ReviewedAt,
                a.RejectionReason, a.CreatedDentistId))
            .ToListAsync(ct);
    }

    /// <summary>Approves: creates the dentist's user (role dentist) and profile, and emails a single-use link to set a password.</summary>
    public async Task<ChangeResult> ApproveAsync(Guid applicationId, CancellationToken ct = default)
    {
        var reviewerId = await currentUser.DemandAsync(PermissionCodes.ApplicationsReview, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.Set<DentistApplication>().SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is not { Status: ApplicationStatus.Pending })
        {
            return ChangeResult.Fail("", "This application has already been reviewed.");
        }

        await using var scope = scopes.Create();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        if (await userManager.FindByEmailAsync(application.Email) is not null)
        {
            return ChangeResult.Fail("", "A user with this email address already exists.");
        }

        var user = new User { UserName = application.Email, Email = application.Email, EmailConfirmed = true, FullName = application.DentistName };
        var created = await userManager.CreateAsync(user);
        if (!created.Succeeded)
        {
            return ChangeResult.Fail("", string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        await userManager.AddToRoleAsync(user, UserAdminService.RoleName(UserRole.Dentist));
        var profile = new DentistProfile
        {
            UserId = user.Id,
            PracticeName = application.PracticeName,
            DentistName = application.DentistName,
            LicenseNumber = application.LicenseNumber,
            LicenseRegion = application.LicenseRegion,
            Email = application.Email,
            Phone = application.Phone,
            AddressLine1 = application.AddressLine1,
            AddressLine2 = application.AddressLine2,
            City = application.City,
            Region = application.Region,
            PostalCode = application.PostalCode,
            Country = application.Country,
            Status = DentistStatus.Active,
        };
        db.Add(profile);
        application.Status = ApplicationStatus.Approved;
        application.ReviewedById = reviewerId;
        application.ReviewedAt = clock.GetUtcNow();
        application.CreatedDentist = profile;
        await db.SaveChangesAsync(ct);

        await scope.ServiceProvider.GetRequiredService<AccountService>().SendResetLinkAsync(user, currentUser.IpAddress, invitation: true);
        return ChangeResult.Ok();
    }

    /// <summary>Rejects with a reason, which is emailed to the applicant.</summary>
    public async Task<ChangeResult> RejectAsync(Guid applicationId, string reason, CancellationToken ct = default)
    {
        var reviewerId = await currentUser.DemandAsync(PermissionCodes.ApplicationsReview, ct);
        reason = reason.Trim();
        if (reason.Length == 0)
        {
            return ChangeResult.Fail("Reason", "Give the reason: the applicant receives it.");
        }

        if (reason.Length > 1000)
        {
            return ChangeResult.Fail("Reason", "Use at most 1,000 characters.");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var application = await db.Set<DentistApplication>().SingleOrDefaultAsync(a => a.Id == applicationId, ct);
        if (application is not { Status: ApplicationStatus.Pending })
        {
            return ChangeResult.Fail("", "This application has already been reviewed.");
        }

        application.Status = ApplicationStatus.Rejected;
        application.RejectionReason = reason;
        application.ReviewedById = reviewerId;
        application.ReviewedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await email.SendAsync(new LabEmail(application.Email, application.DentistName, "Your partner application",
            $"Dear {application.DentistName},\n\nThank you for your interest in working with our lab. We are not able to accept the application " +
            $"for {application.PracticeName} at this time, for this reason:\n\n{reason}\n\nYou are welcome to apply again.\n"), ct);
        return ChangeResult.Ok();
    }


}
