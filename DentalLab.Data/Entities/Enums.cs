namespace DentalLab.Data.Entities;

// Each enum is a PostgreSQL enum type (see LabDbContextOptions.MapEnums). Labels are the snake_case
// member names. The member order is the label order in PostgreSQL, so keep it meaningful.

public enum UserRole { Admin, Manager, Technician, Staff, Dentist }

public enum ProcedureType { Crown, Bridge, Implant, Veneer, Inlay, Onlay, Denture, PartialDenture, NightGuard, Aligner, Other }

public enum UrgencyLevel { Standard, Rush, Emergency }

public enum PriorityLevel { Low, Medium, High }

public enum CaseStatus { Received, Processing, Designing, Milling, Qc, Ready, Delivered, Cancelled, OnHold }

public enum WorkflowStageName { Receiving, ImpressionScan, Design, Milling, Sintering, QualityControl, Delivery }

// Skipped: a stage that will never be worked because the case was cancelled (added last: PostgreSQL appends labels).
public enum WorkflowStatus { Pending, InProgress, Completed, Blocked, OnHold, Failed, Skipped }

public enum InvoiceStatus { Draft, Sent, Paid, Overdue, Cancelled, Refunded }

public enum PaymentMethod { CreditCard, BankTransfer, Check, Cash, Other }

public enum InventoryTransactionType { In, Out, Adjustment, Damage, WriteOff }

public enum InventoryCategory { Materials, Tools, Equipment, Consumables, Supplies }

public enum EmploymentType { FullTime, PartTime, Contract, Temporary, Intern }

public enum EquipmentStatus { Active, Maintenance, Inactive, Broken, Decommissioned }

public enum ConversationType { Direct, Group, Case }

public enum NotificationType { CaseUpdate, Assignment, Message, Invoice, Appointment, System, Alert }

public enum DentistStatus { Active, Inactive, Suspended }

public enum ApplicationStatus { Pending, Approved, Rejected }

public enum AppointmentType { CaseReview, Delivery, Pickup, Meeting, Training, Maintenance, Other }

public enum ShipmentType { Pickup, Delivery }

public enum ShipmentStatus { Scheduled, InTransit, Delivered, Failed, Cancelled }

public enum RouteStatus { Planned, InProgress, Completed, Cancelled }

/// <summary>
/// What an audit entry records: a change (insert, update, delete), a read that matters (view, download, export:
/// HIPAA 45 CFR 164.312(b)), or a sign-in event (sign_in_failed, locked_out).
/// </summary>
public enum AuditAction { Insert, Update, Delete, View, Download, Export, SignInFailed, LockedOut }

public enum RemakePayer { Lab, Dentist, Split }
