-- Hand-written: a message was JSON of a Label ({"zh","en"}) kept as text, and the reader showed any other
-- text as it was; each row becomes that Label, any other text the same in both languages (English missing: the
-- Chinese, as the reader did).
CREATE FUNCTION "notification_message_label"(stored text) RETURNS jsonb LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  parsed jsonb;
BEGIN
  parsed := stored::jsonb;
  IF jsonb_typeof(parsed -> 'zh') = 'string' THEN
    RETURN jsonb_build_object(
      'zh', parsed -> 'zh',
      'en', CASE WHEN jsonb_typeof(parsed -> 'en') = 'string' THEN parsed -> 'en' ELSE parsed -> 'zh' END
    );
  END IF;
  RETURN jsonb_build_object('zh', stored, 'en', stored);
EXCEPTION WHEN invalid_text_representation OR untranslatable_character THEN
  RETURN jsonb_build_object('zh', stored, 'en', stored);
END
$$;--> statement-breakpoint
ALTER TABLE "notifications" ALTER COLUMN "message" SET DATA TYPE jsonb USING "notification_message_label"("message");--> statement-breakpoint
DROP FUNCTION "notification_message_label"(text);
