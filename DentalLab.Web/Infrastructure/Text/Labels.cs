using DentalLab.Data.Entities;

namespace DentalLab.Web.Infrastructure.Text;

/// <summary>
/// The words people read for every enum in DentalLab.Data/Entities: one place, used by every page, PDF, CSV,
/// notification and e-mail, so a stage is called the same on the board, the dashboard, the case page and the portal.
/// Every label is safe to lower-case inside a sentence (no acronyms): "is now in quality control".
/// </summary>
public static class Labels
{
    public static string Label(UserRole role) => role switch
    {
        UserRole.Admin => "Administrator",
        UserRole.Manager => "Manager",
        UserRole.Technician => "Technician",
        UserRole.Staff => "Staff",
        UserRole.Dentist => "Dentist",
        _ => Words(role),
    };

    public static string Label(ProcedureType type) => type switch
    {
        ProcedureType.PartialDenture => "Partial denture",
        ProcedureType.NightGuard => "Night guard",
        _ => Words(type),
    };

    public static string Label(ProcedureType? type) => type is { } t ? Label(t) : "";

    public static string Label(UrgencyLevel urgency) => Words(urgency);

    public static string Label(PriorityLevel priority) => Words(priority);

    public static string Label(CaseStatus status) => status switch
    {
        CaseStatus.Qc => "Quality control",
        CaseStatus.OnHold => "On hold",
        _ => Words(status),
    };

    public static string Label(WorkflowStageName stage) => stage switch
    {
        WorkflowStageName.Receiving => "Receiving",
        WorkflowStageName.ImpressionScan => "Impression / scan",
        WorkflowStageName.Design => "Design",
        WorkflowStageName.Milling => "Milling",
        WorkflowStageName.Sintering => "Sintering",
        WorkflowStageName.QualityControl => "Quality control",
        WorkflowStageName.Delivery => "Delivery",
        _ => Words(stage),
    };

    public static string Label(WorkflowStatus status) => status switch
    {
        WorkflowStatus.InProgress => "In progress",
        WorkflowStatus.OnHold => "On hold",
        _ => Words(status),
    };

    public static string Label(InvoiceStatus status) => Words(status);

    /// <summary>The invoice state a reader needs: "Partly paid" for a sent or overdue invoice with money received.</summary>
    public static string InvoiceState(InvoiceStatus status, decimal paid, decimal balance) =>
        status is InvoiceStatus.Sent or InvoiceStatus.Overdue && paid > 0 && balance > 0
            ? status == InvoiceStatus.Overdue ? "Overdue, partly paid" : "Partly paid"
            : Label(status);

    public static string Label(PaymentMethod method) => method switch
    {
        PaymentMethod.CreditCard => "Credit card",
        PaymentMethod.BankTransfer => "Bank transfer",
        PaymentMethod.Check => "Cheque",
        PaymentMethod.Cash => "Cash",
        _ => Words(method),
    };

    public static string Label(InventoryTransactionType type) => type switch
    {
        InventoryTransactionType.In => "Stock in",
        InventoryTransactionType.Out => "Stock out",
        InventoryTransactionType.WriteOff => "Write-off",
        _ => Words(type),
    };

    public static string Label(InventoryCategory category) => Words(category);

    public static string Label(EmploymentType type) => type switch
    {
        EmploymentType.FullTime => "Full-time",
        EmploymentType.PartTime => "Part-time",
        _ => Words(type),
    };

    public static string Label(EquipmentStatus status) => status == EquipmentStatus.Maintenance ? "In maintenance" : Words(status);

    public static string Label(MaintenanceKind kind) => Words(kind);

    public static string Label(AbsenceKind kind) => kind switch
    {
        AbsenceKind.Sick => "Sick leave",
        _ => Words(kind),
    };

    public static string Label(ConversationType type) => type switch
    {
        ConversationType.Case => "Case conversation",
        _ => Words(type),
    };

    public static string Label(NotificationType type) => Words(type);

    public static string Label(DentistStatus status) => Words(status);

    public static string Label(ApplicationStatus status) => Words(status);

    public static string Label(AppointmentType type) => Words(type);

    public static string Label(ShipmentType type) => type switch
    {
        ShipmentType.Pickup => "Pickup",
        ShipmentType.Delivery => "Delivery",
        _ => type.ToString(),
    };

