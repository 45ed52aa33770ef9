-- The current definition of notify_daily_allowance_used. Edit it here, then npm run db:new-migration -- <name> writes the
-- migration that applies it (prisma/functions.test.ts fails until then).
-- How many messages a service can still send today on a channel (for the check page).
CREATE OR REPLACE FUNCTION notify_daily_allowance_used(p_key text, p_day timestamp, p_shards integer)
RETURNS integer LANGUAGE sql STABLE AS $$
  SELECT coalesce(sum(c.count), 0)::integer FROM rate_limit_counters c JOIN generate_series(0, p_shards - 1) AS i ON c.key = p_key || '#' || i
  WHERE c.window_start = p_day;
$$;
