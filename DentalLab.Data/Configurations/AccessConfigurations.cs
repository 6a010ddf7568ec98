using DentalLab.Data.Entities;
using DentalLab.Data.Seed;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DentalLab.Data.Configurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.ToTable("users");
        b.Property(u => u.FullName).HasMaxLength(200).IsRequired();
        b.Property(u => u.Email).HasMaxLength(256).IsRequired();
        b.Property(u => u.NormalizedEmail).HasMaxLength(256).IsRequired();
        b.HasIndex(u => u.NormalizedEmail).IsUnique().HasDatabaseName("ix_users_normalized_email_unique");
        b.HasIndex(u => u.IsActive);
        b.HasIndex(u => u.FullName);
        b.HasMany(u => u.RoleLinks).WithOne(l => l.User).HasForeignKey(l => l.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> b)
    {
        b.ToTable("roles");
        b.HasIndex(r => r.Code).IsUnique();
        b.Property(r => r.Description).HasMaxLength(500);
        b.HasMany<UserRoleLink>().WithOne(l => l.Role).HasForeignKey(l => l.RoleId).OnDelete(DeleteBehavior.Restrict);
        b.HasData(SeedData.Roles);
    }
}

internal sealed class UserRoleLinkConfiguration : IEntityTypeConfiguration<UserRoleLink>
{
    public void Configure(EntityTypeBuilder<UserRoleLink> b)
    {
        b.ToTable("user_roles");
        // One role per user, guaranteed by the database.
        b.HasIndex(l => l.UserId).IsUnique();
    }
}

internal sealed class IdentityTablesConfiguration :
    IEntityTypeConfiguration<IdentityUserClaim<Guid>>,
    IEntityTypeConfiguration<IdentityUserLogin<Guid>>,
    IEntityTypeConfiguration<IdentityUserToken<Guid>>,
    IEntityTypeConfiguration<IdentityRoleClaim<Guid>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<Guid>> b) => b.ToTable("user_claims");

    public void Configure(EntityTypeBuilder<IdentityUserLogin<Guid>> b) => b.ToTable("user_logins");

    public void Configure(EntityTypeBuilder<IdentityUserToken<Guid>> b) => b.ToTable("user_tokens");

    public void Configure(EntityTypeBuilder<IdentityRoleClaim<Guid>> b) => b.ToTable("role_claims");
}

internal sealed class PermissionConfiguration : IEntityTypeConfiguration<Permission>
{
    public void Configure(EntityTypeBuilder<Permission> b)
    {
        b.ToTable("permissions");
        b.Property(p => p.Code).HasMaxLength(100);
        b.Property(p => p.Module).HasMaxLength(50);
        b.Property(p => p.Description).HasMaxLength(300);
        b.HasIndex(p => p.Code).IsUnique();
        b.HasIndex(p => p.Module);
        b.HasData(SeedData.Permissions);
    }
}

internal sealed class RolePermissionConfiguration : IEntityTypeConfiguration<RolePermission>
{
    public void Configure(EntityTypeBuilder<RolePermission> b)
    {
        b.ToTable("role_permissions");
        b.HasIndex(rp => new { rp.RoleId, rp.PermissionId }).IsUnique();
        b.HasIndex(rp => rp.PermissionId);
        b.HasOne(rp => rp.Role).WithMany(r => r.Permissions).HasForeignKey(rp => rp.RoleId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(rp => rp.Permission).WithMany().HasForeignKey(rp => rp.PermissionId).OnDelete(DeleteBehavior.Cascade);
        b.HasData(SeedData.RolePermissions);
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> b)
    {
        b.ToTable("sessions", t => t.HasCheckConstraint("ck_sessions_expires_after_created", "expires_at > created_at"));
        b.Property(s => s.IpAddress).HasMaxLength(64);
        b.Property(s => s.UserAgent).HasMaxLength(500);
        b.Property(s => s.RevokedReason).HasMaxLength(200);
        b.HasOne(s => s.User).WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => s.UserId);
        b.HasIndex(s => s.ExpiresAt);
        b.HasIndex(s => new { s.UserId, s.RevokedAt });
    }
}

internal sealed class PasswordResetTokenConfiguration : IEntityTypeConfiguration<PasswordResetToken>
{
    public void Configure(EntityTypeBuilder<PasswordResetToken> b)
    {
        b.ToTable("password_reset_tokens", t => t.HasCheckConstraint("ck_password_reset_tokens_expires_after_created", "expires_at > created_at"));
        b.Property(t => t.TokenHash).HasMaxLength(64);
        b.Property(t => t.RequestedFromIp).HasMaxLength(64);
        b.HasIndex(t => t.TokenHash).IsUnique();
        b.HasIndex(t => t.UserId);
        b.HasIndex(t => t.ExpiresAt);
        b.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SettingConfiguration : IEntityTypeConfiguration<Setting>
{
    public void Configure(EntityTypeBuilder<Setting> b)
    {
        b.ToTable("settings");
        b.Property(s => s.Key).HasMaxLength(100);
        b.Property(s => s.Category).HasMaxLength(50);
        b.Property(s => s.ValueType).HasMaxLength(20);
        b.Property(s => s.Value).HasColumnType("jsonb");
        b.Property(s => s.Description).HasMaxLength(300);
        b.HasIndex(s => s.Key).IsUnique();
        b.HasIndex(s => s.Category);
        b.HasData(SeedData.Settings);
    }
}

internal sealed class AuditLogEntryConfiguration : IEntityTypeConfiguration<AuditLogEntry>
{
    public void Configure(EntityTypeBuilder<AuditLogEntry> b)
    {
        b.ToTable("audit_log");
        b.Property(a => a.TableName).HasMaxLength(100);
        b.Property(a => a.RecordId).HasMaxLength(100);
        b.Property(a => a.OldValues).HasColumnType("jsonb");
        b.Property(a => a.NewValues).HasColumnType("jsonb");
        b.Property(a => a.IpAddress).HasMaxLength(64);
        b.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(a => new { a.TableName, a.RecordId });
        b.HasIndex(a => a.UserId);
        b.HasIndex(a => a.OccurredAt);
        b.HasIndex(a => a.Action);
        // The chain columns are written by the trigger of AuditChainSql; EF reads them back after the insert.
        b.Property(a => a.Sequence).HasColumnName("seq").HasDefaultValueSql("0");
        b.Property(a => a.PrevHash).HasColumnName("prev_hash");
        b.Property(a => a.Hash).HasColumnName("hash").ValueGeneratedOnAdd();
    }
}

internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> b) =>
        b.ToTable("data_protection_keys");
}
