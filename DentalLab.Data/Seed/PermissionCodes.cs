namespace DentalLab.Data.Seed;

/// <summary>Every permission the product knows, grouped by module. Each is also an authorization policy.</summary>
public static class PermissionCodes
{
    public const string CasesView = "cases.view";
    public const string CasesCreate = "cases.create";
    public const string CasesEdit = "cases.edit";
    public const string CasesDelete = "cases.delete";
    public const string CasesFiles = "cases.files";
    public const string CasesNotes = "cases.notes";
    public const string WorkflowView = "workflow.view";
    public const string WorkflowAdvance = "workflow.advance";
    public const string WorkflowAssign = "workflow.assign";
    public const string WorkflowTemplates = "workflow.templates";
    public const string InvoicesView = "invoices.view";
    public const string InvoicesManage = "invoices.manage";
    public const string PaymentsRecord = "payments.record";
    public const string BillingPrices = "billing.prices";
    public const string InventoryView = "inventory.view";
    public const string InventoryTransact = "inventory.transact";
    public const string InventoryManage = "inventory.manage";
    public const string SuppliersManage = "suppliers.manage";
    public const string StaffView = "staff.view";
    public const string StaffManage = "staff.manage";
    public const string StaffReviews = "staff.reviews";
    public const string SchedulesManage = "schedules.manage";
    public const string DepartmentsView = "departments.view";
    public const string DepartmentsManage = "departments.manage";
    public const string EquipmentManage = "equipment.manage";
    public const string MessagesUse = "messages.use";
    public const string NotificationsBroadcast = "notifications.broadcast";
    public const string DentistsView = "dentists.view";
    public const string DentistsManage = "dentists.manage";
    public const string ApplicationsReview = "applications.review";
    public const string CalendarView = "calendar.view";
    public const string CalendarManage = "calendar.manage";
    public const string ReportsView = "reports.view";
    public const string ReportsExport = "reports.export";
    public const string LogisticsView = "logistics.view";
    public const string LogisticsManage = "logistics.manage";
    public const string LogisticsDrive = "logistics.drive";
    public const string UsersManage = "users.manage";
    public const string RolesManage = "roles.manage";
    public const string SettingsManage = "settings.manage";
    public const string AuditView = "audit.view";
    public const string PortalAccess = "portal.access";

    /// <summary>Code, module, description — in display order.</summary>
    public static readonly IReadOnlyList<(string Code, string Module, string Description)> All =
    [
        (CasesView, "cases", "See cases and their details"),
        (CasesCreate, "cases", "Log new cases"),
        (CasesEdit, "cases", "Edit cases, put them on hold, cancel them, create remakes"),
        (CasesDelete, "cases", "Delete cases (soft delete)"),
        (CasesFiles, "cases", "Upload and download case files"),
        (CasesNotes, "cases", "Write case notes"),
        (WorkflowView, "workflow", "See the production board"),
        (WorkflowAdvance, "workflow", "Complete, block, hold and resume stages"),
        (WorkflowAssign, "workflow", "Assign technicians to stages"),
        (WorkflowTemplates, "workflow", "Edit workflow templates"),
        (InvoicesView, "billing", "See invoices and statements"),
        (InvoicesManage, "billing", "Create, send, cancel and refund invoices"),
        (PaymentsRecord, "billing", "Record payments"),
        (BillingPrices, "billing", "Edit the price list and dentist discounts"),
        (InventoryView, "inventory", "See stock"),
        (InventoryTransact, "inventory", "Book stock in and out"),
        (InventoryManage, "inventory", "Create and edit inventory items"),
        (SuppliersManage, "inventory", "Manage suppliers"),
        (StaffView, "staff", "See staff profiles and schedules"),
        (StaffManage, "staff", "Manage staff profiles"),
        (StaffReviews, "staff", "Write performance reviews"),
        (SchedulesManage, "staff", "Edit weekly schedules"),
        (DepartmentsView, "departments", "See departments and equipment"),
        (DepartmentsManage, "departments", "Manage departments and budgets"),
        (EquipmentManage, "departments", "Manage equipment and maintenance"),
        (MessagesUse, "communications", "Use conversations and messages"),
        (NotificationsBroadcast, "communications", "Send system notices to everyone or a role"),
        (DentistsView, "dentists", "See dentists and their metrics"),
        (DentistsManage, "dentists", "Edit and deactivate dentists"),
        (ApplicationsReview, "dentists", "Approve or reject partner applications"),
        (CalendarView, "calendar", "See the calendar"),
        (CalendarManage, "calendar", "Create and edit appointments"),
        (ReportsView, "reports", "See reports and analytics"),
        (ReportsExport, "reports", "Export reports as CSV"),
        (LogisticsView, "logistics", "See shipments and routes"),
        (LogisticsManage, "logistics", "Plan shipments and routes"),
        (LogisticsDrive, "logistics", "Drive routes and record proof of delivery"),
        (UsersManage, "access", "Create users, change roles, deactivate, reset passwords"),
        (RolesManage, "access", "Edit which permissions each role has"),
        (SettingsManage, "settings", "Edit lab settings"),
        (AuditView, "settings", "Read the audit log"),
        (PortalAccess, "portal", "Use the dentist portal"),
    ];

    /// <summary>What each role is granted by default: admins everything but the portal, managers everything but users, roles and the portal, technicians the bench, staff the front desk and billing, dentists the portal and messages.</summary>
    public static IReadOnlyList<string> DefaultGrants(Entities.UserRole role) => role switch
    {
        Entities.UserRole.Admin => All.Select(p => p.Code).Where(c => c != PortalAccess).ToArray(),
        Entities.UserRole.Manager => All.Select(p => p.Code).Where(c => c is not (UsersManage or RolesManage or PortalAccess)).ToArray(),
        Entities.UserRole.Technician =>
        [
            CasesView, CasesFiles, CasesNotes, WorkflowView, WorkflowAdvance, InventoryView, InventoryTransact,
            DepartmentsView, CalendarView, MessagesUse,
        ],
        Entities.UserRole.Staff =>
        [
            CasesView, CasesCreate, CasesEdit, CasesFiles, CasesNotes, WorkflowView, InvoicesView, InvoicesManage,
            PaymentsRecord, InventoryView, DentistsView, CalendarView, CalendarManage, MessagesUse, LogisticsView,
            LogisticsManage, LogisticsDrive,
        ],
        Entities.UserRole.Dentist => [PortalAccess, MessagesUse],
        _ => [],
    };
}
