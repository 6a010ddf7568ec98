CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    migration_id character varying(150) NOT NULL,
    product_version character varying(32) NOT NULL,
    CONSTRAINT pk___ef_migrations_history PRIMARY KEY (migration_id)
);

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TYPE application_status AS ENUM ('pending', 'approved', 'rejected');
    CREATE TYPE appointment_type AS ENUM ('case_review', 'delivery', 'pickup', 'meeting', 'training', 'maintenance', 'other');
    CREATE TYPE audit_action AS ENUM ('insert', 'update', 'delete');
    CREATE TYPE case_status AS ENUM ('received', 'processing', 'designing', 'milling', 'qc', 'ready', 'delivered', 'cancelled', 'on_hold');
    CREATE TYPE conversation_type AS ENUM ('direct', 'group', 'case');
    CREATE TYPE dentist_status AS ENUM ('active', 'inactive', 'suspended');
    CREATE TYPE employment_type AS ENUM ('full_time', 'part_time', 'contract', 'temporary', 'intern');
    CREATE TYPE equipment_status AS ENUM ('active', 'maintenance', 'inactive', 'broken', 'decommissioned');
    CREATE TYPE inventory_category AS ENUM ('materials', 'tools', 'equipment', 'consumables', 'supplies');
    CREATE TYPE inventory_transaction_type AS ENUM ('in', 'out', 'adjustment', 'damage', 'write_off');
    CREATE TYPE invoice_status AS ENUM ('draft', 'sent', 'paid', 'overdue', 'cancelled', 'refunded');
    CREATE TYPE notification_type AS ENUM ('case_update', 'assignment', 'message', 'invoice', 'appointment', 'system', 'alert');
    CREATE TYPE payment_method AS ENUM ('credit_card', 'bank_transfer', 'check', 'cash', 'other');
    CREATE TYPE priority_level AS ENUM ('low', 'medium', 'high');
    CREATE TYPE procedure_type AS ENUM ('crown', 'bridge', 'implant', 'veneer', 'inlay', 'onlay', 'denture', 'partial_denture', 'night_guard', 'aligner', 'other');
    CREATE TYPE remake_payer AS ENUM ('lab', 'dentist', 'split');
    CREATE TYPE route_status AS ENUM ('planned', 'in_progress', 'completed', 'cancelled');
    CREATE TYPE shipment_status AS ENUM ('scheduled', 'in_transit', 'delivered', 'failed', 'cancelled');
    CREATE TYPE shipment_type AS ENUM ('pickup', 'delivery');
    CREATE TYPE urgency_level AS ENUM ('standard', 'rush', 'emergency');
    CREATE TYPE user_role AS ENUM ('admin', 'manager', 'technician', 'staff', 'dentist');
    CREATE TYPE workflow_stage_name AS ENUM ('receiving', 'impression_scan', 'design', 'milling', 'sintering', 'quality_control', 'delivery');
    CREATE TYPE workflow_status AS ENUM ('pending', 'in_progress', 'completed', 'blocked', 'on_hold', 'failed');
    CREATE EXTENSION IF NOT EXISTS pgcrypto;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE SEQUENCE case_number_seq START WITH 1 INCREMENT BY 1 NO CYCLE;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE SEQUENCE invoice_number_seq START WITH 1 INCREMENT BY 1 NO CYCLE;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE permissions (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        code character varying(100) NOT NULL,
        module character varying(50) NOT NULL,
        description character varying(300) NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_permissions PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE procedure_prices (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        procedure_type procedure_type NOT NULL,
        unit_price numeric(12,2) NOT NULL,
        rush_surcharge_percent numeric(5,2) NOT NULL,
        emergency_surcharge_percent numeric(5,2) NOT NULL,
        valid_from date NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_procedure_prices PRIMARY KEY (id),
        CONSTRAINT ck_procedure_prices_emergency_surcharge_not_negative CHECK (emergency_surcharge_percent >= 0),
        CONSTRAINT ck_procedure_prices_rush_surcharge_not_negative CHECK (rush_surcharge_percent >= 0),
        CONSTRAINT ck_procedure_prices_unit_price_not_negative CHECK (unit_price >= 0)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE roles (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        code user_role NOT NULL,
        description character varying(500) NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        name character varying(256),
        normalized_name character varying(256),
        concurrency_stamp text,
        CONSTRAINT pk_roles PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE settings (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        key character varying(100) NOT NULL,
        category character varying(50) NOT NULL,
        value_type character varying(20) NOT NULL,
        value jsonb NOT NULL,
        description character varying(300) NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_settings PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE suppliers (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        name character varying(200) NOT NULL,
        contact_name character varying(200),
        email character varying(256),
        phone character varying(50),
        address character varying(500),
        website character varying(300),
        rating smallint,
        lead_time_days integer,
        is_active boolean NOT NULL,
        notes character varying(4000),
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_suppliers PRIMARY KEY (id),
        CONSTRAINT ck_suppliers_lead_time_non_negative CHECK (lead_time_days IS NULL OR lead_time_days >= 0),
        CONSTRAINT ck_suppliers_rating_range CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE users (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        full_name character varying(200) NOT NULL,
        is_active boolean NOT NULL,
        deactivated_at timestamp with time zone,
        last_sign_in_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        deleted_at timestamp with time zone,
        user_name character varying(256),
        normalized_user_name character varying(256),
        email character varying(256) NOT NULL,
        normalized_email character varying(256) NOT NULL,
        email_confirmed boolean NOT NULL,
        password_hash text,
        security_stamp text,
        concurrency_stamp text,
        phone_number text,
        phone_number_confirmed boolean NOT NULL,
        two_factor_enabled boolean NOT NULL,
        lockout_end timestamp with time zone,
        lockout_enabled boolean NOT NULL,
        access_failed_count integer NOT NULL,
        CONSTRAINT pk_users PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE workflow_templates (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        procedure_type procedure_type NOT NULL,
        name character varying(100) NOT NULL,
        description character varying(500),
        turnaround_days integer NOT NULL,
        is_active boolean NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_workflow_templates PRIMARY KEY (id),
        CONSTRAINT ck_workflow_templates_name_not_empty CHECK (btrim(name) <> ''),
        CONSTRAINT ck_workflow_templates_turnaround_positive CHECK (turnaround_days > 0)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE role_claims (
        id integer GENERATED BY DEFAULT AS IDENTITY,
        role_id uuid NOT NULL,
        claim_type text,
        claim_value text,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_role_claims PRIMARY KEY (id),
        CONSTRAINT fk_role_claims_asp_net_roles_role_id FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE role_permissions (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        role_id uuid NOT NULL,
        permission_id uuid NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_role_permissions PRIMARY KEY (id),
        CONSTRAINT fk_role_permissions_permissions_permission_id FOREIGN KEY (permission_id) REFERENCES permissions (id) ON DELETE CASCADE,
        CONSTRAINT fk_role_permissions_roles_role_id FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE inventory_items (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        sku character varying(64) NOT NULL,
        name character varying(200) NOT NULL,
        description character varying(2000),
        category inventory_category NOT NULL,
        unit character varying(20) NOT NULL,
        quantity_on_hand numeric(12,3) NOT NULL,
        reorder_level numeric(12,3) NOT NULL,
        reorder_quantity numeric(12,3) NOT NULL,
        unit_cost numeric(12,2) NOT NULL,
        supplier_id uuid,
        location character varying(100),
        is_lot_tracked boolean NOT NULL,
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_inventory_items PRIMARY KEY (id),
        CONSTRAINT ck_inventory_items_quantity_on_hand_non_negative CHECK (quantity_on_hand >= 0),
        CONSTRAINT ck_inventory_items_reorder_level_non_negative CHECK (reorder_level >= 0),
        CONSTRAINT ck_inventory_items_reorder_quantity_non_negative CHECK (reorder_quantity >= 0),
        CONSTRAINT ck_inventory_items_unit_cost_non_negative CHECK (unit_cost >= 0),
        CONSTRAINT fk_inventory_items_suppliers_supplier_id FOREIGN KEY (supplier_id) REFERENCES suppliers (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE audit_log (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        table_name character varying(100) NOT NULL,
        record_id character varying(100) NOT NULL,
        action audit_action NOT NULL,
        old_values jsonb,
        new_values jsonb,
        user_id uuid,
        ip_address character varying(64),
        occurred_at timestamp with time zone NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_audit_log PRIMARY KEY (id),
        CONSTRAINT fk_audit_log_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE delivery_routes (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        name character varying(200) NOT NULL,
        route_date date NOT NULL,
        driver_id uuid,
        vehicle character varying(100),
        status route_status NOT NULL,
        started_at timestamp with time zone,
        completed_at timestamp with time zone,
        notes character varying(2000),
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_delivery_routes PRIMARY KEY (id),
        CONSTRAINT ck_delivery_routes_completed_after_started CHECK (completed_at IS NULL OR started_at IS NULL OR completed_at >= started_at),
        CONSTRAINT fk_delivery_routes_users_driver_id FOREIGN KEY (driver_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE dentist_profiles (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        user_id uuid,
        practice_name character varying(200) NOT NULL,
        dentist_name character varying(200) NOT NULL,
        license_number character varying(50) NOT NULL,
        license_region character varying(100) NOT NULL,
        email character varying(256) NOT NULL,
        phone character varying(50),
        billing_email character varying(256),
        address_line1 character varying(200),
        address_line2 character varying(200),
        city character varying(100),
        region character varying(100),
        postal_code character varying(20),
        country character varying(100),
        status dentist_status NOT NULL,
        discount_percent numeric(5,2) NOT NULL,
        notes character varying(2000),
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_dentist_profiles PRIMARY KEY (id),
        CONSTRAINT ck_dentist_profiles_billing_email CHECK (billing_email IS NULL OR position('@' in billing_email) > 1),
        CONSTRAINT ck_dentist_profiles_discount_percent_range CHECK (discount_percent >= 0 AND discount_percent <= 100),
        CONSTRAINT ck_dentist_profiles_email CHECK (position('@' in email) > 1),
        CONSTRAINT ck_dentist_profiles_names_not_empty CHECK (btrim(practice_name) <> '' AND btrim(dentist_name) <> ''),
        CONSTRAINT fk_dentist_profiles_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE departments (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        name character varying(100) NOT NULL,
        code character varying(16) NOT NULL,
        description character varying(1000),
        manager_id uuid,
        budget numeric(12,2) NOT NULL,
        budget_spent numeric(12,2) NOT NULL,
        stage workflow_stage_name,
        is_active boolean NOT NULL,
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_departments PRIMARY KEY (id),
        CONSTRAINT ck_departments_budget_non_negative CHECK (budget >= 0),
        CONSTRAINT ck_departments_budget_spent_non_negative CHECK (budget_spent >= 0),
        CONSTRAINT ck_departments_code_not_blank CHECK (length(btrim(code)) > 0),
        CONSTRAINT fk_departments_users_manager_id FOREIGN KEY (manager_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE notifications (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        user_id uuid NOT NULL,
        type notification_type NOT NULL,
        title character varying(200) NOT NULL,
        body character varying(2000),
        link character varying(500),
        data jsonb,
        read_at timestamp with time zone,
        emailed_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_notifications PRIMARY KEY (id),
        CONSTRAINT ck_notifications_link_relative CHECK (link IS NULL OR left(link, 1) = '/'),
        CONSTRAINT fk_notifications_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE password_reset_tokens (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        user_id uuid NOT NULL,
        token_hash character varying(64) NOT NULL,
        expires_at timestamp with time zone NOT NULL,
        used_at timestamp with time zone,
        requested_from_ip character varying(64),
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_password_reset_tokens PRIMARY KEY (id),
        CONSTRAINT ck_password_reset_tokens_expires_after_created CHECK (expires_at > created_at),
        CONSTRAINT fk_password_reset_tokens_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE sessions (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        user_id uuid NOT NULL,
        last_seen_at timestamp with time zone NOT NULL,
        expires_at timestamp with time zone NOT NULL,
        revoked_at timestamp with time zone,
        revoked_reason character varying(200),
        ip_address character varying(64),
        user_agent character varying(500),
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_sessions PRIMARY KEY (id),
        CONSTRAINT ck_sessions_expires_after_created CHECK (expires_at > created_at),
        CONSTRAINT fk_sessions_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE user_claims (
        id integer GENERATED BY DEFAULT AS IDENTITY,
        user_id uuid NOT NULL,
        claim_type text,
        claim_value text,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_user_claims PRIMARY KEY (id),
        CONSTRAINT fk_user_claims_asp_net_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE user_logins (
        login_provider text NOT NULL,
        provider_key text NOT NULL,
        provider_display_name text,
        user_id uuid NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_user_logins PRIMARY KEY (login_provider, provider_key),
        CONSTRAINT fk_user_logins_asp_net_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE user_roles (
        user_id uuid NOT NULL,
        role_id uuid NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_user_roles PRIMARY KEY (user_id, role_id),
        CONSTRAINT fk_user_roles_roles_role_id FOREIGN KEY (role_id) REFERENCES roles (id) ON DELETE RESTRICT,
        CONSTRAINT fk_user_roles_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE user_tokens (
        user_id uuid NOT NULL,
        login_provider text NOT NULL,
        name text NOT NULL,
        value text,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_user_tokens PRIMARY KEY (user_id, login_provider, name),
        CONSTRAINT fk_user_tokens_asp_net_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE workflow_template_stages (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        template_id uuid NOT NULL,
        stage workflow_stage_name NOT NULL,
        position integer NOT NULL,
        expected_hours numeric(6,2) NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_workflow_template_stages PRIMARY KEY (id),
        CONSTRAINT ck_workflow_template_stages_expected_hours_not_negative CHECK (expected_hours >= 0),
        CONSTRAINT ck_workflow_template_stages_position_positive CHECK (position >= 1),
        CONSTRAINT fk_workflow_template_stages_workflow_templates_template_id FOREIGN KEY (template_id) REFERENCES workflow_templates (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE material_lots (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        item_id uuid NOT NULL,
        supplier_id uuid,
        lot_number character varying(100) NOT NULL,
        received_on date NOT NULL,
        expires_on date,
        quantity_received numeric(12,3) NOT NULL,
        quantity_remaining numeric(12,3) NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_material_lots PRIMARY KEY (id),
        CONSTRAINT ck_material_lots_expires_after_received CHECK (expires_on IS NULL OR expires_on >= received_on),
        CONSTRAINT ck_material_lots_quantity_received_positive CHECK (quantity_received > 0),
        CONSTRAINT ck_material_lots_quantity_remaining_range CHECK (quantity_remaining >= 0 AND quantity_remaining <= quantity_received),
        CONSTRAINT fk_material_lots_inventory_items_item_id FOREIGN KEY (item_id) REFERENCES inventory_items (id) ON DELETE CASCADE,
        CONSTRAINT fk_material_lots_suppliers_supplier_id FOREIGN KEY (supplier_id) REFERENCES suppliers (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE cases (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        case_number character varying(20) NOT NULL DEFAULT ('DL-' || to_char(now(), 'YYYY') || '-' || to_char(nextval('case_number_seq'), 'FM999999000000')),
        dentist_id uuid NOT NULL,
        patient_name character varying(200),
        patient_code character varying(50),
        procedure_type procedure_type NOT NULL,
        teeth smallint[] NOT NULL,
        bridge_spans character varying(100),
        shade character varying(10),
        material character varying(100),
        units integer NOT NULL,
        urgency urgency_level NOT NULL,
        priority priority_level NOT NULL,
        status case_status NOT NULL,
        current_stage workflow_stage_name,
        received_at timestamp with time zone NOT NULL,
        due_date date NOT NULL,
        due_date_override_reason character varying(500),
        instructions text,
        parent_case_id uuid,
        remake_reason character varying(500),
        remake_payer remake_payer,
        hold_reason character varying(500),
        cancel_reason character varying(500),
        cancelled_at timestamp with time zone,
        shipped_at timestamp with time zone,
        delivered_at timestamp with time zone,
        created_by_id uuid,
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_cases PRIMARY KEY (id),
        CONSTRAINT ck_cases_bridge_spans_format CHECK (bridge_spans IS NULL OR bridge_spans ~ '^[1-4][1-8]-[1-4][1-8](,[1-4][1-8]-[1-4][1-8])*$'),
        CONSTRAINT ck_cases_cancel_reason CHECK (status <> 'cancelled' OR cancel_reason IS NOT NULL),
        CONSTRAINT ck_cases_delivered_after_shipped CHECK (delivered_at IS NULL OR shipped_at IS NULL OR delivered_at >= shipped_at),
        CONSTRAINT ck_cases_hold_reason CHECK (status <> 'on_hold' OR hold_reason IS NOT NULL),
        CONSTRAINT ck_cases_not_own_parent CHECK (parent_case_id <> id),
        CONSTRAINT ck_cases_patient_identified CHECK (coalesce(btrim(patient_name), '') <> '' OR coalesce(btrim(patient_code), '') <> ''),
        CONSTRAINT ck_cases_remake_reason CHECK (parent_case_id IS NULL OR (remake_reason IS NOT NULL AND remake_payer IS NOT NULL)),
        CONSTRAINT ck_cases_teeth_fdi CHECK (teeth <@ ARRAY[11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 27, 28, 31, 32, 33, 34, 35, 36, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48]::smallint[]),
        CONSTRAINT ck_cases_units_positive CHECK (units > 0),
        CONSTRAINT fk_cases_cases_parent_case_id FOREIGN KEY (parent_case_id) REFERENCES cases (id) ON DELETE SET NULL,
        CONSTRAINT fk_cases_dentist_profiles_dentist_id FOREIGN KEY (dentist_id) REFERENCES dentist_profiles (id) ON DELETE RESTRICT,
        CONSTRAINT fk_cases_users_created_by_id FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE dentist_applications (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        practice_name character varying(200) NOT NULL,
        dentist_name character varying(200) NOT NULL,
        license_number character varying(50) NOT NULL,
        license_region character varying(100) NOT NULL,
        email character varying(256) NOT NULL,
        phone character varying(50),
        address_line1 character varying(200),
        address_line2 character varying(200),
        city character varying(100),
        region character varying(100),
        postal_code character varying(20),
        country character varying(100),
        expected_monthly_volume integer,
        message character varying(4000),
        status application_status NOT NULL,
        reviewed_by_id uuid,
        reviewed_at timestamp with time zone,
        rejection_reason character varying(1000),
        created_dentist_id uuid,
        submitted_from_ip character varying(64),
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_dentist_applications PRIMARY KEY (id),
        CONSTRAINT ck_dentist_applications_email_lower_case CHECK (email = lower(email) AND position('@' in email) > 1),
        CONSTRAINT ck_dentist_applications_names_not_empty CHECK (btrim(practice_name) <> '' AND btrim(dentist_name) <> ''),
        CONSTRAINT ck_dentist_applications_rejection_reason CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL),
        CONSTRAINT ck_dentist_applications_reviewed CHECK (status = 'pending' OR (reviewed_at IS NOT NULL)),
        CONSTRAINT ck_dentist_applications_volume_not_negative CHECK (expected_monthly_volume >= 0),
        CONSTRAINT fk_dentist_applications_dentist_profiles_created_dentist_id FOREIGN KEY (created_dentist_id) REFERENCES dentist_profiles (id) ON DELETE SET NULL,
        CONSTRAINT fk_dentist_applications_users_reviewed_by_id FOREIGN KEY (reviewed_by_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE invoices (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        invoice_number character varying(24) NOT NULL DEFAULT ('INV-' || to_char(now(), 'YYYY') || '-' || to_char(nextval('invoice_number_seq'), 'FM9999999900000')),
        dentist_id uuid NOT NULL,
        status invoice_status NOT NULL,
        issue_date date NOT NULL,
        due_date date NOT NULL,
        subtotal numeric(12,2) NOT NULL,
        discount_amount numeric(12,2) NOT NULL,
        tax_rate numeric(6,4) NOT NULL,
        tax_amount numeric(12,2) NOT NULL,
        total numeric(12,2) NOT NULL,
        amount_paid numeric(12,2) NOT NULL,
        sent_at timestamp with time zone,
        paid_at timestamp with time zone,
        cancelled_at timestamp with time zone,
        cancel_reason character varying(500),
        refunded_at timestamp with time zone,
        refund_reason character varying(500),
        pdf_sha256 character varying(64),
        notes character varying(2000),
        created_by_id uuid,
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_invoices PRIMARY KEY (id),
        CONSTRAINT ck_invoices_amount_paid_within_total CHECK (amount_paid <= total),
        CONSTRAINT ck_invoices_cancel_reason CHECK (status <> 'cancelled' OR (cancelled_at IS NOT NULL AND cancel_reason IS NOT NULL)),
        CONSTRAINT ck_invoices_discount_within_subtotal CHECK (discount_amount <= subtotal),
        CONSTRAINT ck_invoices_due_after_issue CHECK (due_date >= issue_date),
        CONSTRAINT ck_invoices_money_not_negative CHECK (subtotal >= 0 AND discount_amount >= 0 AND tax_amount >= 0 AND total >= 0 AND amount_paid >= 0),
        CONSTRAINT ck_invoices_paid_in_full CHECK (status <> 'paid' OR amount_paid = total),
        CONSTRAINT ck_invoices_pdf_sha256_hex CHECK (pdf_sha256 IS NULL OR pdf_sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT ck_invoices_refund_reason CHECK (status <> 'refunded' OR (refunded_at IS NOT NULL AND refund_reason IS NOT NULL)),
        CONSTRAINT ck_invoices_tax_rate_fraction CHECK (tax_rate >= 0 AND tax_rate < 1),
        CONSTRAINT ck_invoices_total_sums CHECK (total = subtotal - discount_amount + tax_amount),
        CONSTRAINT fk_invoices_dentist_profiles_dentist_id FOREIGN KEY (dentist_id) REFERENCES dentist_profiles (id) ON DELETE RESTRICT,
        CONSTRAINT fk_invoices_users_created_by_id FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE department_equipment (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        department_id uuid NOT NULL,
        name character varying(200) NOT NULL,
        serial_number character varying(100),
        model character varying(100),
        manufacturer character varying(100),
        status equipment_status NOT NULL,
        purchased_on date,
        purchase_cost numeric(12,2),
        last_maintenance_on date,
        next_maintenance_on date,
        warranty_until date,
        notes character varying(4000),
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_department_equipment PRIMARY KEY (id),
        CONSTRAINT ck_department_equipment_next_after_last_maintenance CHECK (next_maintenance_on IS NULL OR last_maintenance_on IS NULL OR next_maintenance_on >= last_maintenance_on),
        CONSTRAINT ck_department_equipment_purchase_cost_non_negative CHECK (purchase_cost IS NULL OR purchase_cost >= 0),
        CONSTRAINT fk_department_equipment_departments_department_id FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE staff_profiles (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        user_id uuid NOT NULL,
        department_id uuid,
        employee_number character varying(32) NOT NULL,
        job_title character varying(100) NOT NULL,
        employment_type employment_type NOT NULL,
        hired_on date NOT NULL,
        hourly_rate numeric(12,2),
        skills jsonb NOT NULL,
        certifications jsonb,
        emergency_contact character varying(300),
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_staff_profiles PRIMARY KEY (id),
        CONSTRAINT ck_staff_profiles_certifications_array CHECK (certifications IS NULL OR jsonb_typeof(certifications) = 'array'),
        CONSTRAINT ck_staff_profiles_hourly_rate_non_negative CHECK (hourly_rate IS NULL OR hourly_rate >= 0),
        CONSTRAINT ck_staff_profiles_skills_array CHECK (jsonb_typeof(skills) = 'array'),
        CONSTRAINT fk_staff_profiles_departments_department_id FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE SET NULL,
        CONSTRAINT fk_staff_profiles_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE appointments (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        title character varying(200) NOT NULL,
        type appointment_type NOT NULL,
        starts_at timestamp with time zone NOT NULL,
        ends_at timestamp with time zone NOT NULL,
        all_day boolean NOT NULL,
        location character varying(200),
        description character varying(4000),
        case_id uuid,
        dentist_id uuid,
        department_id uuid,
        organizer_id uuid,
        attendee_ids jsonb NOT NULL,
        is_cancelled boolean NOT NULL,
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_appointments PRIMARY KEY (id),
        CONSTRAINT ck_appointments_attendee_ids_array CHECK (jsonb_typeof(attendee_ids) = 'array'),
        CONSTRAINT ck_appointments_ends_after_starts CHECK (ends_at > starts_at),
        CONSTRAINT fk_appointments_cases_case_id FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE SET NULL,
        CONSTRAINT fk_appointments_dentist_profiles_dentist_id FOREIGN KEY (dentist_id) REFERENCES dentist_profiles (id) ON DELETE SET NULL,
        CONSTRAINT fk_appointments_departments_department_id FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE SET NULL,
        CONSTRAINT fk_appointments_users_organizer_id FOREIGN KEY (organizer_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE case_files (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        case_id uuid NOT NULL,
        original_file_name character varying(255) NOT NULL,
        stored_name character varying(100) NOT NULL,
        content_type character varying(100) NOT NULL,
        size_bytes bigint NOT NULL,
        kind character varying(20) NOT NULL,
        sha256 character varying(64) NOT NULL,
        uploaded_by_id uuid,
        visible_to_dentist boolean NOT NULL DEFAULT FALSE,
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_case_files PRIMARY KEY (id),
        CONSTRAINT ck_case_files_kind CHECK (kind IN ('scan', 'photo', 'document')),
        CONSTRAINT ck_case_files_original_file_name_not_empty CHECK (btrim(original_file_name) <> ''),
        CONSTRAINT ck_case_files_sha256_hex CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        CONSTRAINT ck_case_files_size_positive CHECK (size_bytes > 0),
        CONSTRAINT fk_case_files_cases_case_id FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE,
        CONSTRAINT fk_case_files_users_uploaded_by_id FOREIGN KEY (uploaded_by_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE case_materials (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        case_id uuid NOT NULL,
        item_id uuid NOT NULL,
        lot_id uuid,
        quantity numeric(12,3) NOT NULL,
        recorded_by_id uuid,
        notes character varying(500),
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_case_materials PRIMARY KEY (id),
        CONSTRAINT ck_case_materials_quantity_positive CHECK (quantity > 0),
        CONSTRAINT fk_case_materials_cases_case_id FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE,
        CONSTRAINT fk_case_materials_inventory_items_item_id FOREIGN KEY (item_id) REFERENCES inventory_items (id) ON DELETE RESTRICT,
        CONSTRAINT fk_case_materials_material_lots_lot_id FOREIGN KEY (lot_id) REFERENCES material_lots (id) ON DELETE RESTRICT,
        CONSTRAINT fk_case_materials_users_recorded_by_id FOREIGN KEY (recorded_by_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE case_notes (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        case_id uuid NOT NULL,
        author_id uuid,
        body text NOT NULL,
        visible_to_dentist boolean NOT NULL DEFAULT FALSE,
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_case_notes PRIMARY KEY (id),
        CONSTRAINT ck_case_notes_body_not_empty CHECK (btrim(body) <> ''),
        CONSTRAINT fk_case_notes_cases_case_id FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE,
        CONSTRAINT fk_case_notes_users_author_id FOREIGN KEY (author_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE conversations (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        type conversation_type NOT NULL,
        title character varying(200),
        case_id uuid,
        created_by_id uuid,
        last_message_at timestamp with time zone,
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_conversations PRIMARY KEY (id),
        CONSTRAINT ck_conversations_case_has_case_id CHECK (type <> 'case' OR case_id IS NOT NULL),
        CONSTRAINT ck_conversations_group_has_title CHECK (type <> 'group' OR (title IS NOT NULL AND length(btrim(title)) > 0)),
        CONSTRAINT fk_conversations_cases_case_id FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE,
        CONSTRAINT fk_conversations_users_created_by_id FOREIGN KEY (created_by_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE inventory_transactions (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        item_id uuid NOT NULL,
        type inventory_transaction_type NOT NULL,
        quantity numeric(12,3) NOT NULL,
        quantity_after numeric(12,3) NOT NULL,
        unit_cost numeric(12,2),
        lot_id uuid,
        case_id uuid,
        reference character varying(100),
        reason character varying(500),
        performed_by_id uuid,
        occurred_at timestamp with time zone NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_inventory_transactions PRIMARY KEY (id),
        CONSTRAINT ck_inventory_transactions_quantity_after_non_negative CHECK (quantity_after >= 0),
        CONSTRAINT ck_inventory_transactions_quantity_non_zero CHECK (quantity <> 0),
        CONSTRAINT ck_inventory_transactions_unit_cost_non_negative CHECK (unit_cost IS NULL OR unit_cost >= 0),
        CONSTRAINT fk_inventory_transactions_cases_case_id FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE SET NULL,
        CONSTRAINT fk_inventory_transactions_inventory_items_item_id FOREIGN KEY (item_id) REFERENCES inventory_items (id) ON DELETE RESTRICT,
        CONSTRAINT fk_inventory_transactions_material_lots_lot_id FOREIGN KEY (lot_id) REFERENCES material_lots (id) ON DELETE SET NULL,
        CONSTRAINT fk_inventory_transactions_users_performed_by_id FOREIGN KEY (performed_by_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE shipments (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        tracking_number character varying(100),
        type shipment_type NOT NULL,
        status shipment_status NOT NULL,
        case_id uuid,
        dentist_id uuid NOT NULL,
        scheduled_for date NOT NULL,
        picked_up_at timestamp with time zone,
        delivered_at timestamp with time zone,
        carrier character varying(100),
        address_line1 character varying(200) NOT NULL,
        address_line2 character varying(200),
        city character varying(100) NOT NULL,
        region character varying(100),
        postal_code character varying(20),
        country character varying(100),
        recipient_name character varying(200),
        proof_of_delivery character varying(500),
        proof_photo_path character varying(300),
        notes character varying(2000),
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_shipments PRIMARY KEY (id),
        CONSTRAINT ck_shipments_delivered_after_picked_up CHECK (delivered_at IS NULL OR picked_up_at IS NULL OR delivered_at >= picked_up_at),
        CONSTRAINT ck_shipments_delivered_has_time CHECK (status <> 'delivered' OR delivered_at IS NOT NULL),
        CONSTRAINT fk_shipments_cases_case_id FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE SET NULL,
        CONSTRAINT fk_shipments_dentist_profiles_dentist_id FOREIGN KEY (dentist_id) REFERENCES dentist_profiles (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE workflow_stages (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        case_id uuid NOT NULL,
        stage workflow_stage_name NOT NULL,
        position integer NOT NULL,
        attempt integer NOT NULL DEFAULT 1,
        status workflow_status NOT NULL,
        assigned_to_id uuid,
        started_at timestamp with time zone,
        completed_at timestamp with time zone,
        completed_by_id uuid,
        expected_hours numeric(6,2) NOT NULL,
        block_reason character varying(500),
        hold_reason character varying(500),
        qc_failed_reason character varying(500),
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_workflow_stages PRIMARY KEY (id),
        CONSTRAINT ck_workflow_stages_attempt_positive CHECK (attempt >= 1),
        CONSTRAINT ck_workflow_stages_block_reason CHECK (status <> 'blocked' OR block_reason IS NOT NULL),
        CONSTRAINT ck_workflow_stages_completed CHECK (status <> 'completed' OR completed_at IS NOT NULL),
        CONSTRAINT ck_workflow_stages_completed_after_started CHECK (completed_at IS NULL OR started_at IS NULL OR completed_at >= started_at),
        CONSTRAINT ck_workflow_stages_expected_hours_not_negative CHECK (expected_hours >= 0),
        CONSTRAINT ck_workflow_stages_failed_reason CHECK (status <> 'failed' OR qc_failed_reason IS NOT NULL),
        CONSTRAINT ck_workflow_stages_hold_reason CHECK (status <> 'on_hold' OR hold_reason IS NOT NULL),
        CONSTRAINT ck_workflow_stages_position_positive CHECK (position >= 1),
        CONSTRAINT ck_workflow_stages_started CHECK (status NOT IN ('in_progress', 'completed') OR started_at IS NOT NULL),
        CONSTRAINT fk_workflow_stages_cases_case_id FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE CASCADE,
        CONSTRAINT fk_workflow_stages_users_assigned_to_id FOREIGN KEY (assigned_to_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT fk_workflow_stages_users_completed_by_id FOREIGN KEY (completed_by_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE invoice_items (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        invoice_id uuid NOT NULL,
        case_id uuid,
        description character varying(500) NOT NULL,
        procedure_type procedure_type,
        teeth smallint[],
        quantity numeric(10,2) NOT NULL,
        unit_price numeric(12,2) NOT NULL,
        amount numeric(12,2) NOT NULL,
        position integer NOT NULL,
        is_voided boolean NOT NULL DEFAULT FALSE,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_invoice_items PRIMARY KEY (id),
        CONSTRAINT ck_invoice_items_amount_not_negative CHECK (amount >= 0),
        CONSTRAINT ck_invoice_items_description_not_empty CHECK (btrim(description) <> ''),
        CONSTRAINT ck_invoice_items_position_positive CHECK (position >= 1),
        CONSTRAINT ck_invoice_items_quantity_positive CHECK (quantity > 0),
        CONSTRAINT ck_invoice_items_teeth_fdi CHECK (teeth <@ ARRAY[11, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 27, 28, 31, 32, 33, 34, 35, 36, 37, 38, 41, 42, 43, 44, 45, 46, 47, 48]::smallint[]),
        CONSTRAINT ck_invoice_items_unit_price_not_negative CHECK (unit_price >= 0),
        CONSTRAINT fk_invoice_items_cases_case_id FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE SET NULL,
        CONSTRAINT fk_invoice_items_invoices_invoice_id FOREIGN KEY (invoice_id) REFERENCES invoices (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE payments (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        invoice_id uuid NOT NULL,
        kind character varying(10) NOT NULL,
        amount numeric(12,2) NOT NULL,
        method payment_method NOT NULL,
        paid_on date NOT NULL,
        reference character varying(100),
        notes character varying(1000),
        recorded_by_id uuid,
        deleted_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_payments PRIMARY KEY (id),
        CONSTRAINT ck_payments_amount_positive CHECK (amount > 0),
        CONSTRAINT ck_payments_kind CHECK (kind IN ('payment', 'refund')),
        CONSTRAINT fk_payments_invoices_invoice_id FOREIGN KEY (invoice_id) REFERENCES invoices (id) ON DELETE RESTRICT,
        CONSTRAINT fk_payments_users_recorded_by_id FOREIGN KEY (recorded_by_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE performance_reviews (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        staff_id uuid NOT NULL,
        reviewer_id uuid,
        period_start date NOT NULL,
        period_end date NOT NULL,
        rating smallint NOT NULL,
        quality_score smallint,
        productivity_score smallint,
        strengths character varying(4000),
        improvements character varying(4000),
        goals character varying(4000),
        comments character varying(4000),
        reviewed_on date NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_performance_reviews PRIMARY KEY (id),
        CONSTRAINT ck_performance_reviews_period_range CHECK (period_end >= period_start),
        CONSTRAINT ck_performance_reviews_productivity_score_range CHECK (productivity_score IS NULL OR productivity_score BETWEEN 1 AND 5),
        CONSTRAINT ck_performance_reviews_quality_score_range CHECK (quality_score IS NULL OR quality_score BETWEEN 1 AND 5),
        CONSTRAINT ck_performance_reviews_rating_range CHECK (rating BETWEEN 1 AND 5),
        CONSTRAINT fk_performance_reviews_staff_profiles_staff_id FOREIGN KEY (staff_id) REFERENCES staff_profiles (id) ON DELETE CASCADE,
        CONSTRAINT fk_performance_reviews_users_reviewer_id FOREIGN KEY (reviewer_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE staff_schedules (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        staff_id uuid NOT NULL,
        day_of_week smallint NOT NULL,
        start_time time without time zone NOT NULL,
        end_time time without time zone NOT NULL,
        effective_from date NOT NULL,
        effective_to date,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_staff_schedules PRIMARY KEY (id),
        CONSTRAINT ck_staff_schedules_day_of_week_range CHECK (day_of_week BETWEEN 0 AND 6),
        CONSTRAINT ck_staff_schedules_effective_range CHECK (effective_to IS NULL OR effective_to >= effective_from),
        CONSTRAINT ck_staff_schedules_end_after_start CHECK (end_time > start_time),
        CONSTRAINT fk_staff_schedules_staff_profiles_staff_id FOREIGN KEY (staff_id) REFERENCES staff_profiles (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE messages (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        conversation_id uuid NOT NULL,
        sender_id uuid NOT NULL,
        body text NOT NULL,
        sent_at timestamp with time zone NOT NULL,
        edited_at timestamp with time zone,
        deleted_at timestamp with time zone,
        reply_to_id uuid,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_messages PRIMARY KEY (id),
        CONSTRAINT ck_messages_body_not_empty CHECK (length(body) > 0),
        CONSTRAINT ck_messages_edited_after_sent CHECK (edited_at IS NULL OR edited_at >= sent_at),
        CONSTRAINT fk_messages_conversations_conversation_id FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE CASCADE,
        CONSTRAINT fk_messages_messages_reply_to_id FOREIGN KEY (reply_to_id) REFERENCES messages (id) ON DELETE SET NULL,
        CONSTRAINT fk_messages_users_sender_id FOREIGN KEY (sender_id) REFERENCES users (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE route_stops (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        route_id uuid NOT NULL,
        shipment_id uuid,
        case_id uuid,
        sequence integer NOT NULL,
        address character varying(500) NOT NULL,
        contact_name character varying(200),
        phone character varying(50),
        planned_at timestamp with time zone,
        arrived_at timestamp with time zone,
        completed_at timestamp with time zone,
        status shipment_status NOT NULL,
        proof_of_delivery character varying(500),
        notes character varying(2000),
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_route_stops PRIMARY KEY (id),
        CONSTRAINT ck_route_stops_completed_after_arrived CHECK (completed_at IS NULL OR arrived_at IS NULL OR completed_at >= arrived_at),
        CONSTRAINT ck_route_stops_sequence_positive CHECK (sequence > 0),
        CONSTRAINT fk_route_stops_cases_case_id FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE SET NULL,
        CONSTRAINT fk_route_stops_delivery_routes_route_id FOREIGN KEY (route_id) REFERENCES delivery_routes (id) ON DELETE CASCADE,
        CONSTRAINT fk_route_stops_shipments_shipment_id FOREIGN KEY (shipment_id) REFERENCES shipments (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE TABLE conversation_participants (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        conversation_id uuid NOT NULL,
        user_id uuid NOT NULL,
        joined_at timestamp with time zone NOT NULL,
        left_at timestamp with time zone,
        last_read_at timestamp with time zone,
        last_read_message_id uuid,
        is_admin boolean NOT NULL,
        muted boolean NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_conversation_participants PRIMARY KEY (id),
        CONSTRAINT ck_conversation_participants_left_after_joined CHECK (left_at IS NULL OR left_at >= joined_at),
        CONSTRAINT fk_conversation_participants_conversations_conversation_id FOREIGN KEY (conversation_id) REFERENCES conversations (id) ON DELETE CASCADE,
        CONSTRAINT fk_conversation_participants_messages_last_read_message_id FOREIGN KEY (last_read_message_id) REFERENCES messages (id) ON DELETE SET NULL,
        CONSTRAINT fk_conversation_participants_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('01ef0c90-c39b-3f6c-a07a-f050a961b8b4', 'applications.review', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Approve or reject partner applications', 'dentists', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('023de78a-e931-39a2-b9a3-1f90ef0606d3', 'roles.manage', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Edit which permissions each role has', 'access', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('044b6e68-8fd8-3881-98ea-4fac0966c868', 'dentists.view', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'See dentists and their metrics', 'dentists', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('0b876ae0-ec76-3ab9-9f26-c7d7ecd67943', 'settings.manage', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Edit lab settings', 'settings', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('1326b720-aae3-3ef0-8512-ca3c45c9972f', 'staff.reviews', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Write performance reviews', 'staff', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('1a95bbb7-ce06-3c05-a0b7-40b58b02ca62', 'logistics.drive', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Drive routes and record proof of delivery', 'logistics', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('1da9dfa6-92a1-3fb1-acd8-467a9bb3de37', 'cases.view', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'See cases and their details', 'cases', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('1f8bb2b5-3f9e-3b4a-b115-c5586c587334', 'calendar.view', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'See the calendar', 'calendar', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('20e087b2-f2b0-332b-be8e-d97ba2107e7a', 'audit.view', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Read the audit log', 'settings', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('231cdcf1-cbe7-3145-bc36-ec9605302e49', 'staff.manage', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Manage staff profiles', 'staff', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('2920cfa5-aecf-3e3e-9a67-2a68d1c50bed', 'reports.export', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Export reports as CSV', 'reports', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('31ebdb90-107f-36c3-8b48-c8e845110cda', 'cases.edit', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Edit cases, put them on hold, cancel them, create remakes', 'cases', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('35ef7b41-dea1-394d-a2ce-3ceba7def4ba', 'logistics.manage', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Plan shipments and routes', 'logistics', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('3d791ccf-4f59-3fca-bf4b-2a132d3e977a', 'payments.record', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Record payments', 'billing', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('61ffa3d6-df53-312c-af2c-1012876df1be', 'notifications.broadcast', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Send system notices to everyone or a role', 'communications', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('67921585-06b6-381e-a794-5d0b9e12bad8', 'calendar.manage', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Create and edit appointments', 'calendar', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('6c8b4743-4ef0-3afd-adb0-98a4ca089dfc', 'logistics.view', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'See shipments and routes', 'logistics', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('6fd27652-4bc5-3eef-af1a-6afa48852149', 'departments.view', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'See departments and equipment', 'departments', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('77ffe17c-c7d5-3425-ad09-3d5b31ac5d69', 'dentists.manage', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Edit and deactivate dentists', 'dentists', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('7b2be668-2ea5-3522-bf00-03473b0f45a3', 'workflow.advance', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Complete, block, hold and resume stages', 'workflow', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('7fa2b98f-3838-3042-a1c9-03e60c8b59b2', 'equipment.manage', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Manage equipment and maintenance', 'departments', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('8b506131-74f8-3d41-880a-4289bc2328a2', 'billing.prices', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Edit the price list and dentist discounts', 'billing', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('8ec5c2bc-2d1d-3bbb-b3b6-000b8c3931dc', 'workflow.view', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'See the production board', 'workflow', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('91f47c34-fe8c-3612-8e8c-9cf4682d0489', 'workflow.assign', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Assign technicians to stages', 'workflow', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('99055c31-62e6-37f3-9c5b-4971e14787f4', 'departments.manage', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Manage departments and budgets', 'departments', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('a1d025bf-e412-38a6-931a-495fb07d6945', 'invoices.manage', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Create, send, cancel and refund invoices', 'billing', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('a5eecbfc-ead5-3e72-9c98-72834b438675', 'schedules.manage', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Edit weekly schedules', 'staff', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('ae774df6-efce-3cbb-8b86-6dae8a87cf21', 'workflow.templates', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Edit workflow templates', 'workflow', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('af05123d-f2eb-3e6a-a238-28cb6fcd1614', 'suppliers.manage', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Manage suppliers', 'inventory', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('b4dbddeb-037c-38fb-8e54-18fbe01b7c52', 'cases.create', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Log new cases', 'cases', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('bccbc8af-b5cf-3b83-939c-f2cab80b4252', 'users.manage', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Create users, change roles, deactivate, reset passwords', 'access', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('be6cb41a-a4da-3817-87ee-bf190261b0dc', 'staff.view', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'See staff profiles and schedules', 'staff', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('c4f75d70-2119-381c-a8a5-d43f6b988fc1', 'inventory.transact', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Book stock in and out', 'inventory', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('d686d25e-f4ec-3fc2-9b8d-e0e63af70243', 'reports.view', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'See reports and analytics', 'reports', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('d97e1e71-bdc7-3e8e-b110-685164432b57', 'cases.delete', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Delete cases (soft delete)', 'cases', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('ec815566-744e-3870-b200-a52d0e198b2a', 'messages.use', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Use conversations and messages', 'communications', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('edc632e4-6a0e-3c88-a2dd-6f5565b26266', 'inventory.view', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'See stock', 'inventory', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('efcd93a5-20ad-3437-b083-e0f001517388', 'invoices.view', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'See invoices and statements', 'billing', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('f9243c85-b1b6-351f-bae2-623312e715b7', 'cases.notes', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Write case notes', 'cases', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('feeb5173-0188-326f-bc5c-2946fbe725c0', 'cases.files', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Upload and download case files', 'cases', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('ff46b811-100b-389c-8950-8953fdd713d7', 'inventory.manage', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Create and edit inventory items', 'inventory', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO permissions (id, code, created_at, description, module, updated_at)
    VALUES ('ff8fa363-dc60-3c4e-ba14-0043bac2c686', 'portal.access', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Use the dentist portal', 'portal', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    INSERT INTO procedure_prices (id, created_at, emergency_surcharge_percent, procedure_type, rush_surcharge_percent, unit_price, updated_at, valid_from)
    VALUES ('2fd4a11e-4ed9-36ea-a83a-bd55dadeb552', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 50.0, 'implant'::procedure_type, 25.0, 325.0, TIMESTAMPTZ '2026-01-01T00:00:00+00:00', DATE '2026-01-01');
    INSERT INTO procedure_prices (id, created_at, emergency_surcharge_percent, procedure_type, rush_surcharge_percent, unit_price, updated_at, valid_from)
    VALUES ('30d50ad5-c6ef-38e4-9d1d-f6a2e73b93fb', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 50.0, 'veneer'::procedure_type, 25.0, 165.0, TIMESTAMPTZ '2026-01-01T00:00:00+00:00', DATE '2026-01-01');
    INSERT INTO procedure_prices (id, created_at, emergency_surcharge_percent, procedure_type, rush_surcharge_percent, unit_price, updated_at, valid_from)
    VALUES ('3f51de7d-0cfa-30a2-9d04-45f04aaca39b', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 50.0, 'inlay'::procedure_type, 25.0, 120.0, TIMESTAMPTZ '2026-01-01T00:00:00+00:00', DATE '2026-01-01');
    INSERT INTO procedure_prices (id, created_at, emergency_surcharge_percent, procedure_type, rush_surcharge_percent, unit_price, updated_at, valid_from)
    VALUES ('5da19d4e-c685-3f30-bac6-577247d1fecc', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 50.0, 'partial_denture'::procedure_type, 25.0, 345.0, TIMESTAMPTZ '2026-01-01T00:00:00+00:00', DATE '2026-01-01');
    INSERT INTO procedure_prices (id, created_at, emergency_surcharge_percent, procedure_type, rush_surcharge_percent, unit_price, updated_at, valid_from)
    VALUES ('6e30561c-d0c5-32ce-8645-f17aa4a6573d', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 50.0, 'bridge'::procedure_type, 25.0, 135.0, TIMESTAMPTZ '2026-01-01T00:00:00+00:00', DATE '2026-01-01');
    INSERT INTO procedure_prices (id, created_at, emergency_surcharge_percent, procedure_type, rush_surcharge_percent, unit_price, updated_at, valid_from)
    VALUES ('7b223293-3a8f-3eb5-b336-353ced8699cc', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 50.0, 'denture'::procedure_type, 25.0, 395.0, TIMESTAMPTZ '2026-01-01T00:00:00+00:00', DATE '2026-01-01');
    INSERT INTO procedure_prices (id, created_at, emergency_surcharge_percent, procedure_type, rush_surcharge_percent, unit_price, updated_at, valid_from)
    VALUES ('ad86b725-81e2-35b9-9b52-e879d2530dd8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 50.0, 'crown'::procedure_type, 25.0, 145.0, TIMESTAMPTZ '2026-01-01T00:00:00+00:00', DATE '2026-01-01');
    INSERT INTO procedure_prices (id, created_at, emergency_surcharge_percent, procedure_type, rush_surcharge_percent, unit_price, updated_at, valid_from)
    VALUES ('b6450444-dc98-34ae-9e87-797bd843053a', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 50.0, 'other'::procedure_type, 25.0, 75.0, TIMESTAMPTZ '2026-01-01T00:00:00+00:00', DATE '2026-01-01');
    INSERT INTO procedure_prices (id, created_at, emergency_surcharge_percent, procedure_type, rush_surcharge_percent, unit_price, updated_at, valid_from)
    VALUES ('cc7cac41-901d-3e10-b4cf-3443005496cd', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 50.0, 'aligner'::procedure_type, 25.0, 175.0, TIMESTAMPTZ '2026-01-01T00:00:00+00:00', DATE '2026-01-01');
    INSERT INTO procedure_prices (id, created_at, emergency_surcharge_percent, procedure_type, rush_surcharge_percent, unit_price, updated_at, valid_from)
    VALUES ('df64be11-8ef0-3d0d-8452-608f471548b5', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 50.0, 'onlay'::procedure_type, 25.0, 130.0, TIMESTAMPTZ '2026-01-01T00:00:00+00:00', DATE '2026-01-01');
    INSERT INTO procedure_prices (id, created_at, emergency_surcharge_percent, procedure_type, rush_surcharge_percent, unit_price, updated_at, valid_from)
    VALUES ('dfe5161b-d7e7-37d5-a6a4-63ab0cf0288d', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 50.0, 'night_guard'::procedure_type, 25.0, 95.0, TIMESTAMPTZ '2026-01-01T00:00:00+00:00', DATE '2026-01-01');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    INSERT INTO roles (id, code, concurrency_stamp, created_at, description, name, normalized_name, updated_at)
    VALUES ('a8bc1286-10a7-3946-9d2d-515010e89ce1', 'manager'::user_role, '3cf3d2f7-bc5e-30a3-b3d0-daea621fdb72', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Runs the lab: dashboards, late cases, staff, departments and money.', 'manager', 'MANAGER', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO roles (id, code, concurrency_stamp, created_at, description, name, normalized_name, updated_at)
    VALUES ('b1331587-fdb8-3a2c-ad46-2ffdd2d75c11', 'technician'::user_role, '8fd15f4b-9f5b-359d-a726-77765a25469e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Works the lab floor: the queue, the board, scanning cases, notes and files.', 'technician', 'TECHNICIAN', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO roles (id, code, concurrency_stamp, created_at, description, name, normalized_name, updated_at)
    VALUES ('babaa7b8-10de-394e-bf98-31fbe1c06e9e', 'admin'::user_role, '2ce0790d-48e5-3dc5-9786-bb64c5146720', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Runs the system: users, roles and permissions, settings and the audit log.', 'admin', 'ADMIN', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO roles (id, code, concurrency_stamp, created_at, description, name, normalized_name, updated_at)
    VALUES ('edf8e171-e0dc-343c-b4ea-b7a89ac78052', 'staff'::user_role, '403b1b74-d91c-3fa4-a0a4-9a82949b9fae', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Front desk, billing and drivers: incoming cases, invoices, payments and routes.', 'staff', 'STAFF', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO roles (id, code, concurrency_stamp, created_at, description, name, normalized_name, updated_at)
    VALUES ('fec4e863-a846-3cfb-abd2-7b716a1844fc', 'dentist'::user_role, '63579171-f065-33fa-88b8-d0d4cd9d7bd7', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'The lab''s client: sends cases and follows them in the portal.', 'dentist', 'DENTIST', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('0948f86e-8d18-3dbf-8ac0-e0f303ab539b', 'cases', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Days the lab is closed (due dates skip them)', 'cases.holidays', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '["2026-12-25", "2026-12-26", "2027-01-01"]', 'date_list');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('0a8786d0-5970-3a8e-97fc-821c423212fd', 'billing', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'ISO 4217 currency code', 'billing.currency', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"USD"', 'string');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('0ec33fe0-338d-31e7-8e9f-04c0c17af6a7', 'lab', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'The lab''s postal address', 'lab.address', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"12 Harbour Street\nSpringfield 01234"', 'text');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('25e0f384-aafe-387c-ab00-9cd6818bf784', 'billing', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'A4 or Letter for PDFs', 'billing.paper_size', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"A4"', 'string');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('26c1e200-2532-35e1-aed3-dd4737a043e2', 'files', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Largest file a user may upload, in MB', 'files.max_upload_mb', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '50', 'integer');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('32172b11-06c2-3053-8eab-1aa8eef9e046', 'lab', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'The lab''s tax or VAT number, printed on invoices', 'lab.tax_number', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '""', 'string');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('4ab9848b-11c1-31d4-be32-da38188cf3f7', 'cases', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Business days when a template gives none', 'cases.default_turnaround_days', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '7', 'integer');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('8a88c93b-2b95-3a1c-9dfd-1f6239da2ba6', 'security', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Minutes of inactivity that end a session', 'security.session_idle_minutes', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '30', 'integer');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('9e0b15ee-f435-3034-befc-891d1a4c159b', 'lab', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'IANA time zone for dates and times on screen', 'lab.time_zone', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"UTC"', 'string');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('c5a25f5b-89c6-321e-a295-f5c52bed70c3', 'billing', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Days until an invoice is due', 'billing.payment_terms_days', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '30', 'integer');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('ce74df8e-fe0d-38cc-874b-eccf5fa82ddd', 'security', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Hours after which a session ends regardless of activity', 'security.session_absolute_hours', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '12', 'integer');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('d360354d-855d-3bb5-8fa3-fd4ccc39b757', 'lab', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'The lab''s name on screens, tickets and invoices', 'lab.name', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"DentalLab Demo Laboratory"', 'string');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('d584bf27-0532-3baa-b7ef-22548810eec5', 'lab', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'The lab''s phone number', 'lab.phone', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"+1 555 0100"', 'string');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('dc3e9878-a940-3c91-a858-08b9b88e1ce2', 'lab', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'The lab''s email address', 'lab.email', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"lab@dentallab.test"', 'string');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('e5606054-b3a2-383b-a706-71dbf112f7d4', 'billing', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Tax rate as a fraction (0.2 = 20%)', 'billing.tax_rate', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '0.0', 'decimal');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('ed89010b-3ffa-325c-bffd-2e1723662002', 'billing', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Printed on every invoice', 'billing.payment_instructions', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"Please pay by bank transfer quoting the invoice number."', 'text');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    INSERT INTO workflow_templates (id, created_at, description, is_active, name, procedure_type, turnaround_days, updated_at)
    VALUES ('15c503d6-0546-3758-b20d-b2f057f694f2', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Acrylic complete denture: models, bite, tooth set-up, processing.', TRUE, 'Complete denture', 'denture'::procedure_type, 10, TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_templates (id, created_at, description, is_active, name, procedure_type, turnaround_days, updated_at)
    VALUES ('1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Milled or printed occlusal splint.', TRUE, 'Night guard', 'night_guard'::procedure_type, 3, TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_templates (id, created_at, description, is_active, name, procedure_type, turnaround_days, updated_at)
    VALUES ('2a852a07-a2bd-38d1-898f-fb7dfa0ed825', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Multi-unit fixed bridge: abutments, pontics and connectors.', TRUE, 'Bridge', 'bridge'::procedure_type, 7, TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_templates (id, created_at, description, is_active, name, procedure_type, turnaround_days, updated_at)
    VALUES ('2bd3257e-a231-3b2d-a8d8-50981477b5d8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Treatment set-up, printed models and thermoformed aligners.', TRUE, 'Clear aligners', 'aligner'::procedure_type, 7, TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_templates (id, created_at, description, is_active, name, procedure_type, turnaround_days, updated_at)
    VALUES ('4bdc7e77-60dd-32e9-8d66-2437a5222cf8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Ceramic or composite inlay.', TRUE, 'Inlay', 'inlay'::procedure_type, 5, TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_templates (id, created_at, description, is_active, name, procedure_type, turnaround_days, updated_at)
    VALUES ('51879163-f6b8-31fd-b5c5-38345bcc5fd3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Custom abutment and screw-retained or cemented implant crown.', TRUE, 'Implant restoration', 'implant'::procedure_type, 10, TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_templates (id, created_at, description, is_active, name, procedure_type, turnaround_days, updated_at)
    VALUES ('54552fa6-d22a-3929-83cf-3118657007c1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Lithium disilicate or feldspathic veneer, layered and glazed.', TRUE, 'Veneer', 'veneer'::procedure_type, 6, TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_templates (id, created_at, description, is_active, name, procedure_type, turnaround_days, updated_at)
    VALUES ('56cbb5e0-52fd-3d34-8c3b-f534d528600f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'CAD/CAM zirconia or lithium disilicate crown.', TRUE, 'Single crown', 'crown'::procedure_type, 5, TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_templates (id, created_at, description, is_active, name, procedure_type, turnaround_days, updated_at)
    VALUES ('8f3e434c-154d-3d6c-9752-3a75ff1c8a72', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Ceramic or composite onlay covering one or more cusps.', TRUE, 'Onlay', 'onlay'::procedure_type, 5, TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_templates (id, created_at, description, is_active, name, procedure_type, turnaround_days, updated_at)
    VALUES ('8faee919-3f32-38d8-a6f4-5af80078d508', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Removable partial denture on a milled or cast metal framework.', TRUE, 'Partial denture', 'partial_denture'::procedure_type, 10, TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_templates (id, created_at, description, is_active, name, procedure_type, turnaround_days, updated_at)
    VALUES ('c031fbd8-c31a-33ee-8d32-95681fb62500', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Any other work: every stage, the lab''s default turnaround.', TRUE, 'Other', 'other'::procedure_type, 7, TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('02209d10-5299-30d6-afa3-6dfbe6c2750a', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'be6cb41a-a4da-3817-87ee-bf190261b0dc', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('022ed492-3553-3158-9f71-a62bd1ddc029', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '1da9dfa6-92a1-3fb1-acd8-467a9bb3de37', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('05426d45-4ccb-3582-8e69-a90caaa82650', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'a1d025bf-e412-38a6-931a-495fb07d6945', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('05e797ba-8146-34b5-b35e-b10c07aa4b2b', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '35ef7b41-dea1-394d-a2ce-3ceba7def4ba', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('0ca2ba4a-83b7-3875-b763-007d4202ca16', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'b4dbddeb-037c-38fb-8e54-18fbe01b7c52', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('0d24a519-0adb-38c1-bc60-28a9c0f41d9f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'a1d025bf-e412-38a6-931a-495fb07d6945', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('0d7f8469-879f-34fd-acf8-96f0a1837783', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'f9243c85-b1b6-351f-bae2-623312e715b7', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('0fbb0331-84c4-39a8-baf4-0f79f6d34606', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'feeb5173-0188-326f-bc5c-2946fbe725c0', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('1056400f-c74f-3997-a8fc-cdd20c19feb3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '1da9dfa6-92a1-3fb1-acd8-467a9bb3de37', 'b1331587-fdb8-3a2c-ad46-2ffdd2d75c11', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('108af399-da95-395d-ad6a-f54c7cd127b2', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'edc632e4-6a0e-3c88-a2dd-6f5565b26266', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('13d56746-9647-3dba-8223-5bc404ed2354', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '044b6e68-8fd8-3881-98ea-4fac0966c868', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('13ef26ad-4b38-3f94-97de-66b0c53fcb4b', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'af05123d-f2eb-3e6a-a238-28cb6fcd1614', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('15980f8d-0ba8-3a79-abb8-f1b96678d02f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '61ffa3d6-df53-312c-af2c-1012876df1be', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('16ac17e0-9c53-33f5-b9fd-29bbde499e7b', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '7b2be668-2ea5-3522-bf00-03473b0f45a3', 'b1331587-fdb8-3a2c-ad46-2ffdd2d75c11', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('1de6f11a-cdd3-3d84-a70c-9ed32870423e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'ec815566-744e-3870-b200-a52d0e198b2a', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('23b1cb03-2837-3337-a9d0-7acfb38732c4', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '8ec5c2bc-2d1d-3bbb-b3b6-000b8c3931dc', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('2605cd67-344b-3873-8574-8d29951e449e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '2920cfa5-aecf-3e3e-9a67-2a68d1c50bed', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('265c9177-534d-3c69-a8df-c00424059c1d', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'c4f75d70-2119-381c-a8a5-d43f6b988fc1', 'b1331587-fdb8-3a2c-ad46-2ffdd2d75c11', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('269654c5-0cde-30b9-bd46-3024304b71e4', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '1326b720-aae3-3ef0-8512-ca3c45c9972f', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('28b5e912-57ac-34f9-8547-d3a0e93bab6d', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '91f47c34-fe8c-3612-8e8c-9cf4682d0489', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('29bcdd62-ec1b-3f7d-90c6-6a905a5c59d4', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '20e087b2-f2b0-332b-be8e-d97ba2107e7a', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('29fb524f-b356-3382-a5da-f12cf087077e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'be6cb41a-a4da-3817-87ee-bf190261b0dc', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('2be7f9f4-d6a8-35f5-ae62-08985148c206', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'c4f75d70-2119-381c-a8a5-d43f6b988fc1', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('2bf78f45-1ad8-340a-8a8a-a03a4dd8036d', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '1a95bbb7-ce06-3c05-a0b7-40b58b02ca62', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('2e1356b5-1c4b-3c52-aa81-e870a245d0fa', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '3d791ccf-4f59-3fca-bf4b-2a132d3e977a', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('35745b02-9796-3161-bb86-1625e9f60de5', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'f9243c85-b1b6-351f-bae2-623312e715b7', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('390d52c1-93e9-3141-9eb6-fbad0d83421c', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'ff8fa363-dc60-3c4e-ba14-0043bac2c686', 'fec4e863-a846-3cfb-abd2-7b716a1844fc', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('3cd10f13-e102-3d47-9628-361437f1ba3f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'd686d25e-f4ec-3fc2-9b8d-e0e63af70243', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('40533452-95b5-3911-9ff2-9987c781eaeb', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '0b876ae0-ec76-3ab9-9f26-c7d7ecd67943', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('41023164-05bd-34c8-b758-4a48b61844c6', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'feeb5173-0188-326f-bc5c-2946fbe725c0', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('41106504-cb76-3558-a915-54e74bb4c0dc', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '1da9dfa6-92a1-3fb1-acd8-467a9bb3de37', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('4122f69c-8041-3e8a-aca9-e391b6b18991', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'efcd93a5-20ad-3437-b083-e0f001517388', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('42cf888b-6493-399a-a584-ceeae232d53b', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '1da9dfa6-92a1-3fb1-acd8-467a9bb3de37', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('43e6670f-042b-3f3f-9f49-9ac575006167', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'a5eecbfc-ead5-3e72-9c98-72834b438675', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('442eed62-4346-3a59-b088-b38bfa0a8f6b', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '8ec5c2bc-2d1d-3bbb-b3b6-000b8c3931dc', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('4f8ec528-c0de-3788-81f2-60d61ace8432', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '3d791ccf-4f59-3fca-bf4b-2a132d3e977a', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('5000e48b-cad9-37ba-9e58-90124e54ab29', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '8ec5c2bc-2d1d-3bbb-b3b6-000b8c3931dc', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('578beba5-43c6-375d-9ba3-fa61ced0d0de', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '77ffe17c-c7d5-3425-ad09-3d5b31ac5d69', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('5b4ece96-ff59-3b77-b45f-1202a5889e84', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '6c8b4743-4ef0-3afd-adb0-98a4ca089dfc', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('5c579755-56a3-36c5-805b-4e7422028a88', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '1f8bb2b5-3f9e-3b4a-b115-c5586c587334', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('5d311885-ece4-35cf-b643-6f12dd375e30', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'ec815566-744e-3870-b200-a52d0e198b2a', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('5db47ce7-c8ee-3892-a782-8d234ca5a4eb', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '023de78a-e931-39a2-b9a3-1f90ef0606d3', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('5ff53de1-5286-3bb3-ab41-0eabf5cddae8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '1326b720-aae3-3ef0-8512-ca3c45c9972f', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('608db58f-f2d5-3b86-8abf-ebeccb8f6c2e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'f9243c85-b1b6-351f-bae2-623312e715b7', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('6162d4b5-458e-3d3f-a5c2-05246a7856cc', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '99055c31-62e6-37f3-9c5b-4971e14787f4', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('64a87d03-8336-3677-a673-a6d0ab71af93', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '8b506131-74f8-3d41-880a-4289bc2328a2', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('64d7a2c7-d5e3-3799-a088-3355929d1d64', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'c4f75d70-2119-381c-a8a5-d43f6b988fc1', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('65c3c1ee-7700-3b93-b47c-4812927e630a', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '231cdcf1-cbe7-3145-bc36-ec9605302e49', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('6779af74-8733-3dbc-9609-6ce1ed0e9461', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'ae774df6-efce-3cbb-8b86-6dae8a87cf21', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('6d6a5c22-eb77-3912-a23f-32fc76f9cde5', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '3d791ccf-4f59-3fca-bf4b-2a132d3e977a', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('6efdbd32-35ee-3393-a7c2-183a805aa7ea', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '044b6e68-8fd8-3881-98ea-4fac0966c868', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('6fc1309b-9bb6-3e8f-aebd-11a5244df98c', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '6fd27652-4bc5-3eef-af1a-6afa48852149', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('74e4acc3-6764-3631-b9db-654a2fbcd973', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'ec815566-744e-3870-b200-a52d0e198b2a', 'b1331587-fdb8-3a2c-ad46-2ffdd2d75c11', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('79137139-84ff-38b4-b21e-d38c031d6bad', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'ec815566-744e-3870-b200-a52d0e198b2a', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('7ad46b8b-78f6-3089-8071-0d4823a85339', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'ff46b811-100b-389c-8950-8953fdd713d7', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('7da4936a-b374-3d35-ad22-7280b6dc6225', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'b4dbddeb-037c-38fb-8e54-18fbe01b7c52', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('7e85d7d1-8302-39d2-931b-b323f9271155', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '1a95bbb7-ce06-3c05-a0b7-40b58b02ca62', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('7fe92a87-0cb4-378c-b3c0-fcbe4f3755ae', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '7b2be668-2ea5-3522-bf00-03473b0f45a3', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('813545f9-eaf4-3e3c-b891-14aaabfd03a8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '91f47c34-fe8c-3612-8e8c-9cf4682d0489', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('8142da8d-01ad-3d76-a104-00166009436d', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '31ebdb90-107f-36c3-8b48-c8e845110cda', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('822fcba1-aa64-3150-a702-7117e16dd0dd', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '0b876ae0-ec76-3ab9-9f26-c7d7ecd67943', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('8e2b32b5-b81c-34b3-91ae-d15a177b6916', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'd97e1e71-bdc7-3e8e-b110-685164432b57', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('9023fa36-8a93-3248-93cc-2fc610bbfef4', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '6fd27652-4bc5-3eef-af1a-6afa48852149', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('918b3333-2787-3fe7-a74a-3dc5bde65fbd', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '67921585-06b6-381e-a794-5d0b9e12bad8', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('92e0d6be-9c2f-3da6-9b00-9ec5428e3ed2', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '8ec5c2bc-2d1d-3bbb-b3b6-000b8c3931dc', 'b1331587-fdb8-3a2c-ad46-2ffdd2d75c11', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('93bc0d7d-051f-36d8-ae45-c424e2dec754', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '7fa2b98f-3838-3042-a1c9-03e60c8b59b2', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('970639ef-68b1-3a87-bc8b-507c1c6820e8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '77ffe17c-c7d5-3425-ad09-3d5b31ac5d69', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('9a10b039-1348-3f3f-929a-46266be4cf71', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '6c8b4743-4ef0-3afd-adb0-98a4ca089dfc', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('9a63dcb0-c04e-37e1-bbd0-e26df015db76', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '01ef0c90-c39b-3f6c-a07a-f050a961b8b4', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('9d028d7c-b297-3b64-83d1-c1a42b0a00ec', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '20e087b2-f2b0-332b-be8e-d97ba2107e7a', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('a230c23f-16ce-3a3b-a3ee-c9d8b2365d68', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '1a95bbb7-ce06-3c05-a0b7-40b58b02ca62', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('a37ae948-fcfc-3353-b160-461e23f1378c', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '01ef0c90-c39b-3f6c-a07a-f050a961b8b4', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('a5fb17b1-2fd5-3563-965b-db8c2783a68b', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '61ffa3d6-df53-312c-af2c-1012876df1be', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('a8811252-9c6b-30b4-90f9-d89b72711ee6', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'feeb5173-0188-326f-bc5c-2946fbe725c0', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('a9dd05cd-22a9-31d6-91be-7f534557c788', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '31ebdb90-107f-36c3-8b48-c8e845110cda', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('ae1379fd-1235-3b65-9815-88a9249b1043', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'efcd93a5-20ad-3437-b083-e0f001517388', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('ae1ba1d3-d038-3c3d-8f6a-5295a25e6b37', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'd686d25e-f4ec-3fc2-9b8d-e0e63af70243', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('af6a1e6e-8e3e-30a1-8164-e3ee7788122a', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'a1d025bf-e412-38a6-931a-495fb07d6945', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('af6b3f3b-eb90-3405-9a09-e2a4130b8097', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'b4dbddeb-037c-38fb-8e54-18fbe01b7c52', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('af82b638-a534-3280-bd73-49cfb062c047', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '7b2be668-2ea5-3522-bf00-03473b0f45a3', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('b1faaa7f-7e89-3727-8181-52bfbd66bddb', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'bccbc8af-b5cf-3b83-939c-f2cab80b4252', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('b20d8691-a666-39b6-b368-aa82d723fcf3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'ff46b811-100b-389c-8950-8953fdd713d7', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('b91922e0-8407-3bf2-aad9-4859d83d0e9d', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '35ef7b41-dea1-394d-a2ce-3ceba7def4ba', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('bdfcb667-b7a1-35b2-bad3-a57b1c7c943b', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '67921585-06b6-381e-a794-5d0b9e12bad8', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('beabee4e-c734-3bd7-9a06-135bb20c7bd1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'edc632e4-6a0e-3c88-a2dd-6f5565b26266', 'b1331587-fdb8-3a2c-ad46-2ffdd2d75c11', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('bfb9a439-135e-3e93-8e98-83bd54a0c559', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '31ebdb90-107f-36c3-8b48-c8e845110cda', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('c2f8925d-da75-3244-9543-c88b22aab8bf', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'edc632e4-6a0e-3c88-a2dd-6f5565b26266', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('cc717805-b519-3ef8-90fa-4ca1f2dddf11', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '1f8bb2b5-3f9e-3b4a-b115-c5586c587334', 'b1331587-fdb8-3a2c-ad46-2ffdd2d75c11', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('ce0a3a08-e1eb-3ce0-aa2c-9f8422b01eab', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '231cdcf1-cbe7-3145-bc36-ec9605302e49', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('ced8c536-ef75-3cbd-bac8-dec434579d3f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '67921585-06b6-381e-a794-5d0b9e12bad8', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('d11c82d6-5299-3483-8687-025502201fcc', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'ec815566-744e-3870-b200-a52d0e198b2a', 'fec4e863-a846-3cfb-abd2-7b716a1844fc', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('db3ebdf7-6887-3945-8dc9-c0faaba6b883', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '8b506131-74f8-3d41-880a-4289bc2328a2', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('db61ba3a-e92c-300d-aa67-46ae63f414d6', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '1f8bb2b5-3f9e-3b4a-b115-c5586c587334', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('dbdd9bbe-e8ab-34d4-8712-929126d3ef67', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'efcd93a5-20ad-3437-b083-e0f001517388', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('dd7dc7bf-e41d-30e8-a4e6-98ecc1d7e0dc', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'feeb5173-0188-326f-bc5c-2946fbe725c0', 'b1331587-fdb8-3a2c-ad46-2ffdd2d75c11', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('e4333cfe-a69d-3dd3-aaf9-17416bc5e06b', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '99055c31-62e6-37f3-9c5b-4971e14787f4', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('e4c79025-43da-36fa-b759-d15f9c3411ef', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '2920cfa5-aecf-3e3e-9a67-2a68d1c50bed', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('eb5a99bd-decb-3160-b1a1-8e7b2741eb52', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '044b6e68-8fd8-3881-98ea-4fac0966c868', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('eb67b520-7848-3f7a-ad25-697ed35b55fd', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'ae774df6-efce-3cbb-8b86-6dae8a87cf21', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('f2357799-4b39-3e99-bd79-f529d202b6f0', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '6fd27652-4bc5-3eef-af1a-6afa48852149', 'b1331587-fdb8-3a2c-ad46-2ffdd2d75c11', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('f238e4f6-c416-3af6-8121-10139b39de41', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'a5eecbfc-ead5-3e72-9c98-72834b438675', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('f283f0f4-31f1-393b-9d64-292de37a1f0d', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '35ef7b41-dea1-394d-a2ce-3ceba7def4ba', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('f3d08b35-ffd7-39d5-a19e-23386c843719', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'af05123d-f2eb-3e6a-a238-28cb6fcd1614', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('f42ea1b5-af97-3f90-ad91-f72484bfa12b', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'f9243c85-b1b6-351f-bae2-623312e715b7', 'b1331587-fdb8-3a2c-ad46-2ffdd2d75c11', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('f4f25cee-5e76-313f-ae39-5c21596b6fa8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '1f8bb2b5-3f9e-3b4a-b115-c5586c587334', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('f8ac5524-30be-36fc-9629-4edb99af7726', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'edc632e4-6a0e-3c88-a2dd-6f5565b26266', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('fa892cdb-8531-3ff9-85f6-c26c54a4fdbd', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '7fa2b98f-3838-3042-a1c9-03e60c8b59b2', 'a8bc1286-10a7-3946-9d2d-515010e89ce1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('fb76b512-cce0-3cb7-8ec2-e25d679fa29c', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '6c8b4743-4ef0-3afd-adb0-98a4ca089dfc', 'edf8e171-e0dc-343c-b4ea-b7a89ac78052', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO role_permissions (id, created_at, permission_id, role_id, updated_at)
    VALUES ('fe5ed336-af0b-32e2-88db-f432a4080d98', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'd97e1e71-bdc7-3e8e-b110-685164432b57', 'babaa7b8-10de-394e-bf98-31fbe1c06e9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('003db5b2-1a69-387f-9dae-e544478c54f3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 10.0, 5, 'sintering'::workflow_stage_name, '2a852a07-a2bd-38d1-898f-fb7dfa0ed825', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('03237bba-d54d-3daf-9ef0-22ad6c7bd565', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 4, 'milling'::workflow_stage_name, '1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('0aa558e4-8f5d-392a-8f21-53011a1ee56c', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 6.0, 3, 'design'::workflow_stage_name, '15c503d6-0546-3758-b20d-b2f057f694f2', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('155e93e7-b750-3a4c-9dab-828fbbafdceb', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 4.0, 5, 'sintering'::workflow_stage_name, 'c031fbd8-c31a-33ee-8d32-95681fb62500', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('168f2c4b-f8cb-3ea8-b9a5-ca1c0cce2093', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 6, 'delivery'::workflow_stage_name, '2bd3257e-a231-3b2d-a8d8-50981477b5d8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('1d6df785-d209-3f9d-a472-ba018016a73a', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 6, 'quality_control'::workflow_stage_name, '2a852a07-a2bd-38d1-898f-fb7dfa0ed825', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('1de8e18d-3514-3b82-bf2c-52e335289f63', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.75, 4, 'milling'::workflow_stage_name, '4bdc7e77-60dd-32e9-8d66-2437a5222cf8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('27d67b85-5138-377a-af64-f601ddd5eb1d', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 2.0, 4, 'milling'::workflow_stage_name, '8faee919-3f32-38d8-a6f4-5af80078d508', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('2a7e25ba-f12e-3985-bdb9-291e26a7d856', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 1, 'receiving'::workflow_stage_name, '56cbb5e0-52fd-3d34-8c3b-f534d528600f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('37ba0a3d-47fb-3eba-a42b-0043797cc899', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 3, 'design'::workflow_stage_name, '1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('3b0b7eda-ab56-3b79-8feb-30e3d4d7ffec', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 5, 'quality_control'::workflow_stage_name, '1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('3b79b085-453d-3d9e-ba8f-d99f228f24da', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 3, 'design'::workflow_stage_name, '56cbb5e0-52fd-3d34-8c3b-f534d528600f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('405ef14f-7000-3fc8-a615-46d2d545ed5a', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 2.0, 4, 'milling'::workflow_stage_name, '2a852a07-a2bd-38d1-898f-fb7dfa0ed825', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('40a8e6cf-2fb5-3d62-985e-f9f639a31329', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.75, 2, 'impression_scan'::workflow_stage_name, '2a852a07-a2bd-38d1-898f-fb7dfa0ed825', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('46361535-59ca-3ca4-8241-94cc61eb9b4a', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 4.0, 5, 'sintering'::workflow_stage_name, '54552fa6-d22a-3929-83cf-3118657007c1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('4ccd37eb-7e2d-3a00-867e-fc35cd76cf3c', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 1, 'receiving'::workflow_stage_name, '15c503d6-0546-3758-b20d-b2f057f694f2', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('4cf15433-e4bc-36d0-bdca-e67a883ad5f6', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 2.0, 3, 'design'::workflow_stage_name, '2a852a07-a2bd-38d1-898f-fb7dfa0ed825', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('4f693dda-d16b-30ad-9596-a2894547e766', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 7, 'delivery'::workflow_stage_name, '4bdc7e77-60dd-32e9-8d66-2437a5222cf8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('5044fd6c-bedd-3bb9-8fbf-a147a6640e87', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.5, 2, 'impression_scan'::workflow_stage_name, '15c503d6-0546-3758-b20d-b2f057f694f2', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('555c57fe-5930-3e8c-9610-7b47f0703dde', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 4.0, 5, 'sintering'::workflow_stage_name, '8f3e434c-154d-3d6c-9752-3a75ff1c8a72', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('55ef219e-3e3a-3044-b129-3fcae37022d2', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 6, 'quality_control'::workflow_stage_name, '8f3e434c-154d-3d6c-9752-3a75ff1c8a72', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('5b2d5400-c3b3-3760-94dd-8c4d9c88fcda', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 2, 'impression_scan'::workflow_stage_name, '2bd3257e-a231-3b2d-a8d8-50981477b5d8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('5d3bfade-8da0-38dd-a26a-b82b4e18e6bf', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 8.0, 5, 'sintering'::workflow_stage_name, '51879163-f6b8-31fd-b5c5-38345bcc5fd3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('5d94c6f4-74f1-3efa-9310-807bd6122348', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 4, 'quality_control'::workflow_stage_name, '15c503d6-0546-3758-b20d-b2f057f694f2', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('618b1865-0ca3-329c-ba17-bb055d75b6d4', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 2, 'impression_scan'::workflow_stage_name, '1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('6badae8d-f7d4-371b-9b2c-c131f8b44749', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 5, 'delivery'::workflow_stage_name, '15c503d6-0546-3758-b20d-b2f057f694f2', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('6c023fbb-740d-3782-bf7d-08333636d675', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 1, 'receiving'::workflow_stage_name, 'c031fbd8-c31a-33ee-8d32-95681fb62500', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('6dbedb90-97af-323f-af47-9687c995dbdb', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 1, 'receiving'::workflow_stage_name, '2bd3257e-a231-3b2d-a8d8-50981477b5d8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('6e7a6f39-a907-36a2-98bc-1d963581e229', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 5, 'quality_control'::workflow_stage_name, '8faee919-3f32-38d8-a6f4-5af80078d508', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('6f91f971-5f51-3790-ad4e-d7d6d8988503', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 6, 'quality_control'::workflow_stage_name, '4bdc7e77-60dd-32e9-8d66-2437a5222cf8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('800a3de5-bb56-3b53-965e-a634176e31f3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 1, 'receiving'::workflow_stage_name, '2a852a07-a2bd-38d1-898f-fb7dfa0ed825', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('80667538-43b9-3bad-8ba5-6bc99a4b846a', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 2, 'impression_scan'::workflow_stage_name, '51879163-f6b8-31fd-b5c5-38345bcc5fd3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('812055c7-a51c-306b-9ead-2d5abf35b9ea', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 7, 'delivery'::workflow_stage_name, '8f3e434c-154d-3d6c-9752-3a75ff1c8a72', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('817ccdf8-d743-3905-90c9-2fcbc0c865d8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 7, 'delivery'::workflow_stage_name, 'c031fbd8-c31a-33ee-8d32-95681fb62500', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('822b70c5-1b2c-34b2-9dc9-7a076cafd5b4', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 2, 'impression_scan'::workflow_stage_name, '56cbb5e0-52fd-3d34-8c3b-f534d528600f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('82c5479e-cf6e-34cc-a66f-4bc89df3a062', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 1, 'receiving'::workflow_stage_name, '4bdc7e77-60dd-32e9-8d66-2437a5222cf8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('891605d2-925e-3d1b-be31-da308d8d331f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 6, 'delivery'::workflow_stage_name, '8faee919-3f32-38d8-a6f4-5af80078d508', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('89f570a5-fcfb-35df-8da2-de83392a3d39', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 4.0, 5, 'sintering'::workflow_stage_name, '4bdc7e77-60dd-32e9-8d66-2437a5222cf8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('8d5bc665-46a9-3ff1-9263-b6e2a57ce6d3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 4, 'milling'::workflow_stage_name, 'c031fbd8-c31a-33ee-8d32-95681fb62500', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('8db5ba14-e790-3826-8320-ce1fd3c1280a', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 1, 'receiving'::workflow_stage_name, '8f3e434c-154d-3d6c-9752-3a75ff1c8a72', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('8ef6519c-5496-3bc3-b873-cd47ffe53662', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 1, 'receiving'::workflow_stage_name, '51879163-f6b8-31fd-b5c5-38345bcc5fd3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('8fa0483a-7f5e-3ce5-9f54-d4504787ea74', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 8.0, 5, 'sintering'::workflow_stage_name, '56cbb5e0-52fd-3d34-8c3b-f534d528600f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('90b281cd-2deb-3545-acd1-f850a26d8e50', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 5, 'quality_control'::workflow_stage_name, '2bd3257e-a231-3b2d-a8d8-50981477b5d8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('91b91837-91d2-3176-a215-e036eb046995', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 6, 'quality_control'::workflow_stage_name, 'c031fbd8-c31a-33ee-8d32-95681fb62500', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('91f1344d-81c0-3c57-a2fa-ad10e5c449d3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.75, 6, 'quality_control'::workflow_stage_name, '54552fa6-d22a-3929-83cf-3118657007c1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('926f54b6-3d10-31c0-b417-b7517b3f009f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 3, 'design'::workflow_stage_name, 'c031fbd8-c31a-33ee-8d32-95681fb62500', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('99e024ae-7538-3163-adc1-a6bc58754b4f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 2, 'impression_scan'::workflow_stage_name, '4bdc7e77-60dd-32e9-8d66-2437a5222cf8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('a02a48aa-c525-39c0-9ac2-a304980361a5', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 7, 'delivery'::workflow_stage_name, '56cbb5e0-52fd-3d34-8c3b-f534d528600f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('a52d2ef8-e1e6-3660-b312-c3f6318a4b4e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 2.5, 3, 'design'::workflow_stage_name, '51879163-f6b8-31fd-b5c5-38345bcc5fd3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('a6683bd3-9f17-35e9-86d3-c45fe3b21fa7', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 4.0, 3, 'design'::workflow_stage_name, '8faee919-3f32-38d8-a6f4-5af80078d508', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('a8d85862-35a5-3b45-8535-9b122b06058a', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 4, 'milling'::workflow_stage_name, '56cbb5e0-52fd-3d34-8c3b-f534d528600f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('aa55f36f-c82d-3d7b-83cc-028e264ced8c', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 2, 'impression_scan'::workflow_stage_name, 'c031fbd8-c31a-33ee-8d32-95681fb62500', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('ab179e4d-e5d4-3ace-bfcc-1e8f236e3c9e', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 4, 'milling'::workflow_stage_name, '54552fa6-d22a-3929-83cf-3118657007c1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('b0a9cbd1-5420-3465-88cb-865ba0a38805', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 6, 'quality_control'::workflow_stage_name, '56cbb5e0-52fd-3d34-8c3b-f534d528600f', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('b86f7286-25b2-33f6-81b0-f23d673e4ab0', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 1, 'receiving'::workflow_stage_name, '8faee919-3f32-38d8-a6f4-5af80078d508', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('bcf79189-eebf-3f09-a6a9-52c40effb7aa', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 2, 'impression_scan'::workflow_stage_name, '54552fa6-d22a-3929-83cf-3118657007c1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('c8f47ddd-5332-3d6c-9481-9d8b5496e9b2', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 3.0, 3, 'design'::workflow_stage_name, '2bd3257e-a231-3b2d-a8d8-50981477b5d8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('cd78a246-201e-3e04-aff3-a992387d70c6', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 6, 'delivery'::workflow_stage_name, '1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('cf6192e9-7547-3e3a-87dd-84fa4306876b', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.75, 3, 'design'::workflow_stage_name, '4bdc7e77-60dd-32e9-8d66-2437a5222cf8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('d2501256-4bf7-3465-96b3-7438ea18ad2d', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.5, 3, 'design'::workflow_stage_name, '54552fa6-d22a-3929-83cf-3118657007c1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('d2750430-9fa4-32f6-a20f-6a58440574e7', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 1, 'receiving'::workflow_stage_name, '54552fa6-d22a-3929-83cf-3118657007c1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('d3f440c7-56d4-3715-8e76-c8d578d00a3d', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 2.0, 4, 'milling'::workflow_stage_name, '51879163-f6b8-31fd-b5c5-38345bcc5fd3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('d618ef8d-00b1-3f87-a7a1-9bb6cc0811f6', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 7, 'delivery'::workflow_stage_name, '54552fa6-d22a-3929-83cf-3118657007c1', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('d97162c2-b8ed-3a5e-961a-7300e3adf776', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 1, 'receiving'::workflow_stage_name, '1b5b3c34-83ff-300d-a1dc-d02dfb1bfb14', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('e2bc44d4-076c-396b-bb7e-ec18b9103d66', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 6, 'quality_control'::workflow_stage_name, '51879163-f6b8-31fd-b5c5-38345bcc5fd3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('e976e3ba-759a-3eba-ad0d-90d1e293331a', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 7, 'delivery'::workflow_stage_name, '51879163-f6b8-31fd-b5c5-38345bcc5fd3', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('ea757efc-9a4f-38da-be12-8f6ef3adf026', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 3, 'design'::workflow_stage_name, '8f3e434c-154d-3d6c-9752-3a75ff1c8a72', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('efaeb253-553c-3515-8310-60edf4dc5f61', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.25, 7, 'delivery'::workflow_stage_name, '2a852a07-a2bd-38d1-898f-fb7dfa0ed825', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('efb20567-146d-3308-8977-e3604063d361', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.5, 4, 'milling'::workflow_stage_name, '2bd3257e-a231-3b2d-a8d8-50981477b5d8', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('f2cb6a3f-e2eb-389e-a449-b50551281b33', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 4, 'milling'::workflow_stage_name, '8f3e434c-154d-3d6c-9752-3a75ff1c8a72', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('f4bae4ea-28ee-3816-8ebe-45d28d2c3c52', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 0.5, 2, 'impression_scan'::workflow_stage_name, '8f3e434c-154d-3d6c-9752-3a75ff1c8a72', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    INSERT INTO workflow_template_stages (id, created_at, expected_hours, position, stage, template_id, updated_at)
    VALUES ('ff228315-3f37-337a-a9c3-2cca327f9acc', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 1.0, 2, 'impression_scan'::workflow_stage_name, '8faee919-3f32-38d8-a6f4-5af80078d508', TIMESTAMPTZ '2026-01-01T00:00:00+00:00');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_appointments_attendee_ids ON appointments USING gin (attendee_ids);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_appointments_case_id ON appointments (case_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_appointments_deleted_at ON appointments (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_appointments_dentist_id ON appointments (dentist_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_appointments_department_id ON appointments (department_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_appointments_organizer_id ON appointments (organizer_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_appointments_starts_at_ends_at ON appointments (starts_at, ends_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_appointments_type_starts_at ON appointments (type, starts_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_audit_log_action ON audit_log (action);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_audit_log_occurred_at ON audit_log (occurred_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_audit_log_table_name_record_id ON audit_log (table_name, record_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_audit_log_user_id ON audit_log (user_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_case_files_case_id_kind ON case_files (case_id, kind);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_case_files_deleted_at ON case_files (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_case_files_sha256 ON case_files (sha256);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_case_files_stored_name ON case_files (stored_name);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_case_files_uploaded_by_id ON case_files (uploaded_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_case_materials_case_id ON case_materials (case_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_case_materials_item_id ON case_materials (item_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_case_materials_lot_id ON case_materials (lot_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_case_materials_recorded_by_id ON case_materials (recorded_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_case_notes_author_id ON case_notes (author_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_case_notes_case_id_created_at ON case_notes (case_id, created_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_case_notes_deleted_at ON case_notes (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_cases_case_number ON cases (case_number);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_created_by_id ON cases (created_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_current_stage ON cases (current_stage);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_deleted_at ON cases (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_dentist_id_patient_code ON cases (dentist_id, patient_code);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_dentist_id_received_at ON cases (dentist_id, received_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_dentist_id_status ON cases (dentist_id, status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_due_date ON cases (due_date);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_parent_case_id ON cases (parent_case_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_patient_name ON cases (patient_name);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_priority ON cases (priority);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_procedure_type ON cases (procedure_type);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_received_at ON cases (received_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_status ON cases (status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_status_due_date ON cases (status, due_date);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_cases_urgency ON cases (urgency);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_conversation_participants_conversation_id_user_id ON conversation_participants (conversation_id, user_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_conversation_participants_last_read_message_id ON conversation_participants (last_read_message_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_conversation_participants_user_id ON conversation_participants (user_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_conversations_case_id ON conversations (case_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_conversations_created_by_id ON conversations (created_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_conversations_deleted_at ON conversations (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_conversations_last_message_at ON conversations (last_message_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_conversations_type ON conversations (type);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_delivery_routes_driver_id_route_date ON delivery_routes (driver_id, route_date);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_delivery_routes_route_date ON delivery_routes (route_date);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_delivery_routes_status ON delivery_routes (status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_dentist_applications_created_dentist_id ON dentist_applications (created_dentist_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_dentist_applications_email ON dentist_applications (email) WHERE status = 'pending';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_dentist_applications_license_number_license_region ON dentist_applications (license_number, license_region);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_dentist_applications_reviewed_by_id ON dentist_applications (reviewed_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_dentist_applications_status_created_at ON dentist_applications (status, created_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_dentist_profiles_deleted_at ON dentist_profiles (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_dentist_profiles_dentist_name ON dentist_profiles (dentist_name);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_dentist_profiles_email ON dentist_profiles (email);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_dentist_profiles_license_number_license_region ON dentist_profiles (license_number, license_region) WHERE deleted_at IS NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_dentist_profiles_practice_name ON dentist_profiles (practice_name);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_dentist_profiles_status ON dentist_profiles (status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_dentist_profiles_user_id ON dentist_profiles (user_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_department_equipment_deleted_at ON department_equipment (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_department_equipment_department_id_status ON department_equipment (department_id, status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_department_equipment_next_maintenance_on ON department_equipment (next_maintenance_on);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_department_equipment_serial_number ON department_equipment (serial_number);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_department_equipment_status ON department_equipment (status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_department_equipment_warranty_until ON department_equipment (warranty_until);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_departments_code ON departments (code);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_departments_deleted_at ON departments (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_departments_is_active ON departments (is_active);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_departments_manager_id ON departments (manager_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_departments_name ON departments (name);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_departments_stage ON departments (stage);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_inventory_items_category ON inventory_items (category);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_inventory_items_deleted_at ON inventory_items (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_inventory_items_low_stock ON inventory_items (quantity_on_hand, reorder_level) WHERE deleted_at IS NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_inventory_items_name ON inventory_items (name);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_inventory_items_sku ON inventory_items (sku);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_inventory_items_supplier_id ON inventory_items (supplier_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_inventory_transactions_case_id ON inventory_transactions (case_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_inventory_transactions_item_id_occurred_at ON inventory_transactions (item_id, occurred_at DESC);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_inventory_transactions_lot_id ON inventory_transactions (lot_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_inventory_transactions_occurred_at ON inventory_transactions (occurred_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_inventory_transactions_performed_by_id ON inventory_transactions (performed_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_inventory_transactions_reference ON inventory_transactions (reference);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_inventory_transactions_type ON inventory_transactions (type);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_invoice_items_case_id ON invoice_items (case_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_invoice_items_case_id_billed_once ON invoice_items (case_id) WHERE case_id IS NOT NULL AND NOT is_voided;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_invoice_items_invoice_id_position ON invoice_items (invoice_id, position);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_invoice_items_procedure_type ON invoice_items (procedure_type);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_invoices_created_by_id ON invoices (created_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_invoices_deleted_at ON invoices (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_invoices_dentist_id_issue_date ON invoices (dentist_id, issue_date);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_invoices_dentist_id_status ON invoices (dentist_id, status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_invoices_due_date ON invoices (due_date);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_invoices_invoice_number ON invoices (invoice_number);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_invoices_issue_date ON invoices (issue_date);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_invoices_status ON invoices (status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_invoices_status_due_date ON invoices (status, due_date);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_material_lots_expires_on ON material_lots (expires_on);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_material_lots_item_id_lot_number ON material_lots (item_id, lot_number);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_material_lots_lot_number ON material_lots (lot_number);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_material_lots_received_on ON material_lots (received_on);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_material_lots_supplier_id ON material_lots (supplier_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_messages_conversation_id_sent_at_id ON messages (conversation_id, sent_at DESC, id DESC);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_messages_reply_to_id ON messages (reply_to_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_messages_sender_id ON messages (sender_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_notifications_type ON notifications (type);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_notifications_user_id_created_at ON notifications (user_id, created_at DESC);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_notifications_user_id_read_at ON notifications (user_id, read_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_password_reset_tokens_expires_at ON password_reset_tokens (expires_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_password_reset_tokens_token_hash ON password_reset_tokens (token_hash);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_password_reset_tokens_user_id ON password_reset_tokens (user_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_payments_deleted_at ON payments (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_payments_invoice_id_paid_on ON payments (invoice_id, paid_on);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_payments_method ON payments (method);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_payments_paid_on ON payments (paid_on);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_payments_recorded_by_id ON payments (recorded_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_performance_reviews_reviewed_on ON performance_reviews (reviewed_on);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_performance_reviews_reviewer_id ON performance_reviews (reviewer_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_performance_reviews_staff_id_period_end ON performance_reviews (staff_id, period_end);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_permissions_code ON permissions (code);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_permissions_module ON permissions (module);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_procedure_prices_procedure_type_valid_from ON procedure_prices (procedure_type, valid_from);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_procedure_prices_valid_from ON procedure_prices (valid_from);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_role_claims_role_id ON role_claims (role_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_role_permissions_permission_id ON role_permissions (permission_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_role_permissions_role_id_permission_id ON role_permissions (role_id, permission_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_roles_code ON roles (code);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX "RoleNameIndex" ON roles (normalized_name);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_route_stops_case_id ON route_stops (case_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_route_stops_planned_at ON route_stops (planned_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_route_stops_route_id_sequence ON route_stops (route_id, sequence);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_route_stops_shipment_id ON route_stops (shipment_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_route_stops_status ON route_stops (status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_sessions_expires_at ON sessions (expires_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_sessions_user_id ON sessions (user_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_sessions_user_id_revoked_at ON sessions (user_id, revoked_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_settings_category ON settings (category);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_settings_key ON settings (key);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_shipments_case_id ON shipments (case_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_shipments_deleted_at ON shipments (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_shipments_dentist_id ON shipments (dentist_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_shipments_scheduled_for_status ON shipments (scheduled_for, status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_shipments_status ON shipments (status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_shipments_tracking_number ON shipments (tracking_number);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_shipments_type ON shipments (type);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_staff_profiles_deleted_at ON staff_profiles (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_staff_profiles_department_id ON staff_profiles (department_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_staff_profiles_employee_number ON staff_profiles (employee_number);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_staff_profiles_employment_type ON staff_profiles (employment_type);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_staff_profiles_job_title ON staff_profiles (job_title);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_staff_profiles_skills ON staff_profiles USING gin (skills);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_staff_profiles_user_id ON staff_profiles (user_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_staff_schedules_day_of_week_effective_from ON staff_schedules (day_of_week, effective_from);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_staff_schedules_staff_id_day_of_week_effective_from ON staff_schedules (staff_id, day_of_week, effective_from);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_suppliers_deleted_at ON suppliers (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_suppliers_email ON suppliers (email);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_suppliers_is_active ON suppliers (is_active);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_suppliers_name_unique ON suppliers (name) WHERE deleted_at IS NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_user_claims_user_id ON user_claims (user_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_user_logins_user_id ON user_logins (user_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_user_roles_role_id ON user_roles (role_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_user_roles_user_id ON user_roles (user_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_users_deleted_at ON users (deleted_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_users_full_name ON users (full_name);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_users_is_active ON users (is_active);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_users_normalized_email_unique ON users (normalized_email);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX "UserNameIndex" ON users (normalized_user_name);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_workflow_stages_assigned_to_id_status ON workflow_stages (assigned_to_id, status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_workflow_stages_case_id_position ON workflow_stages (case_id, position);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_workflow_stages_case_id_stage_attempt ON workflow_stages (case_id, stage, attempt);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_workflow_stages_completed_at ON workflow_stages (completed_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_workflow_stages_completed_by_id ON workflow_stages (completed_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_workflow_stages_stage_status ON workflow_stages (stage, status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_workflow_stages_status ON workflow_stages (status);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_workflow_template_stages_template_id_position ON workflow_template_stages (template_id, position);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_workflow_template_stages_template_id_stage ON workflow_template_stages (template_id, stage);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE INDEX ix_workflow_templates_is_active ON workflow_templates (is_active);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    CREATE UNIQUE INDEX ix_workflow_templates_procedure_type ON workflow_templates (procedure_type);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125542_InitialSchema') THEN
    INSERT INTO "__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261125125542_InitialSchema', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125642_TriggersAndAnalyticsViews') THEN
    CREATE OR REPLACE FUNCTION update_updated_at_column() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
        IF NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
            NEW.updated_at = now();
        END IF;
        RETURN NEW;
    END
    $fn$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125642_TriggersAndAnalyticsViews') THEN
    DO $do$
    DECLARE t record;
    BEGIN
        FOR t IN
            SELECT c.table_name
            FROM information_schema.columns c
            JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
        LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'trg_' || t.table_name || '_updated_at', t.table_name);
            EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION update_updated_at_column()',
                'trg_' || t.table_name || '_updated_at', t.table_name);
        END LOOP;
    END
    $do$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125642_TriggersAndAnalyticsViews') THEN
    CREATE MATERIALIZED VIEW IF NOT EXISTS monthly_revenue AS
    SELECT date_trunc('month', i.issue_date)::date AS month,
           count(*)::int AS invoice_count,
           count(DISTINCT i.dentist_id)::int AS dentist_count,
           COALESCE(sum(i.subtotal), 0)::numeric(14,2) AS subtotal,
           COALESCE(sum(i.discount_amount), 0)::numeric(14,2) AS discounts,
           COALESCE(sum(i.tax_amount), 0)::numeric(14,2) AS tax,
           COALESCE(sum(i.total), 0)::numeric(14,2) AS invoiced,
           COALESCE(sum(i.amount_paid), 0)::numeric(14,2) AS collected,
           COALESCE(sum(i.total - i.amount_paid) FILTER (WHERE i.status IN ('sent', 'overdue')), 0)::numeric(14,2) AS outstanding
    FROM invoices i
    WHERE i.deleted_at IS NULL AND i.status NOT IN ('draft', 'cancelled')
    GROUP BY 1;
    CREATE UNIQUE INDEX IF NOT EXISTS ux_monthly_revenue_month ON monthly_revenue (month);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125642_TriggersAndAnalyticsViews') THEN
    CREATE MATERIALIZED VIEW IF NOT EXISTS case_completion_rates AS
    SELECT c.procedure_type,
           count(*)::int AS total_cases,
           count(*) FILTER (WHERE c.status = 'delivered')::int AS delivered_cases,
           count(*) FILTER (WHERE c.status = 'cancelled')::int AS cancelled_cases,
           count(*) FILTER (WHERE c.status = 'delivered' AND c.delivered_at::date <= c.due_date)::int AS on_time_cases,
           count(*) FILTER (WHERE c.parent_case_id IS NOT NULL)::int AS remake_cases,
           round(100.0 * count(*) FILTER (WHERE c.status = 'delivered') / NULLIF(count(*), 0), 2) AS completion_rate,
           round(100.0 * count(*) FILTER (WHERE c.status = 'delivered' AND c.delivered_at::date <= c.due_date)
                 / NULLIF(count(*) FILTER (WHERE c.status = 'delivered'), 0), 2) AS on_time_rate,
           round(100.0 * count(*) FILTER (WHERE c.parent_case_id IS NOT NULL) / NULLIF(count(*), 0), 2) AS remake_rate,
           round((avg(extract(epoch FROM c.delivered_at - c.received_at) / 86400.0)
                 FILTER (WHERE c.delivered_at IS NOT NULL))::numeric, 2) AS avg_turnaround_days
    FROM cases c
    WHERE c.deleted_at IS NULL
    GROUP BY c.procedure_type;
    CREATE UNIQUE INDEX IF NOT EXISTS ux_case_completion_rates_procedure ON case_completion_rates (procedure_type);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125642_TriggersAndAnalyticsViews') THEN
    CREATE MATERIALIZED VIEW IF NOT EXISTS department_efficiency AS
    SELECT d.id AS department_id,
           d.name,
           d.stage,
           (SELECT count(*) FROM staff_profiles sp WHERE sp.department_id = d.id AND sp.deleted_at IS NULL)::int AS staff_count,
           count(ws.id) FILTER (WHERE ws.status = 'completed')::int AS stages_completed,
           count(ws.id) FILTER (WHERE ws.status = 'completed' AND ws.completed_at >= now() - interval '30 days')::int AS stages_completed_30d,
           count(ws.id) FILTER (WHERE ws.status IN ('in_progress', 'blocked', 'on_hold'))::int AS stages_open,
           round((avg(extract(epoch FROM ws.completed_at - ws.started_at) / 3600.0)
                 FILTER (WHERE ws.status = 'completed'))::numeric, 2) AS avg_actual_hours,
           round(avg(ws.expected_hours) FILTER (WHERE ws.status = 'completed'), 2) AS avg_expected_hours,
           d.budget,
           d.budget_spent,
           round(100.0 * d.budget_spent / NULLIF(d.budget, 0), 2) AS budget_used_percent
    FROM departments d
    LEFT JOIN workflow_stages ws ON ws.stage = d.stage
    WHERE d.deleted_at IS NULL
    GROUP BY d.id;
    CREATE UNIQUE INDEX IF NOT EXISTS ux_department_efficiency_department ON department_efficiency (department_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125642_TriggersAndAnalyticsViews') THEN
    CREATE MATERIALIZED VIEW IF NOT EXISTS staff_performance AS
    SELECT sp.id AS staff_id,
           sp.user_id,
           u.full_name,
           sp.department_id,
           count(ws.id)::int AS stages_completed,
           count(ws.id) FILTER (WHERE ws.completed_at >= now() - interval '30 days')::int AS stages_completed_30d,
           round((avg(extract(epoch FROM ws.completed_at - ws.started_at) / 3600.0))::numeric, 2) AS avg_stage_hours,
           (SELECT count(*) FROM workflow_stages f WHERE f.assigned_to_id = sp.user_id AND f.status = 'failed')::int AS qc_failures,
           (SELECT round(avg(pr.rating), 2) FROM performance_reviews pr WHERE pr.staff_id = sp.id) AS avg_review_rating,
           (SELECT max(pr.reviewed_on) FROM performance_reviews pr WHERE pr.staff_id = sp.id) AS last_reviewed_on
    FROM staff_profiles sp
    JOIN users u ON u.id = sp.user_id
    LEFT JOIN workflow_stages ws ON ws.completed_by_id = sp.user_id AND ws.status = 'completed'
    WHERE sp.deleted_at IS NULL
    GROUP BY sp.id, u.full_name;
    CREATE UNIQUE INDEX IF NOT EXISTS ux_staff_performance_staff ON staff_performance (staff_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125642_TriggersAndAnalyticsViews') THEN
    CREATE MATERIALIZED VIEW IF NOT EXISTS inventory_turnover AS
    SELECT i.id AS item_id,
           i.sku,
           i.name,
           i.category,
           i.quantity_on_hand,
           i.reorder_level,
           (i.quantity_on_hand <= i.reorder_level) AS below_reorder_level,
           COALESCE(sum(abs(t.quantity)) FILTER (WHERE t.type IN ('out', 'damage', 'write_off')
                    AND t.occurred_at >= now() - interval '90 days'), 0) AS used_90d,
           COALESCE(sum(t.quantity) FILTER (WHERE t.type = 'in' AND t.occurred_at >= now() - interval '90 days'), 0) AS received_90d,
           round(COALESCE(sum(abs(t.quantity)) FILTER (WHERE t.type IN ('out', 'damage', 'write_off')
                    AND t.occurred_at >= now() - interval '90 days'), 0) / NULLIF(i.quantity_on_hand, 0), 2) AS turnover_ratio_90d,
           max(t.occurred_at) AS last_movement_at,
           (i.quantity_on_hand * i.unit_cost)::numeric(14,2) AS stock_value
    FROM inventory_items i
    LEFT JOIN inventory_transactions t ON t.item_id = i.id
    WHERE i.deleted_at IS NULL
    GROUP BY i.id;
    CREATE UNIQUE INDEX IF NOT EXISTS ux_inventory_turnover_item ON inventory_turnover (item_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125125642_TriggersAndAnalyticsViews') THEN
    INSERT INTO "__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261125125642_TriggersAndAnalyticsViews', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125131310_DataProtectionKeys') THEN
    CREATE TABLE data_protection_keys (
        id integer GENERATED BY DEFAULT AS IDENTITY,
        friendly_name text,
        xml text,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_data_protection_keys PRIMARY KEY (id)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125131310_DataProtectionKeys') THEN
    DO $do$
    DECLARE t record;
    BEGIN
        FOR t IN
            SELECT c.table_name
            FROM information_schema.columns c
            JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
        LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'trg_' || t.table_name || '_updated_at', t.table_name);
            EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION update_updated_at_column()',
                'trg_' || t.table_name || '_updated_at', t.table_name);
        END LOOP;
    END
    $do$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125131310_DataProtectionKeys') THEN
    INSERT INTO "__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261125131310_DataProtectionKeys', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125132846_WorkflowStatusSkipped') THEN
    ALTER TYPE workflow_status ADD VALUE 'skipped';
    CREATE EXTENSION IF NOT EXISTS pgcrypto;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125132846_WorkflowStatusSkipped') THEN
    INSERT INTO "__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261125132846_WorkflowStatusSkipped', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125133647_ScanEvents') THEN
    CREATE TABLE scan_events (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        user_id uuid NOT NULL,
        code character varying(100) NOT NULL,
        case_id uuid,
        outcome character varying(20) NOT NULL,
        stage workflow_stage_name,
        message character varying(500),
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_scan_events PRIMARY KEY (id),
        CONSTRAINT ck_scan_events_outcome CHECK (outcome IN ('shown', 'completed', 'refused', 'unknown')),
        CONSTRAINT fk_scan_events_cases_case_id FOREIGN KEY (case_id) REFERENCES cases (id) ON DELETE SET NULL,
        CONSTRAINT fk_scan_events_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE RESTRICT
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125133647_ScanEvents') THEN
    CREATE INDEX ix_scan_events_case_id_created_at ON scan_events (case_id, created_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125133647_ScanEvents') THEN
    CREATE INDEX ix_scan_events_user_id_created_at ON scan_events (user_id, created_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125133647_ScanEvents') THEN
    DO $do$
    DECLARE t record;
    BEGIN
        FOR t IN
            SELECT c.table_name
            FROM information_schema.columns c
            JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
        LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'trg_' || t.table_name || '_updated_at', t.table_name);
            EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION update_updated_at_column()',
                'trg_' || t.table_name || '_updated_at', t.table_name);
        END LOOP;
    END
    $do$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125133647_ScanEvents') THEN
    INSERT INTO "__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261125133647_ScanEvents', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125140438_BoardIndex') THEN
    CREATE INDEX ix_cases_board ON cases (current_stage, due_date, urgency DESC, case_number) WHERE deleted_at IS NULL AND current_stage IS NOT NULL AND status <> 'delivered'::case_status AND status <> 'cancelled'::case_status;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261125140438_BoardIndex') THEN
    INSERT INTO "__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261125140438_BoardIndex', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201225457_ScheduledJobs') THEN
    CREATE TABLE scheduled_jobs (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        name character varying(100) NOT NULL,
        next_run_at timestamp with time zone NOT NULL,
        locked_by character varying(200),
        locked_until timestamp with time zone,
        last_started_at timestamp with time zone,
        last_finished_at timestamp with time zone,
        last_succeeded boolean,
        last_error character varying(1000),
        last_duration_ms integer,
        run_count bigint NOT NULL,
        fail_count bigint NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_scheduled_jobs PRIMARY KEY (id),
        CONSTRAINT ck_scheduled_jobs_counts_not_negative CHECK (run_count >= 0 AND fail_count >= 0),
        CONSTRAINT ck_scheduled_jobs_name_not_empty CHECK (btrim(name) <> '')
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201225457_ScheduledJobs') THEN
    CREATE UNIQUE INDEX ix_scheduled_jobs_name ON scheduled_jobs (name);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201225457_ScheduledJobs') THEN
    DO $do$
    DECLARE t record;
    BEGIN
        FOR t IN
            SELECT c.table_name
            FROM information_schema.columns c
            JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
        LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'trg_' || t.table_name || '_updated_at', t.table_name);
            EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION update_updated_at_column()',
                'trg_' || t.table_name || '_updated_at', t.table_name);
        END LOOP;
    END
    $do$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201225457_ScheduledJobs') THEN
    INSERT INTO "__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261201225457_ScheduledJobs', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201231659_Calendar') THEN
    CREATE TABLE appointment_reminders (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        appointment_id uuid NOT NULL,
        user_id uuid NOT NULL,
        starts_at timestamp with time zone NOT NULL,
        reminded_at timestamp with time zone NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_appointment_reminders PRIMARY KEY (id),
        CONSTRAINT fk_appointment_reminders_appointments_appointment_id FOREIGN KEY (appointment_id) REFERENCES appointments (id) ON DELETE CASCADE,
        CONSTRAINT fk_appointment_reminders_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201231659_Calendar') THEN
    CREATE TABLE calendar_feed_tokens (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        user_id uuid NOT NULL,
        token_hash character varying(64) NOT NULL,
        revoked_at timestamp with time zone,
        last_used_at timestamp with time zone,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_calendar_feed_tokens PRIMARY KEY (id),
        CONSTRAINT ck_calendar_feed_tokens_hash_hex CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        CONSTRAINT fk_calendar_feed_tokens_users_user_id FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201231659_Calendar') THEN
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('06029cc4-a02d-3c5f-b9b7-882f7010a10f', 'calendar', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'When the lab''s working day starts (HH:mm, lab time); the calendar shades the hours outside', 'calendar.business_hours_start', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"08:00"', 'string');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('6a37c4f6-9844-35ca-a60e-fe0ee8555fff', 'calendar', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'When the lab''s working day ends (HH:mm, lab time)', 'calendar.business_hours_end', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"17:00"', 'string');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('7cfd1bfc-056d-33b3-b726-3a3b118477ae', 'calendar', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Minutes before an appointment that its attendees are reminded', 'calendar.reminder_minutes', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '30', 'integer');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201231659_Calendar') THEN
    CREATE UNIQUE INDEX ix_appointment_reminders_appointment_id_user_id_starts_at ON appointment_reminders (appointment_id, user_id, starts_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201231659_Calendar') THEN
    CREATE INDEX ix_appointment_reminders_user_id ON appointment_reminders (user_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201231659_Calendar') THEN
    CREATE UNIQUE INDEX ix_calendar_feed_tokens_token_hash ON calendar_feed_tokens (token_hash);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201231659_Calendar') THEN
    CREATE UNIQUE INDEX ux_calendar_feed_tokens_live_user ON calendar_feed_tokens (user_id) WHERE revoked_at IS NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201231659_Calendar') THEN
    DO $do$
    DECLARE t record;
    BEGIN
        FOR t IN
            SELECT c.table_name
            FROM information_schema.columns c
            JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
        LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'trg_' || t.table_name || '_updated_at', t.table_name);
            EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION update_updated_at_column()',
                'trg_' || t.table_name || '_updated_at', t.table_name);
        END LOOP;
    END
    $do$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201231659_Calendar') THEN
    INSERT INTO "__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261201231659_Calendar', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE shipments ADD boxes integer;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE shipments ADD contact_phone character varying(50);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE shipments ADD failure_reason character varying(500);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE shipments ADD requested_by_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE shipments ADD signature_path character varying(300);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE shipments ADD stop_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE shipments ADD window_from time without time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE shipments ADD window_to time without time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE route_stops ADD dentist_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE route_stops ADD failure_reason character varying(500);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE route_stops ADD postal_code character varying(20);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE route_stops ADD recipient_name character varying(200);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    CREATE TABLE shipment_events (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        shipment_id uuid NOT NULL,
        at timestamp with time zone NOT NULL,
        actor_id uuid,
        status shipment_status NOT NULL,
        text character varying(500) NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_shipment_events PRIMARY KEY (id),
        CONSTRAINT fk_shipment_events_shipments_shipment_id FOREIGN KEY (shipment_id) REFERENCES shipments (id) ON DELETE CASCADE,
        CONSTRAINT fk_shipment_events_users_actor_id FOREIGN KEY (actor_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    CREATE INDEX ix_shipments_requested_by_id ON shipments (requested_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    CREATE INDEX ix_shipments_stop_id ON shipments (stop_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    CREATE UNIQUE INDEX ux_shipments_open_delivery_per_case ON shipments (case_id) WHERE type = 'delivery' AND status IN ('scheduled', 'in_transit') AND deleted_at IS NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE shipments ADD CONSTRAINT ck_shipments_boxes_positive CHECK (boxes IS NULL OR boxes > 0);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE shipments ADD CONSTRAINT ck_shipments_window_order CHECK (window_from IS NULL OR window_to IS NULL OR window_to > window_from);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    CREATE INDEX ix_route_stops_dentist_id ON route_stops (dentist_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    CREATE INDEX ix_shipment_events_actor_id ON shipment_events (actor_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    CREATE INDEX ix_shipment_events_shipment_id_at ON shipment_events (shipment_id, at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE route_stops ADD CONSTRAINT fk_route_stops_dentist_profiles_dentist_id FOREIGN KEY (dentist_id) REFERENCES dentist_profiles (id) ON DELETE SET NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE shipments ADD CONSTRAINT fk_shipments_asp_net_users_requested_by_id FOREIGN KEY (requested_by_id) REFERENCES users (id) ON DELETE SET NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    ALTER TABLE shipments ADD CONSTRAINT fk_shipments_route_stops_stop_id FOREIGN KEY (stop_id) REFERENCES route_stops (id) ON DELETE SET NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    DO $do$
    DECLARE t record;
    BEGIN
        FOR t IN
            SELECT c.table_name
            FROM information_schema.columns c
            JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
        LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'trg_' || t.table_name || '_updated_at', t.table_name);
            EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION update_updated_at_column()',
                'trg_' || t.table_name || '_updated_at', t.table_name);
        END LOOP;
    END
    $do$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261201233738_Logistics') THEN
    INSERT INTO "__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261201233738_Logistics', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202004742_Inventory') THEN
    ALTER TABLE material_lots ADD blocked_at timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202004742_Inventory') THEN
    ALTER TABLE inventory_transactions ADD supplier_id uuid;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202004742_Inventory') THEN
    ALTER TABLE inventory_items ADD low_stock_notified_at timestamp with time zone;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202004742_Inventory') THEN
    CREATE TABLE lot_recalls (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        lot_id uuid NOT NULL,
        recalled_by_id uuid,
        recalled_at timestamp with time zone NOT NULL,
        reason character varying(1000) NOT NULL,
        affected_cases integer NOT NULL,
        dentists_informed integer NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_lot_recalls PRIMARY KEY (id),
        CONSTRAINT ck_lot_recalls_counts_non_negative CHECK (affected_cases >= 0 AND dentists_informed >= 0),
        CONSTRAINT fk_lot_recalls_material_lots_lot_id FOREIGN KEY (lot_id) REFERENCES material_lots (id) ON DELETE CASCADE,
        CONSTRAINT fk_lot_recalls_users_recalled_by_id FOREIGN KEY (recalled_by_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202004742_Inventory') THEN
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('e68c2e51-6781-3297-a06b-2a7097449538', 'inventory', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Days before its expiry date when a lot is marked as expiring', 'inventory.expiry_warning_days', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '30', 'integer');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202004742_Inventory') THEN
    CREATE INDEX ix_inventory_transactions_supplier_id_occurred_at ON inventory_transactions (supplier_id, occurred_at) WHERE supplier_id IS NOT NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202004742_Inventory') THEN
    CREATE UNIQUE INDEX ix_lot_recalls_lot_id ON lot_recalls (lot_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202004742_Inventory') THEN
    CREATE INDEX ix_lot_recalls_recalled_by_id ON lot_recalls (recalled_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202004742_Inventory') THEN
    ALTER TABLE inventory_transactions ADD CONSTRAINT fk_inventory_transactions_suppliers_supplier_id FOREIGN KEY (supplier_id) REFERENCES suppliers (id) ON DELETE SET NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202004742_Inventory') THEN
    DO $do$
    DECLARE t record;
    BEGIN
        FOR t IN
            SELECT c.table_name
            FROM information_schema.columns c
            JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
        LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'trg_' || t.table_name || '_updated_at', t.table_name);
            EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION update_updated_at_column()',
                'trg_' || t.table_name || '_updated_at', t.table_name);
        END LOOP;
    END
    $do$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202004742_Inventory') THEN
    INSERT INTO "__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261202004742_Inventory', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    ALTER TABLE department_equipment ADD decommissioned_on date;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    ALTER TABLE department_equipment ADD status_reason character varying(500);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE TABLE department_stock_receipts (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        transaction_id uuid NOT NULL,
        department_id uuid NOT NULL,
        booked_by_id uuid,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_department_stock_receipts PRIMARY KEY (id),
        CONSTRAINT fk_department_stock_receipts_asp_net_users_booked_by_id FOREIGN KEY (booked_by_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT fk_department_stock_receipts_departments_department_id FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT,
        CONSTRAINT fk_department_stock_receipts_inventory_transactions_transactio FOREIGN KEY (transaction_id) REFERENCES inventory_transactions (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE TABLE equipment_status_changes (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        equipment_id uuid NOT NULL,
        from_status equipment_status NOT NULL,
        to_status equipment_status NOT NULL,
        reason character varying(500) NOT NULL,
        changed_by_id uuid,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_equipment_status_changes PRIMARY KEY (id),
        CONSTRAINT ck_equipment_status_changes_reason CHECK (length(btrim(reason)) > 0),
        CONSTRAINT fk_equipment_status_changes_department_equipment_equipment_id FOREIGN KEY (equipment_id) REFERENCES department_equipment (id) ON DELETE RESTRICT,
        CONSTRAINT fk_equipment_status_changes_users_changed_by_id FOREIGN KEY (changed_by_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE TABLE maintenance_log (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        equipment_id uuid NOT NULL,
        performed_on date NOT NULL,
        kind character varying(16) NOT NULL,
        performed_by_id uuid,
        performed_by_company character varying(200),
        cost numeric(12,2) NOT NULL,
        notes character varying(4000),
        next_due_on date,
        recorded_by_id uuid,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_maintenance_log PRIMARY KEY (id),
        CONSTRAINT ck_maintenance_log_cost_non_negative CHECK (cost >= 0),
        CONSTRAINT ck_maintenance_log_kind CHECK (kind IN ('preventive', 'repair', 'calibration')),
        CONSTRAINT ck_maintenance_log_next_after_performed CHECK (next_due_on IS NULL OR next_due_on > performed_on),
        CONSTRAINT ck_maintenance_log_performed_by_one CHECK ((performed_by_id IS NOT NULL) <> (performed_by_company IS NOT NULL AND btrim(performed_by_company) <> '')),
        CONSTRAINT fk_maintenance_log_asp_net_users_recorded_by_id FOREIGN KEY (recorded_by_id) REFERENCES users (id) ON DELETE SET NULL,
        CONSTRAINT fk_maintenance_log_department_equipment_equipment_id FOREIGN KEY (equipment_id) REFERENCES department_equipment (id) ON DELETE RESTRICT,
        CONSTRAINT fk_maintenance_log_users_performed_by_id FOREIGN KEY (performed_by_id) REFERENCES users (id) ON DELETE SET NULL
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE TABLE maintenance_reminders (
        id uuid NOT NULL DEFAULT (gen_random_uuid()),
        equipment_id uuid NOT NULL,
        due_on date NOT NULL,
        kind character varying(16) NOT NULL,
        sent_at timestamp with time zone NOT NULL,
        created_at timestamp with time zone NOT NULL DEFAULT (now()),
        updated_at timestamp with time zone NOT NULL DEFAULT (now()),
        CONSTRAINT pk_maintenance_reminders PRIMARY KEY (id),
        CONSTRAINT ck_maintenance_reminders_kind CHECK (kind IN ('week_before', 'due_day')),
        CONSTRAINT fk_maintenance_reminders_department_equipment_equipment_id FOREIGN KEY (equipment_id) REFERENCES department_equipment (id) ON DELETE CASCADE
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE INDEX ix_department_stock_receipts_booked_by_id ON department_stock_receipts (booked_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE INDEX ix_department_stock_receipts_department_id ON department_stock_receipts (department_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE UNIQUE INDEX ix_department_stock_receipts_transaction_id ON department_stock_receipts (transaction_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE INDEX ix_equipment_status_changes_changed_by_id ON equipment_status_changes (changed_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE INDEX ix_equipment_status_changes_equipment_id_created_at ON equipment_status_changes (equipment_id, created_at);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE INDEX ix_maintenance_log_equipment_id_performed_on ON maintenance_log (equipment_id, performed_on);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE INDEX ix_maintenance_log_performed_by_id ON maintenance_log (performed_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE INDEX ix_maintenance_log_performed_on ON maintenance_log (performed_on);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE INDEX ix_maintenance_log_recorded_by_id ON maintenance_log (recorded_by_id);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    CREATE UNIQUE INDEX ix_maintenance_reminders_equipment_id_due_on_kind ON maintenance_reminders (equipment_id, due_on, kind);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    DO $do$
    DECLARE t record;
    BEGIN
        FOR t IN
            SELECT c.table_name
            FROM information_schema.columns c
            JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
        LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'trg_' || t.table_name || '_updated_at', t.table_name);
            EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION update_updated_at_column()',
                'trg_' || t.table_name || '_updated_at', t.table_name);
        END LOOP;
    END
    $do$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
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
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005243_StaffAndFloor') THEN
    INSERT INTO "__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261202005243_StaffAndFloor', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    ALTER TYPE audit_action ADD VALUE 'view' AFTER 'delete';
    ALTER TYPE audit_action ADD VALUE 'download' AFTER 'view';
    ALTER TYPE audit_action ADD VALUE 'export' AFTER 'download';
    ALTER TYPE audit_action ADD VALUE 'sign_in_failed' AFTER 'export';
    ALTER TYPE audit_action ADD VALUE 'locked_out';
    CREATE EXTENSION IF NOT EXISTS pgcrypto;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    ALTER TABLE roles ALTER COLUMN code DROP NOT NULL;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    ALTER TABLE audit_log ADD hash bytea;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    ALTER TABLE audit_log ADD prev_hash bytea;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    ALTER TABLE audit_log ADD seq bigint NOT NULL DEFAULT (0);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    UPDATE settings SET value_type = 'currency'
    WHERE id = '0a8786d0-5970-3a8e-97fc-821c423212fd';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    UPDATE settings SET value_type = 'paper_size'
    WHERE id = '25e0f384-aafe-387c-ab00-9cd6818bf784';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    UPDATE settings SET description = 'How long before an appointment its people are reminded'
    WHERE id = '7cfd1bfc-056d-33b3-b726-3a3b118477ae';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    UPDATE settings SET value_type = 'time_zone'
    WHERE id = '9e0b15ee-f435-3034-befc-891d1a4c159b';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    UPDATE settings SET value_type = 'email'
    WHERE id = 'dc3e9878-a940-3c91-a858-08b9b88e1ce2';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    UPDATE settings SET value_type = 'percentage'
    WHERE id = 'e5606054-b3a2-383b-a706-71dbf112f7d4';
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('001ec763-a240-31ee-b12f-f37a30892cd7', 'compliance', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Person responsible for regulatory compliance, named on statements', 'compliance.person_responsible', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '""', 'string');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('2749cadb-d2ef-3112-b48c-4f5afa663e01', 'compliance', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Authorised representative (name and address) when the lab is outside the market it supplies; empty when none', 'compliance.authorised_representative', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '""', 'text');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('336e8ec7-250e-3ed7-ac87-b33c1487e52d', 'cases', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'How often the report figures are recalculated', 'reports.refresh_minutes', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '15', 'integer');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('35f83c4b-af2c-3de5-9501-10feeeb9adea', 'lab', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Business hours: when the lab closes (lab time)', 'lab.closes_at', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"17:00"', 'time');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('5b94ae0c-4b9b-352a-ab0b-d6de630903fb', 'compliance', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Audit entries older than this are removed by the retention job (HIPAA keeps records 6 years)', 'compliance.audit_retention_years', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '6', 'integer');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('695bf247-b561-3789-bc0a-77c1ba768416', 'compliance', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'The lab''s registration number with the competent authority (e.g. SRN or FDA establishment number)', 'compliance.manufacturer_registration_number', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '""', 'string');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('80337eb6-e94a-3b95-aeb8-776cff0d8190', 'lab', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Business hours: when the lab opens (lab time)', 'lab.opens_at', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"08:00"', 'time');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('85a68b7d-a3d5-3368-a1b8-ee8858decdd8', 'cases', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'How long before a case is due its technicians are reminded', 'cases.due_reminder_hours', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '24', 'integer');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('8def556c-53c1-38e5-8215-0a6adf668248', 'compliance', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Registered address of the manufacturer', 'compliance.manufacturer_address', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"12 Harbour Street\nSpringfield 01234"', 'text');
    INSERT INTO settings (id, category, created_at, description, key, updated_at, value, value_type)
    VALUES ('99d529f3-541e-3d7e-a9ef-1c6febb3ef7f', 'compliance', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', 'Legal name of the manufacturer on statements of conformity for custom-made devices', 'compliance.manufacturer_legal_name', TIMESTAMPTZ '2026-01-01T00:00:00+00:00', '"DentalLab Demo Laboratory Ltd"', 'string');
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    DO $do$
    DECLARE t record;
    BEGIN
        FOR t IN
            SELECT c.table_name
            FROM information_schema.columns c
            JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
            WHERE c.table_schema = current_schema() AND c.column_name = 'updated_at' AND tb.table_type = 'BASE TABLE'
        LOOP
            EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'trg_' || t.table_name || '_updated_at', t.table_name);
            EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE ON %I FOR EACH ROW EXECUTE FUNCTION update_updated_at_column()',
                'trg_' || t.table_name || '_updated_at', t.table_name);
        END LOOP;
    END
    $do$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS seq bigint NOT NULL DEFAULT 0;
    ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS prev_hash bytea;
    ALTER TABLE audit_log ADD COLUMN IF NOT EXISTS hash bytea;
    CREATE OR REPLACE FUNCTION audit_log_canonical(a audit_log) RETURNS text LANGUAGE sql STABLE AS $fn$
        SELECT jsonb_build_array(
            a.seq, a.id::text,
            to_char(a.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
            a.table_name, a.record_id, a.action::text, a.user_id::text, a.ip_address,
            a.old_values, a.new_values)::text
    $fn$;

    CREATE OR REPLACE FUNCTION audit_log_hash(a audit_log) RETURNS bytea LANGUAGE sql STABLE AS $fn$
        SELECT sha256(coalesce(a.prev_hash, '\x'::bytea) || convert_to(audit_log_canonical(a), 'UTF8'))
    $fn$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    DO $do$
    DECLARE r record; prev bytea; n bigint := 0;
    BEGIN
        IF EXISTS (SELECT 1 FROM audit_log WHERE seq > 0) THEN
            RETURN;
        END IF;
        FOR r IN SELECT id FROM audit_log ORDER BY occurred_at, id LOOP
            n := n + 1;
            UPDATE audit_log SET seq = n, prev_hash = prev WHERE id = r.id;
            UPDATE audit_log a SET hash = audit_log_hash(a) WHERE a.id = r.id RETURNING a.hash INTO prev;
        END LOOP;
    END
    $do$;
    CREATE UNIQUE INDEX IF NOT EXISTS ux_audit_log_seq ON audit_log (seq);
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    CREATE OR REPLACE FUNCTION audit_log_append() RETURNS trigger LANGUAGE plpgsql AS $fn$
    DECLARE last_seq bigint; last_hash bytea;
    BEGIN
        -- Held until this transaction ends: the next writer waits here and then sees this entry.
        PERFORM pg_advisory_xact_lock(4704366367502190657);
        SELECT a.seq, a.hash INTO last_seq, last_hash FROM audit_log a ORDER BY a.seq DESC LIMIT 1;
        NEW.seq := coalesce(last_seq, 0) + 1;
        NEW.prev_hash := last_hash;
        NEW.hash := audit_log_hash(NEW);
        RETURN NEW;
    END
    $fn$;
    DROP TRIGGER IF EXISTS trg_audit_log_append ON audit_log;
    CREATE TRIGGER trg_audit_log_append BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append();
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    CREATE OR REPLACE FUNCTION audit_log_protect() RETURNS trigger LANGUAGE plpgsql AS $fn$
    BEGIN
        IF TG_OP = 'DELETE' AND current_setting('dentallab.audit_retention', true) = 'on' THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'audit_log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
    END
    $fn$;
    DROP TRIGGER IF EXISTS trg_audit_log_protect ON audit_log;
    CREATE TRIGGER trg_audit_log_protect BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_protect();
    DROP TRIGGER IF EXISTS trg_audit_log_no_truncate ON audit_log;
    CREATE TRIGGER trg_audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_protect();
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    CREATE OR REPLACE FUNCTION audit_log_apply_retention(cutoff timestamptz) RETURNS bigint LANGUAGE plpgsql AS $fn$
    DECLARE through_seq bigint; removed bigint;
    BEGIN
        SELECT max(a.seq) INTO through_seq FROM audit_log a
        WHERE a.occurred_at < cutoff
          AND a.seq < coalesce((SELECT min(b.seq) FROM audit_log b WHERE b.occurred_at >= cutoff), 9223372036854775807);
        IF through_seq IS NULL THEN
            RETURN 0;
        END IF;
        INSERT INTO audit_log (id, table_name, record_id, action, new_values, occurred_at, created_at, updated_at)
        VALUES (gen_random_uuid(), 'audit_log', 'retention', 'delete',
                jsonb_build_object('retention_cutoff', cutoff, 'removed_through_seq', through_seq), now(), now(), now());
        PERFORM set_config('dentallab.audit_retention', 'on', true);
        DELETE FROM audit_log WHERE seq <= through_seq;
        GET DIAGNOSTICS removed = ROW_COUNT;
        PERFORM set_config('dentallab.audit_retention', 'off', true);
        RETURN removed;
    END
    $fn$;
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202005652_Administration') THEN
    INSERT INTO "__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261202005652_Administration', '10.0.15');
    END IF;
END $EF$;
COMMIT;

START TRANSACTION;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202021352_Reports') THEN
    CREATE TABLE IF NOT EXISTS report_view_refreshes (
        view_name character varying(63) NOT NULL,
        refreshed_at timestamp with time zone NOT NULL,
        duration_ms integer NOT NULL,
        CONSTRAINT pk_report_view_refreshes PRIMARY KEY (view_name),
        CONSTRAINT ck_report_view_refreshes_duration_not_negative CHECK (duration_ms >= 0)
    );
    END IF;
END $EF$;

DO $EF$
BEGIN
    IF NOT EXISTS(SELECT 1 FROM "__EFMigrationsHistory" WHERE "migration_id" = '20261202021352_Reports') THEN
    INSERT INTO "__EFMigrationsHistory" (migration_id, product_version)
    VALUES ('20261202021352_Reports', '10.0.15');
    END IF;
END $EF$;
COMMIT;

