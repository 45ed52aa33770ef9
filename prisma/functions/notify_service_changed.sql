-- The current definition of notify_service_changed. Edit it here, then npm run db:new-migration -- <name> writes the
-- migration that applies it (prisma/functions.test.ts fails until then).
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
