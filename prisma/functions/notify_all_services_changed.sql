-- The current definition of notify_all_services_changed. Edit it here, then npm run db:new-migration -- <name> writes the
-- migration that applies it (prisma/functions.test.ts fails until then).
-- TRUNCATE doesn't fire row triggers: say so to everyone (an empty payload means "everything").
CREATE OR REPLACE FUNCTION notify_all_services_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('notify_service_changed', '');
  RETURN NULL;
END $$;
