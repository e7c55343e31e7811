ALTER TABLE "webhook_subscriptions" ADD COLUMN "secret_prefix" text;--> statement-breakpoint
-- Hand-written: rows made before secrets were sealed keep their prefix (their plain secret must be replaced).
UPDATE "webhook_subscriptions" SET "secret_prefix" = left("secret", 10);--> statement-breakpoint
ALTER TABLE "webhook_subscriptions" ALTER COLUMN "secret_prefix" SET NOT NULL;
