using System;
using DentalLab.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace DentalLab.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchIndexesAndOneBusinessHours : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DeleteData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("06029cc4-a02d-3c5f-b9b7-882f7010a10f"));

            migrationBuilder.DeleteData(
                table: "settings",
                keyColumn: "id",
                keyValue: new Guid("6a37c4f6-9844-35ca-a60e-fe0ee8555fff"));

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
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
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

            // Needs pg_trgm (the AlterDatabase above creates the extension).
            migrationBuilder.Sql(InventorySql.SearchIndexes);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(InventorySql.DropSearchIndexes);

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
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .OldAnnotation("Npgsql:PostgresExtension:pgcrypto", ",,");

            migrationBuilder.InsertData(
                table: "settings",
                columns: new[] { "id", "category", "created_at", "description", "key", "updated_at", "value", "value_type" },
                values: new object[,]
                {
                    { new Guid("06029cc4-a02d-3c5f-b9b7-882f7010a10f"), "calendar", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "When the lab's working day starts (HH:mm, lab time); the calendar shades the hours outside", "calendar.business_hours_start", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"08:00\"", "string" },
                    { new Guid("6a37c4f6-9844-35ca-a60e-fe0ee8555fff"), "calendar", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "When the lab's working day ends (HH:mm, lab time)", "calendar.business_hours_end", new DateTimeOffset(new DateTime(2026, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)), "\"17:00\"", "string" }
                });
        }
    }
}
