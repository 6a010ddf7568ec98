using System;
using DentalLab.Data.Entities;
using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace DentalLab.Data.Migrations
{
    /// <inheritdoc />
    public partial class Administration : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:application_status", "pending,approved,rejected")
                .Annotation("Npgsql:Enum:appointment_type", "case_review,delivery,pickup,meeting,training,maintenance,other")
                .Annotation("Npgsql:Enum:audit_action", "insert,update,delete,view,download,export,sign_in_failed,locked_out")
                .Annotation("Npgsql:Enum:case_status", "received,processing,designing,milling,qc,ready,delivered,cancelled,on_hold")
                .Annotation("Npgsql:Enum:conversation_type", "direct,group,case")
                .Annotation("Npgsql:Enum:dentist_status", "active,inactive,suspended")
                .Annotation("Npgsql:Enum:employment_type", "full_time,part_time,contract,temporary,intern")
                .Annotation("Npgsql:Enum:equipment_status", "active,maintenance,inactive,broken,decommissioned")
                .Annotation("Npgsql:Enum:inventory_category", "materials,tools,equipment,consumables,supplies")
                .Annotation("Npgsql:Enum:inventory_transaction_type", "in,out,adjustment,damage,write_off")
                .Annotation("Npgsql:Enum:invoice_status", "draft,sent,paid,overdue,cancelled,refunded")
                .Annotation("Npgsql:Enum:notification_type", "case_update,assignment,message,invoice,appointment,system,alert")
                .Annotation("Npgsql:Enum:payment_method", "credit_card,bank_transfer,check,cash,other")
                .Annotation("Npgsql:Enum:priority_level", "low,medium,high")
                .Annotation("Npgsql:Enum:procedure_type", "crown,bridge,implant,veneer,inlay,onlay,denture,partial_denture,night_guard,aligner,other")
                .Annotation("Npgsql:Enum:remake_payer", "lab,dentist,split")
                .Annotation("Npgsql:Enum:route_status", "planned,in_progress,completed,cancelled")
                .Annotation("Npgsql:Enum:shipment_status", "scheduled,in_transit,delivered,failed,cancelled")
                .Annotation("Npgsql:Enum:shipment_type", "pickup,delivery")
                .Annotation("Npgsql:Enum:urgency_level", "standard,rush,emergency")
                .Annotation("Npgsql:Enum:user_role", "admin,manager,technician,staff,dentist")
                .Annotation("Npgsql:Enum:workflow_stage_name", "receiving,impression_scan,design,milling,sintering,quality_control,delivery")
                .Annotation("Npgsql:Enum:workflow_status", "pending,in_progress,completed,blocked,on_hold,failed,skipped")
                .Annotation("Npgsql:PostgresExtension:pgcrypto", ",,")
                .OldAnnotation("Npgsql:Enum:application_status", "pending,approved,rejected")
                .OldAnnotation("Npgsql:Enum:appointment_type", "case_review,delivery,pickup,meeting,training,maintenance,other")
                .OldAnnotation("Npgsql:Enum:audit_action", "insert,update,delete")
                .OldAnnotation("Npgsql:Enum:case_status", "received,processing,designing,milling,qc,ready,delivered,cancelled,on_hold")
                .OldAnnotation("Npgsql:Enum:conversation_type", "direct,group,case")
                .OldAnnotation("Npgsql:Enum:dentist_status", "active,inactive,suspended")
                .OldAnnotation("Npgsql:Enum:employment_type", "full_time,part_time,contract,temporary,intern")
                .OldAnnotation("Npgsql:Enum:equipment_status", "active,maintenance,inactive,broken,decommissioned")
                .OldAnnotation("Npgsql:Enum:inventory_category", "materials,tools,equipment,consumables,supplies")
                .OldAnnotation("Npgsql:Enum:inventory_transaction_type", "in,out,adjustment,damage,write_off")
                .OldAnnotation("Npgsql:Enum:invoice_status", "draft,sent,paid,overdue,cancelled,refunded")
                .OldAnnotation("Npgsql:Enum:notification_type", "case_update,assignment,message,invoice,appointment,system,alert")
                .OldAnnotation("Npgsql:Enum:payment_method", "credit_card,bank_transfer,check,cash,other")
                .OldAnnotation("Npgsql:Enum:priority_level", "low,medium,high")
                .OldAnnotation("Npgsql:Enum:procedure_type", "crown,bridge,implant,veneer,inlay,onlay,denture,partial_denture,night_guard,aligner,other")
                .OldAnnotation("Npgsql:Enum:remake_payer", "lab,dentist,split")
                .OldAnnotation("Npgsql:Enum:route_status", "planned,in_progress,completed,cancelled")
                .OldAnnotation("Npgsql:Enum:shipment_status", "scheduled,in_transit,delivered,failed,cancelled")
                .OldAnnotation("Npgsql:Enum:shipment_type", "pickup,delivery")
                .OldAnnotation("Npgsql:Enum:urgency_level", "standard,rush,emergency")
                .OldAnnotation("Npgsql:Enum:user_role", "admin,manager,technician,staff,dentist")
                .OldAnnotation("Npgsql:Enum:workflow_stage_name", "receiving,impression_scan,design,milling,sintering,quality_control,delivery")
                .OldAnnotation("Npgsql:Enum:workflow_status", "pending,in_progress,completed,blocked,on_hold,failed,skipped")
                .OldAnnotation("Npgsql:PostgresExtension:pgcrypto", ",,");

            migrationBuilder.AlterColumn<UserRole>(
                name: "code",
                table: "roles",
                type: "user_role",
                nullable: true,
                oldClrType: typeof(UserRole),
                oldType: "user_role");

            migrationBuilder.AddColumn<byte[]>(
                name: "hash",
                table: "audit_log",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<byte[]>(
                name: "prev_hash",
                table: "audit_log",
                type: "bytea",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "seq",
                table: "audit_log",
                type: "bigint",
                nullable: false,
                defaultValueSql: "0");

            migrationBuilder.UpdateData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("0a8786d0-5970-3a8e-97fc-821c423212fd"),
                column: "value_type",
                value: "currency");

            migrationBuilder.UpdateData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("25e0f384-aafe-387c-ab00-9cd6818bf784"),
                column: "value_type",
                value: "paper_size");

            migrationBuilder.UpdateData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("7cfd1bfc-056d-33b3-b726-3a3b118477ae"),
                column: "description",
                value: "How long before an appointment its people are reminded");

            migrationBuilder.UpdateData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("9e0b15ee-f435-3034-befc-891d1a4c159b"),
                column: "value_type",
                value: "time_zone");

            migrationBuilder.UpdateData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("dc3e9878-a940-3c91-a858-08b9b88e1ce2"),
                column: "value_type",
                value: "email");

            migrationBuilder.UpdateData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("e5606054-b3a2-383b-a706-71dbf112f7d4"),
                column: "value_type",
                value: "percentage");

            migrationBuilder.InsertData(
                table: "settings",
                columns: new[] { "id", "category", "created_at", "description", "key", "updated_at", "value", "value_type" },
                values: new object[,]
                {
                    { new Guid("001ec763-a240-31ee-b12f-f37a30892cd7"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Person responsible for regulatory compliance, named on statements", "compliance.person_responsible", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"\"", "string" },
                    { new Guid("2749cadb-d2ef-3112-b48c-4f5afa663e01"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Authorised representative (name and address) when the lab is outside the market it supplies; empty when none", "compliance.authorised_representative", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"\"", "text" },
                    { new Guid("336e8ec7-250e-3ed7-ac87-b33c1487e52d"), "cases", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "How often the report figures are recalculated", "reports.refresh_minutes", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "15", "integer" },
                    { new Guid("35f83c4b-af2c-3de5-9501-10feeeb9adea"), "lab", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Business hours: when the lab closes (lab time)", "lab.closes_at", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"17:00\"", "time" },
                    { new Guid("5b94ae0c-4b9b-352a-ab0b-d6de630903fb"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Audit entries older than this are removed by the retention job (HIPAA keeps records 6 years)", "compliance.audit_retention_years", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "6", "integer" },
                    { new Guid("695bf247-b561-3789-bc0a-77c1ba768416"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "The lab's registration number with the competent authority (e.g. SRN or FDA establishment number)", "compliance.manufacturer_registration_number", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"\"", "string" },
                    { new Guid("80337eb6-e94a-3b95-aeb8-776cff0d8190"), "lab", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Business hours: when the lab opens (lab time)", "lab.opens_at", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"08:00\"", "time" },
                    { new Guid("85a68b7d-a3d5-3368-a1b8-ee8858decdd8"), "cases", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "How long before a case is due its technicians are reminded", "cases.due_reminder_hours", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "24", "integer" },
                    { new Guid("8def556c-53c1-38e5-8215-0a6adf668248"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Registered address of the manufacturer", "compliance.manufacturer_address", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"12 Harbour Street\\nSpringfield 01234\"", "text" },
                    { new Guid("99d529f3-541e-3d7e-a9ef-1c6febb3ef7f"), "compliance", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "Legal name of the manufacturer on statements of conformity for custom-made devices", "compliance.manufacturer_legal_name", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"DentalLab Demo Laboratory Ltd\"", "string" }
                });
            migrationBuilder.Sql(MigrationSql.UpdatedAtTriggers);
            // The tamper-evident chain (hand-written SQL: Schema/AuditChainSql.cs), after the columns exist.
            migrationBuilder.Sql(AuditChainSql.CanonicalFunction);
            migrationBuilder.Sql(AuditChainSql.ChainExistingEntries);
            migrationBuilder.Sql(AuditChainSql.AppendTrigger);
            migrationBuilder.Sql(AuditChainSql.ProtectTriggers);
            migrationBuilder.Sql(AuditChainSql.RetentionFunction);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(AuditChainSql.Down);
            migrationBuilder.DeleteData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("001ec763-a240-31ee-b12f-f37a30892cd7"));

            migrationBuilder.DeleteData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("2749cadb-d2ef-3112-b48c-4f5afa663e01"));

            migrationBuilder.DeleteData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("336e8ec7-250e-3ed7-ac87-b33c1487e52d"));

            migrationBuilder.DeleteData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("35f83c4b-af2c-3de5-9501-10feeeb9adea"));

            migrationBuilder.DeleteData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("5b94ae0c-4b9b-352a-ab0b-d6de630903fb"));

            migrationBuilder.DeleteData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("695bf247-b561-3789-bc0a-77c1ba768416"));

            migrationBuilder.DeleteData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("80337eb6-e94a-3b95-aeb8-776cff0d8190"));

            migrationBuilder.DeleteData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("85a68b7d-a3d5-3368-a1b8-ee8858decdd8"));

            migrationBuilder.DeleteData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("8def556c-53c1-38e5-8215-0a6adf668248"));

            migrationBuilder.DeleteData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("99d529f3-541e-3d7e-a9ef-1c6febb3ef7f"));

            migrationBuilder.DropColumn(
                name: "hash",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "prev_hash",
                table: "audit_log");

            migrationBuilder.DropColumn(
                name: "seq",
                table: "audit_log");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:Enum:application_status", "pending,approved,rejected")
                .Annotation("Npgsql:Enum:appointment_type", "case_review,delivery,pickup,meeting,training,maintenance,other")
                .Annotation("Npgsql:Enum:audit_action", "insert,update,delete")
                .Annotation("Npgsql:Enum:case_status", "received,processing,designing,milling,qc,ready,delivered,cancelled,on_hold")
                .Annotation("Npgsql:Enum:conversation_type", "direct,group,case")
                .Annotation("Npgsql:Enum:dentist_status", "active,inactive,suspended")
                .Annotation("Npgsql:Enum:employment_type", "full_time,part_time,contract,temporary,intern")
                .Annotation("Npgsql:Enum:equipment_status", "active,maintenance,inactive,broken,decommissioned")
                .Annotation("Npgsql:Enum:inventory_category", "materials,tools,equipment,consumables,supplies")
                .Annotation("Npgsql:Enum:inventory_transaction_type", "in,out,adjustment,damage,write_off")
                .Annotation("Npgsql:Enum:invoice_status", "draft,sent,paid,overdue,cancelled,refunded")
                .Annotation("Npgsql:Enum:notification_type", "case_update,assignment,message,invoice,appointment,system,alert")
                .Annotation("Npgsql:Enum:payment_method", "credit_card,bank_transfer,check,cash,other")
                .Annotation("Npgsql:Enum:priority_level", "low,medium,high")
                .Annotation("Npgsql:Enum:procedure_type", "crown,bridge,implant,veneer,inlay,onlay,denture,partial_denture,night_guard,aligner,other")
                .Annotation("Npgsql:Enum:remake_payer", "lab,dentist,split")
                .Annotation("Npgsql:Enum:route_status", "planned,in_progress,completed,cancelled")
                .Annotation("Npgsql:Enum:shipment_status", "scheduled,in_transit,delivered,failed,cancelled")
                .Annotation("Npgsql:Enum:shipment_type", "pickup,delivery")
                .Annotation("Npgsql:Enum:urgency_level", "standard,rush,emergency")
                .Annotation("Npgsql:Enum:user_role", "admin,manager,technician,staff,dentist")
                .Annotation("Npgsql:Enum:workflow_stage_name", "receiving,impression_scan,design,milling,sintering,quality_control,delivery")
                .Annotation("Npgsql:Enum:workflow_status", "pending,in_progress,completed,blocked,on_hold,failed,skipped")
                .Annotation("Npgsql:PostgresExtension:pgcrypto", ",,")
                .OldAnnotation("Npgsql:Enum:application_status", "pending,approved,rejected")
                .OldAnnotation("Npgsql:Enum:appointment_type", "case_review,delivery,pickup,meeting,training,maintenance,other")
                .OldAnnotation("Npgsql:Enum:audit_action", "insert,update,delete,view,download,export,sign_in_failed,locked_out")
                .OldAnnotation("Npgsql:Enum:case_status", "received,processing,designing,milling,qc,ready,delivered,cancelled,on_hold")
                .OldAnnotation("Npgsql:Enum:conversation_type", "direct,group,case")
                .OldAnnotation("Npgsql:Enum:dentist_status", "active,inactive,suspended")
                .OldAnnotation("Npgsql:Enum:employment_type", "full_time,part_time,contract,temporary,intern")
                .OldAnnotation("Npgsql:Enum:equipment_status", "active,maintenance,inactive,broken,decommissioned")
                .OldAnnotation("Npgsql:Enum:inventory_category", "materials,tools,equipment,consumables,supplies")
                .OldAnnotation("Npgsql:Enum:inventory_transaction_type", "in,out,adjustment,damage,write_off")
                .OldAnnotation("Npgsql:Enum:invoice_status", "draft,sent,paid,overdue,cancelled,refunded")
                .OldAnnotation("Npgsql:Enum:notification_type", "case_update,assignment,message,invoice,appointment,system,alert")
                .OldAnnotation("Npgsql:Enum:payment_method", "credit_card,bank_transfer,check,cash,other")
                .OldAnnotation("Npgsql:Enum:priority_level", "low,medium,high")
                .OldAnnotation("Npgsql:Enum:procedure_type", "crown,bridge,implant,veneer,inlay,onlay,denture,partial_denture,night_guard,aligner,other")
                .OldAnnotation("Npgsql:Enum:remake_payer", "lab,dentist,split")
                .OldAnnotation("Npgsql:Enum:route_status", "planned,in_progress,completed,cancelled")
                .OldAnnotation("Npgsql:Enum:shipment_status", "scheduled,in_transit,delivered,failed,cancelled")
                .OldAnnotation("Npgsql:Enum:shipment_type", "pickup,delivery")
                .OldAnnotation("Npgsql:Enum:urgency_level", "standard,rush,emergency")
                .OldAnnotation("Npgsql:Enum:user_role", "admin,manager,technician,staff,dentist")
                .OldAnnotation("Npgsql:Enum:workflow_stage_name", "receiving,impression_scan,design,milling,sintering,quality_control,delivery")
                .OldAnnotation("Npgsql:Enum:workflow_status", "pending,in_progress,completed,blocked,on_hold,failed,skipped")
                .OldAnnotation("Npgsql:PostgresExtension:pgcrypto", ",,");

            migrationBuilder.AlterColumn<UserRole>(
                name: "code",
                table: "roles",
                type: "user_role",
                nullable: false,
                defaultValue: UserRole.Admin,
                oldClrType: typeof(UserRole),
                oldType: "user_role",
                oldNullable: true);

            migrationBuilder.UpdateData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("0a8786d0-5970-3a8e-97fc-821c423212fd"),
                column: "value_type",
                value: "string");

            migrationBuilder.UpdateData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("25e0f384-aafe-387c-ab00-9cd6818bf784"),
                column: "value_type",
                value: "string");

            migrationBuilder.UpdateData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("7cfd1bfc-056d-33b3-b726-3a3b118477ae"),
                column: "description",
                value: "Minutes before an appointment that its attendees are reminded");

            migrationBuilder.UpdateData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("9e0b15ee-f435-3034-befc-891d1a4c159b"),
                column: "value_type",
                value: "string");

            migrationBuilder.UpdateData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("dc3e9878-a940-3c91-a858-08b9b88e1ce2"),
                column: "value_type",
                value: "string");

            migrationBuilder.UpdateData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("e5606054-b3a2-383b-a706-71dbf112f7d4"),
                column: "value_type",
                value: "decimal");
        }
    }
}
