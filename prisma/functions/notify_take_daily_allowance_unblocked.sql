-- The current definition of notify_take_daily_allowance_unblocked. Edit it here, then npm run db:new-migration -- <name> writes the
-- migration that applies it (prisma/functions.test.ts fails until then).
-- Takes up to p_count from a day's sharded allowance without waiting: only shards nobody else
-- holds are used, so concurrent callers never deadlock. Returns how many it took (0..p_count);
-- the caller decides what to do with the rest (the API sends them one at a time through
-- notify_create_notification, which waits for a busy shard and refuses at the limit).
CREATE OR REPLACE FUNCTION notify_take_daily_allowance_unblocked(p_key text, p_limit integer, p_day timestamp, p_shards integer, p_count integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  v_left integer := p_count;
  v_take integer;
  r record;
BEGIN
  IF p_count <= 0 OR p_limit <= 0 THEN
    RETURN 0;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM rate_limit_counters WHERE key = p_key || '#0' AND window_start = p_day) THEN
    INSERT INTO rate_limit_counters (key, window_start, count, expires_at)
    SELECT p_key || '#' || i, p_day, 0, p_day + interval '2 days' FROM generate_series(0, p_shards - 1) AS i
    ON CONFLICT (key, window_start) DO NOTHING;
  END IF;
  FOR r IN
    SELECT c.key, c.count, (p_limit / p_shards) + CASE WHEN i < p_limit % p_shards THEN 1 ELSE 0 END AS cap
    FROM rate_limit_counters c JOIN generate_series(0, p_shards - 1) AS i ON c.key = p_key || '#' || i
    WHERE c.window_start = p_day AND c.count < (p_limit / p_shards) + CASE WHEN i < p_limit % p_shards THEN 1 ELSE 0 END
    ORDER BY random() FOR UPDATE OF c SKIP LOCKED
  LOOP
    v_take := least(v_left, r.cap - r.count);
    UPDATE rate_limit_counters SET count = count + v_take WHERE key = r.key AND window_start = p_day;
    v_left := v_left - v_take;
    EXIT WHEN v_left = 0;
  END LOOP;
  RETURN p_count - v_left;
END $$;
