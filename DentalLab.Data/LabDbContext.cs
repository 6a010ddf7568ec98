using System.Linq.Expressions;
using DentalLab.Data.Configurations;
using DentalLab.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

/// <summary>
/// The lab's database: Identity over <c>users</c>/<c>roles</c> plus every module's tables.
/// </summary>
/// <remarks>
/// Migrations are the only source of truth for the schema:
/// <code>
/// dotnet ef migrations add NAME --project DentalLab.Data --startup-project DentalLab.Data
/// dotnet ef migrations has-pending-model-changes --project DentalLab.Data --startup-project DentalLab.Data
/// dotnet ef migrations script --idempotent --project DentalLab.Data --startup-project DentalLab.Data -o database/schema.sql
/// </code>
/// The DbSets live in one partial file per module (LabDbContext.&lt;Module&gt;.cs).
/// </remarks>
public partial class LabDbContext(DbContextOptions<LabDbContext> options)
    : IdentityDbContext<User, Role, Guid, IdentityUserClaim<Guid>, UserRoleLink, IdentityUserLogin<Guid>,
        IdentityRoleClaim<Guid>, IdentityUserToken<Guid>>(options)
{
    /// <summary>
    /// Fixed here rather than read from the app's IdentityOptions, so contexts built by tools and tests
    /// (without the app's service provider) see the same Identity tables as the app.
    /// </summary>
    protected override Version SchemaVersion => IdentitySchemaVersions.Version3;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pgcrypto");
        builder.HasPostgresExtension("pg_trgm"); // trigram indexes for "contains" searches (ILIKE '%...%')
        LabDbContextOptions.ConfigureEnumLabels(builder);
        Sequences.Configure(builder);
        LabDbFunctions.Configure(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(LabDbContext).Assembly);
        ApplyConventions(builder);
    }

    /// <summary>
    /// What every table shares: a database-generated UUID key, created_at/updated_at (shadow properties
    /// where the CLR type has none, e.g. Identity's link tables), and the soft-delete filter.
    /// </summary>
    private static void ApplyConventions(ModelBuilder builder)
    {
        // Identity's passkey rows own a JSON document: touching them through an EntityTypeBuilder turns that
        // document into an entity of its own, so they are only renamed, through the metadata.
        builder.Model.FindEntityType(typeof(IdentityUserPasskey<Guid>))?.SetTableName("user_passkeys");
        var entities = builder.Model.GetEntityTypes()
            .Where(e => !e.IsOwned() && !e.ClrType.Name.Contains("Passkey", StringComparison.Ordinal))
            .ToList();
        foreach (var entity in entities)
        {
            var type = entity.ClrType;
            var b = builder.Entity(type);

            var id = entity.FindProperty("Id");
            if (id is not null && id.ClrType == typeof(Guid) && entity.FindPrimaryKey()?.Properties.SingleOrDefault() == id)
            {
                b.Property("Id").HasDefaultValueSql("gen_random_uuid()");
            }

            if (entity.FindProperty("CreatedAt") is null)
            {
                b.Property<DateTimeOffset>("CreatedAt");
            }

            if (entity.FindProperty("UpdatedAt") is null)
            {
                b.Property<DateTimeOffset>("UpdatedAt");
            }

            b.Property("CreatedAt").HasDefaultValueSql("now()");
            b.Property("UpdatedAt").HasDefaultValueSql("now()");

            if (typeof(ISoftDeletable).IsAssignableFrom(type) && entity.BaseType is null)
            {
                var parameter = Expression.Parameter(type, "e");
                var filter = Expression.Lambda(
                    Expression.Equal(
                        Expression.Property(parameter, nameof(ISoftDeletable.DeletedAt)),
                        Expression.Constant(null, typeof(DateTimeOffset?))),
                    parameter);
                b.HasQueryFilter(filter);
                b.HasIndex(nameof(ISoftDeletable.DeletedAt));
            }
        }
    }
}
