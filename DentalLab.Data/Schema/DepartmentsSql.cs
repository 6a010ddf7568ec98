namespace DentalLab.Data.Schema;

/// <summary>Hand-written SQL of the departments module (called from its migration).</summary>
public static class DepartmentsSql
{
    /// <summary>
    /// Every cost booked against a department, one row each, dated in the lab's time zone: stock received for it
    /// (receipts booked to it, at quantity x unit cost), machines bought (purchase cost on the purchase date) and
    /// maintenance (its cost on the day it was done). A department's "spent" is the sum over its budget year.
    /// </summary>
    public const string CostBookingsView = """
        CREATE OR REPLACE VIEW department_cost_bookings AS
        WITH zone AS (
            SELECT COALESCE((SELECT s.value #>> '{}' FROM settings s WHERE s.key = 'lab.time_zone'), 'UTC') AS name
        )
        SELECT r.department_id,
               'stock'::text AS kind,
               (t.occurred_at AT TIME ZONE (SELECT name FROM zone))::date AS booked_on,
               round(t.quantity * COALESCE(t.unit_cost, i.unit_cost), 2)::numeric(12,2) AS amount,
               i.name || COALESCE(' (' || t.reference || ')', '') AS description,
               t.id AS source_id
        FROM department_stock_receipts r
        JOIN inventory_transactions t ON t.id = r.transaction_id AND t.type = 'in'
        JOIN inventory_items i ON i.id = t.item_id
        UNION ALL
        SELECT e.department_id, 'purchase', e.purchased_on, e.purchase_cost, e.name || COALESCE(' ' || e.model, ''), e.id
        FROM department_equipment e
        WHERE e.purchase_cost IS NOT NULL AND e.purchased_on IS NOT NULL AND e.deleted_at IS NULL
        UNION ALL
        SELECT e.department_id, 'maintenance', m.performed_on, m.cost, e.name || ': ' || m.kind, m.id
        FROM maintenance_log m
        JOIN department_equipment e ON e.id = m.equipment_id
        WHERE m.cost > 0;
        """;

    public const string DropCostBookingsView = "DROP VIEW IF EXISTS department_cost_bookings;";

    /// <summary>
    /// Keeps departments.budget_spent (read by the department_efficiency view) equal to the bookings of the calendar
    /// year that contains {0}: run after anything is booked. Parameter: the budget year's first day.
    /// </summary>
    public const string RefreshBudgetSpent = """
        UPDATE departments d
           SET budget_spent = COALESCE((SELECT sum(b.amount) FROM department_cost_bookings b
                                        WHERE b.department_id = d.id AND b.booked_on >= @year_start
                                          AND b.booked_on < (@year_start + interval '1 year')::date), 0)
         WHERE d.deleted_at IS NULL
        """;
}
