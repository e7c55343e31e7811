-- Hand-written (drizzle-kit generate --custom): every change to what the dashboard's figures count or name
-- tells each API server, which keeps the figures it counted (packages/services/src/read/figures-cache.ts) and
-- drops them all. The columns are those getLedgerFigures reads: a task's issue, lead unit, leader, status and
-- deadline (and its id, by which a unit's scope finds it), its co-operating units, an issue's inspection, the
-- names of units and leaders. One trigger per statement, not per row; PostgreSQL folds a transaction's
-- identical notifications into one and sends it at commit (none when it rolls back).
CREATE FUNCTION "rectify_notify_ledger_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('rectify_ledger_changes', '*');
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "tasks_notify_ledger_change"
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF "id", "issue_id", "lead_unit_id", "leader_id", "status", "deadline" ON "tasks"
  FOR EACH STATEMENT EXECUTE FUNCTION "rectify_notify_ledger_change"();--> statement-breakpoint
CREATE TRIGGER "task_co_units_notify_ledger_change"
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE ON "task_co_units"
  FOR EACH STATEMENT EXECUTE FUNCTION "rectify_notify_ledger_change"();--> statement-breakpoint
CREATE TRIGGER "issues_notify_ledger_change"
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF "id", "inspection_id" ON "issues"
  FOR EACH STATEMENT EXECUTE FUNCTION "rectify_notify_ledger_change"();--> statement-breakpoint
CREATE TRIGGER "units_notify_ledger_change"
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF "id", "name" ON "units"
  FOR EACH STATEMENT EXECUTE FUNCTION "rectify_notify_ledger_change"();--> statement-breakpoint
CREATE TRIGGER "leaders_notify_ledger_change"
  AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF "id", "name", "post" ON "leaders"
  FOR EACH STATEMENT EXECUTE FUNCTION "rectify_notify_ledger_change"();
