-- Hand-written (drizzle-kit generate --custom): every change to an account or a session tells each API
-- server, which caches who a token's user is (packages/services/src/auth/user-cache.ts). NOTIFY is sent at
-- commit; the payload is the user's id, or '*' when a table is truncated (a restore).
CREATE FUNCTION "rectify_notify_user_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_LEVEL = 'STATEMENT' THEN
    PERFORM pg_notify('rectify_user_changes', '*');
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM pg_notify('rectify_user_changes', (to_jsonb(OLD) ->> CASE WHEN TG_TABLE_NAME = 'users' THEN 'id' ELSE 'user_id' END));
  ELSE
    PERFORM pg_notify('rectify_user_changes', (to_jsonb(NEW) ->> CASE WHEN TG_TABLE_NAME = 'users' THEN 'id' ELSE 'user_id' END));
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER "users_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "users"
  FOR EACH ROW EXECUTE FUNCTION "rectify_notify_user_change"();--> statement-breakpoint
CREATE TRIGGER "users_notify_truncate" AFTER TRUNCATE ON "users"
  FOR EACH STATEMENT EXECUTE FUNCTION "rectify_notify_user_change"();--> statement-breakpoint
CREATE TRIGGER "sessions_notify_change" AFTER INSERT OR UPDATE OR DELETE ON "sessions"
  FOR EACH ROW EXECUTE FUNCTION "rectify_notify_user_change"();--> statement-breakpoint
CREATE TRIGGER "sessions_notify_truncate" AFTER TRUNCATE ON "sessions"
  FOR EACH STATEMENT EXECUTE FUNCTION "rectify_notify_user_change"();
