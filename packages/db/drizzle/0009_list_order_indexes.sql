DROP INDEX "audit_events_at_idx";--> statement-breakpoint
CREATE INDEX "issues_code_order_idx" ON "issues" USING btree ("inspection_id","sort_key","id");--> statement-breakpoint
CREATE INDEX "issues_title_order_idx" ON "issues" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "issues_updated_order_idx" ON "issues" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "progress_reports_reported_order_idx" ON "progress_reports" USING btree ("reported_at","id");--> statement-breakpoint
CREATE INDEX "progress_reports_period_order_idx" ON "progress_reports" USING btree ("period","id");--> statement-breakpoint
CREATE INDEX "tasks_deadline_order_idx" ON "tasks" USING btree ("deadline","id");--> statement-breakpoint
CREATE INDEX "tasks_status_order_idx" ON "tasks" USING btree ("status","id");--> statement-breakpoint
CREATE INDEX "tasks_updated_order_idx" ON "tasks" USING btree ("updated_at","id");--> statement-breakpoint
CREATE INDEX "tasks_created_order_idx" ON "tasks" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "audit_events_at_idx" ON "audit_events" USING btree ("at","id");