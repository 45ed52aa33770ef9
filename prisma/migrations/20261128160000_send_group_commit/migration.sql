-- Group commit for the API's hand-off: the sends that arrive while earlier ones are being stored
-- go into the database together, in one transaction (one statement), instead of one each.

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

-- Stores many notifications and queues their delivery in one statement (all or nothing).
-- p_notifications: a JSON array of notifications rows (as notify_create_notification takes one).
-- p_allowances: a JSON array of {key, limit, day, ids}: the ids (in order) that need one each from that
-- daily allowance; those it can't cover without waiting are not stored and are returned, for the
-- caller to send one at a time. Delivery is queued as send-batch jobs of up to 1,000, one per
-- distinct scheduled_for (the worker sends a batch in a few queries).
CREATE OR REPLACE FUNCTION notify_create_notifications(p_notifications jsonb, p_allowances jsonb, p_shards integer)
RETURNS TABLE (not_stored uuid)
LANGUAGE plpgsql AS $$
DECLARE
  v_now timestamp := now() AT TIME ZONE 'utc';
  v_left uuid[] := '{}';
  v_ids uuid[];
  v_taken integer;
  v_jobs integer;
  a jsonb;
BEGIN
  FOR a IN SELECT value FROM jsonb_array_elements(p_allowances) LOOP
    v_ids := ARRAY(SELECT x::uuid FROM jsonb_array_elements_text(a->'ids') AS x);
    v_taken := notify_take_daily_allowance_unblocked(a->>'key', (a->>'limit')::integer, (a->>'day')::timestamp, p_shards, cardinality(v_ids));
    IF v_taken < cardinality(v_ids) THEN
      v_left := v_left || v_ids[v_taken + 1:];
    END IF;
  END LOOP;

  WITH stored AS (
    INSERT INTO notifications
    SELECT r.* FROM jsonb_array_elements(p_notifications) AS e,
      LATERAL jsonb_populate_record(NULL::notifications, e.value || jsonb_build_object('created_at', v_now, 'updated_at', v_now)) AS r
    WHERE NOT (r.id = ANY (v_left))
    RETURNING id, scheduled_for
  ), numbered AS (
    SELECT id, scheduled_for, (row_number() OVER (PARTITION BY scheduled_for) - 1) / 1000 AS chunk FROM stored
  )
  SELECT count(*) INTO v_jobs FROM graphile_worker.add_jobs(ARRAY(
    SELECT ROW('send-batch', json_build_object('notificationIds', json_agg(id)), NULL, scheduled_for AT TIME ZONE 'utc', NULL, NULL, NULL, NULL)::graphile_worker.job_spec
    FROM numbered GROUP BY scheduled_for, chunk
  ));

  RETURN QUERY SELECT unnest(v_left);
END $$;
