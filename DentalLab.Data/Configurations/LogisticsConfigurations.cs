using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DentalLab.Data.Configurations;

internal sealed class ShipmentConfiguration : IEntityTypeConfiguration<Shipment>
{
    public void Configure(EntityTypeBuilder<Shipment> b)
    {
        b.ToTable("shipments", t =>
        {
            t.HasCheckConstraint(
                "ck_shipments_delivered_after_picked_up",
                "delivered_at IS NULL OR picked_up_at IS NULL OR delivered_at >= picked_up_at");
            t.HasCheckConstraint("ck_shipments_delivered_has_time", "status <> 'delivered' OR delivered_at IS NOT NULL");
            t.HasCheckConstraint("ck_shipments_boxes_positive", "boxes IS NULL OR boxes > 0");
            t.HasCheckConstraint("ck_shipments_window_order", "window_from IS NULL OR window_to IS NULL OR window_to > window_from");
        });
        b.Property(s => s.Version).IsRowVersion();
        b.Property(s => s.ContactPhone).HasMaxLength(50);
        b.Property(s => s.SignaturePath).HasMaxLength(300);
        b.Property(s => s.FailureReason).HasMaxLength(500);
        b.HasOne(s => s.Stop).WithMany(st => st.Shipments).HasForeignKey(s => s.StopId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne<User>().WithMany().HasForeignKey(s => s.RequestedById).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(s => s.StopId);
        // One open delivery per case: a second click (or two planners at once) cannot create a duplicate.
        b.HasIndex(s => s.CaseId, "ux_shipments_open_delivery_per_case").IsUnique().HasDatabaseName("ux_shipments_open_delivery_per_case")
            .HasFilter("type = 'delivery' AND status IN ('scheduled', 'in_transit') AND deleted_at IS NULL");
        b.Property(s => s.TrackingNumber).HasMaxLength(100);
        b.Property(s => s.Carrier).HasMaxLength(100);
        b.Property(s => s.AddressLine1).HasMaxLength(200).IsRequired();
        b.Property(s => s.AddressLine2).HasMaxLength(200);
        b.Property(s => s.City).HasMaxLength(100).IsRequired();
        b.Property(s => s.Region).HasMaxLength(100);
        b.Property(s => s.PostalCode).HasMaxLength(20);
        b.Property(s => s.Country).HasMaxLength(100);
        b.Property(s => s.RecipientName).HasMaxLength(200);
        b.Property(s => s.ProofOfDelivery).HasMaxLength(500);
        b.Property(s => s.ProofPhotoPath).HasMaxLength(300);
        b.Property(s => s.Notes).HasMaxLength(2000);
        b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(s => s.Dentist).WithMany().HasForeignKey(s => s.DentistId).OnDelete(DeleteBehavior.Restrict);
        // NULLs are distinct in PostgreSQL: many shipments without a tracking number are fine.
        b.HasIndex(s => s.TrackingNumber).IsUnique();
        b.HasIndex(s => s.Status);
        b.HasIndex(s => new { s.ScheduledFor, s.Status });
        b.HasIndex(s => s.Type);
        b.HasIndex(s => s.DentistId);
        b.HasIndex(s => s.CaseId);
    }
}

internal sealed class DeliveryRouteConfiguration : IEntityTypeConfiguration<DeliveryRoute>
{
    public void Configure(EntityTypeBuilder<DeliveryRoute> b)
    {
        b.ToTable("delivery_routes", t =>
            t.HasCheckConstraint(
                "ck_delivery_routes_completed_after_started",
                "completed_at IS NULL OR started_at IS NULL OR completed_at >= started_at"));
        b.Property(r => r.Name).HasMaxLength(200).IsRequired();
        b.Property(r => r.Vehicle).HasMaxLength(100);
        b.Property(r => r.Notes).HasMaxLength(2000);
        b.HasOne(r => r.Driver).WithMany().HasForeignKey(r => r.DriverId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(r => r.Stops).WithOne(s => s.Route).HasForeignKey(s => s.RouteId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => r.RouteDate);
        b.HasIndex(r => new { r.DriverId, r.RouteDate });
        b.HasIndex(r => r.Status);
        b.Property(r => r.Version).IsRowVersion();
    }
}

internal sealed class RouteStopConfiguration : IEntityTypeConfiguration<RouteStop>
{
    public void Configure(EntityTypeBuilder<RouteStop> b)
    {
        b.ToTable("route_stops", t =>
        {
            t.HasCheckConstraint("ck_route_stops_sequence_positive", "sequence > 0");
            t.HasCheckConstraint(
                "ck_route_stops_completed_after_arrived",
                "completed_at IS NULL OR arrived_at IS NULL OR completed_at >= arrived_at");
        });
        b.Property(s => s.Address).HasMaxLength(500).IsRequired();
        b.Property(s => s.ContactName).HasMaxLength(200);
        b.Property(s => s.Phone).HasMaxLength(50);
        b.Property(s => s.ProofOfDelivery).HasMaxLength(500);
        b.Property(s => s.Notes).HasMaxLength(2000);
        b.Property(s => s.PostalCode).HasMaxLength(20);
        b.Property(s => s.RecipientName).HasMaxLength(200);
        b.Property(s => s.FailureReason).HasMaxLength(500);
        b.HasOne(s => s.Dentist).WithMany().HasForeignKey(s => s.DentistId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(s => s.DentistId);
        b.HasOne(s => s.Shipment).WithMany(sh => sh.Stops).HasForeignKey(s => s.ShipmentId).OnDelete(DeleteBehavior.SetNull);
        b.HasOne(s => s.Case).WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(s => new { s.RouteId, s.Sequence }).IsUnique();
        b.HasIndex(s => s.ShipmentId);
        b.HasIndex(s => s.CaseId);
        b.HasIndex(s => s.Status);
        b.HasIndex(s => s.PlannedAt);
    }
}

internal sealed class ShipmentEventConfiguration : IEntityTypeConfiguration<ShipmentEvent>
{
    public void Configure(EntityTypeBuilder<ShipmentEvent> b)
    {
        b.ToTable("shipment_events");
        b.Property(e => e.Text).HasMaxLength(500).IsRequired();
        b.HasOne(e => e.Shipment).WithMany(s => s.Events).HasForeignKey(e => e.ShipmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(e => e.Actor).WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(e => new { e.ShipmentId, e.At });
    }
}
