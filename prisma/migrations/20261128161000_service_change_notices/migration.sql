-- Every change to what the API reads about a service on each request (the service itself, its
-- templates, channels, text message senders, reply-to addresses and API keys) announces its id on
-- the 'notify_service_changed' channel when it commits, so web processes can keep that in memory
-- and drop it the moment it changes (lib/db/service-changes.ts).
CREATE OR REPLACE FUNCTION notify_service_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v_row jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
BEGIN
  PERFORM pg_notify('notify_service_changed', v_row->>TG_ARGV[0]);
  IF TG_OP = 'UPDATE' AND (to_jsonb(OLD)->>TG_ARGV[0]) IS DISTINCT FROM (v_row->>TG_ARGV[0]) THEN
    PERFORM pg_notify('notify_service_changed', to_jsonb(OLD)->>TG_ARGV[0]);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER services_changed AFTER INSERT OR UPDATE OR DELETE ON services
  FOR EACH ROW EXECUTE FUNCTION notify_service_changed('id');
CREATE TRIGGER templates_changed AFTER INSERT OR UPDATE OR DELETE ON templates
  FOR EACH ROW EXECUTE FUNCTION notify_service_changed('service_id');
CREATE TRIGGER service_permissions_changed AFTER INSERT OR UPDATE OR DELETE ON service_permissions
  FOR EACH ROW EXECUTE FUNCTION notify_service_changed('service_id');
CREATE TRIGGER service_sms_senders_changed AFTER INSERT OR UPDATE OR DELETE ON service_sms_senders
  FOR EACH ROW EXECUTE FUNCTION notify_service_changed('service_id');
CREATE TRIGGER service_email_reply_to_changed AFTER INSERT OR UPDATE OR DELETE ON service_email_reply_to
  FOR EACH ROW EXECUTE FUNCTION notify_service_changed('service_id');
-- TRUNCATE doesn't fire row triggers: say so to everyone (an empty payload means "everything").
CREATE OR REPLACE FUNCTION notify_all_services_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('notify_service_changed', '');
  RETURN NULL;
END $$;
CREATE TRIGGER services_truncated AFTER TRUNCATE ON services FOR EACH STATEMENT EXECUTE FUNCTION notify_all_services_changed();
CREATE TRIGGER templates_truncated AFTER TRUNCATE ON templates FOR EACH STATEMENT EXECUTE FUNCTION notify_all_services_changed();
-- API keys: added, revoked or removed (not every "last used" stamp).
CREATE TRIGGER api_keys_changed AFTER INSERT OR DELETE OR UPDATE OF expiry_date, secret, key_type, service_id ON api_keys
  FOR EACH ROW EXECUTE FUNCTION notify_service_changed('service_id');
