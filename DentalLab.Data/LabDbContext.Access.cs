using DentalLab.Data.Entities;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

public partial class LabDbContext : IDataProtectionKeyContext
{
    /// <summary>ASP.NET data protection keys (auth cookies, antiforgery), shared by every app instance.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Session> Sessions => Set<Session>();

    public DbSet<PasswordResetToken> PasswordResetTokens => Set<PasswordResetToken>();

    public DbSet<Permission> Permissions => Set<Permission>();

    public DbSet<RolePermission> RolePermissions => Set<RolePermission>();

    public DbSet<Setting> Settings => Set<Setting>();

    public DbSet<AuditLogEntry> AuditLog => Set<AuditLogEntry>();
}
