-- The current definition of notify_take_daily_allowance. Edit it here, then npm run db:new-migration -- <name> writes the
-- migration that applies it (prisma/functions.test.ts fails until then).
-- Takes `p_count` from a day's sharded allowance at once (a spreadsheet job reserves all its rows
-- before it starts): all shard rows are locked in key order, and either the whole count fits under
-- the limit and is spread over the shards' remaining room, or nothing changes and it returns false.
CREATE OR REPLACE FUNCTION notify_take_daily_allowance(p_key text, p_limit integer, p_day timestamp, p_shards integer, p_count integer)
RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  v_used integer;
  v_left integer := p_count;
  r record;
  v_take integer;
BEGIN
  IF p_count <= 0 THEN
    RETURN true;
  END IF;
  INSERT INTO rate_limit_counters (key, window_start, count, expires_at)
  SELECT p_key || '#' || i, p_day, 0, p_day + interval '2 days' FROM generate_series(0, p_shards - 1) AS i
  ON CONFLICT (key, window_start) DO NOTHING;
  PERFORM 1 FROM rate_limit_counters c JOIN generate_series(0, p_shards - 1) AS i ON c.key = p_key || '#' || i
    WHERE c.window_start = p_day ORDER BY c.key FOR UPDATE OF c;
  SELECT coalesce(sum(c.count), 0) INTO v_used FROM rate_limit_counters c JOIN generate_series(0, p_shards - 1) AS i ON c.key = p_key || '#' || i
    WHERE c.window_start = p_day;
  IF v_used + p_count > p_limit THEN
    RETURN false;
  END IF;
  FOR r IN
    SELECT c.key, c.count, (p_limit / p_shards) + CASE WHEN i < p_limit % p_shards THEN 1 ELSE 0 END AS cap
    FROM rate_limit_counters c JOIN generate_series(0, p_shards - 1) AS i ON c.key = p_key || '#' || i
    WHERE c.window_start = p_day ORDER BY c.key
  LOOP
    EXIT WHEN v_left = 0;
    v_take := least(v_left, greatest(r.cap - r.count, 0));
    IF v_take > 0 THEN
      UPDATE rate_limit_counters SET count = count + v_take WHERE key = r.key AND window_start = p_day;
      v_left := v_left - v_take;
    END IF;
  END LOOP;
  RETURN v_left = 0;
END $$;
