using DentalLab.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace DentalLab.Data;

public partial class LabDbContext
{
    public DbSet<Shipment> Shipments => Set<Shipment>();

    public DbSet<DeliveryRoute> DeliveryRoutes => Set<DeliveryRoute>();

    public DbSet<RouteStop> RouteStops => Set<RouteStop>();

    public DbSet<ShipmentEvent> ShipmentEvents => Set<ShipmentEvent>();
}