    public static string Label(ShipmentStatus status) => status switch
    {
        ShipmentStatus.Scheduled => "Scheduled",
        ShipmentStatus.InTransit => "In transit",
        ShipmentStatus.Delivered => "Done",
        ShipmentStatus.Failed => "Failed",
        ShipmentStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };

    /// <summary>A shipment's status in the words of its type ("Delivered", "Collected", "Out for delivery").</summary>
    public static string Label(ShipmentType type, ShipmentStatus status) => (type, status) switch
    {
        (ShipmentType.Delivery, ShipmentStatus.InTransit) => "Out for delivery",
        (ShipmentType.Delivery, ShipmentStatus.Delivered) => "Delivered",
        (ShipmentType.Pickup, ShipmentStatus.InTransit) => "Collected, on the way to the lab",
        (ShipmentType.Pickup, ShipmentStatus.Delivered) => "At the lab",
        _ => Label(status),
    };

    public static string Label(RouteStatus status) => status switch
    {
        RouteStatus.Planned => "Planned",
        RouteStatus.InProgress => "Under way",
        RouteStatus.Completed => "Completed",
        RouteStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };


    public static string Label(AuditAction action) => action switch
    {
        AuditAction.Insert => "Created",
        AuditAction.Update => "Changed",
        AuditAction.Delete => "Deleted",
        AuditAction.View => "Viewed",
        AuditAction.Download => "Downloaded",
        AuditAction.Export => "Exported",
        AuditAction.SignInFailed => "Sign-in failed",
        AuditAction.LockedOut => "Locked out",
        _ => Words(action),
    };

    public static string Label(RemakePayer payer) => payer switch
    {
        RemakePayer.Split => "Split between lab and dentist",
        _ => Words(payer),
    };

    /// <summary>Completes "DL-2026-000123 is now ...".</summary>
    public static string Phrase(CaseStatus status) => status switch
    {
        CaseStatus.Received => "received",
        CaseStatus.Processing => "in " + Lower(WorkflowStageName.ImpressionScan),
        CaseStatus.Designing => "in " + Lower(WorkflowStageName.Design),
        CaseStatus.Milling => "in " + Lower(WorkflowStageName.Milling),
        CaseStatus.Qc => "in " + Lower(WorkflowStageName.QualityControl),
        CaseStatus.Ready => "ready for delivery",
        CaseStatus.Delivered => "delivered",
        CaseStatus.Cancelled => "cancelled",
        CaseStatus.OnHold => "on hold",
        _ => Label(status).ToLowerInvariant(),
    };

    /// <summary>The stage's name inside a sentence: "in impression / scan since 10:40".</summary>
    public static string Lower(WorkflowStageName stage) => Label(stage).ToLowerInvariant();

    /// <summary>For generic code (selects over any enum): the same words as the typed overloads.</summary>
    public static string Of<T>(T value)
        where T : struct, Enum => value switch
        {
            UserRole v => Label(v),
            ProcedureType v => Label(v),
            UrgencyLevel v => Label(v),
            PriorityLevel v => Label(v),
            CaseStatus v => Label(v),
            WorkflowStageName v => Label(v),
            WorkflowStatus v => Label(v),
            InvoiceStatus v => Label(v),
            PaymentMethod v => Label(v),
            InventoryTransactionType v => Label(v),
            InventoryCategory v => Label(v),
            EmploymentType v => Label(v),
            EquipmentStatus v => Label(v),
            AbsenceKind v => Label(v),
            ConversationType v => Label(v),
            NotificationType v => Label(v),
            DentistStatus v => Label(v),
            ApplicationStatus v => Label(v),
            AppointmentType v => Label(v),
            ShipmentType v => Label(v),
            ShipmentStatus v => Label(v),
            RouteStatus v => Label(v),
            AuditAction v => Label(v),
            RemakePayer v => Label(v),
            _ => Words(value),
        };

    /// <summary>A select's text for an optional value: empty when nothing is chosen.</summary>
    public static string Of<T>(T? value)
        where T : struct, Enum => value is { } v ? Of(v) : "";

    /// <summary>"CaseReview" → "Case review", "InTransit" → "In transit".</summary>
    private static string Words<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var text = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
