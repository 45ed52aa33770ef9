-- The current definition of notify_create_notification. Edit it here, then npm run db:new-migration -- <name> writes the
-- migration that applies it (prisma/functions.test.ts fails until then).
-- One database call for the whole send hand-off (the API's hot path): claim the Idempotency-Key,
-- store the notification, queue its delivery job, and take one from the day's sharded allowance,
-- all in the caller's single statement (so all or nothing). Raises SQLSTATE NT001 when the daily
-- limit is reached, which rolls everything back. p_notification may carry queue_lane and
-- queue_priority (lib/jobs/lanes.ts): the delivery job's lane flag and graphile priority.
CREATE OR REPLACE FUNCTION notify_create_notification(
  p_notification jsonb,
  p_task text,
  p_run_at timestamptz,
  p_daily_key text,
  p_daily_limit integer,
  p_day timestamp,
  p_shards integer,
  p_idem_key text,
  p_idem_hash text,
  p_idem_status integer,
  p_idem_body text
) RETURNS TABLE (outcome text, replay_hash text, replay_status integer, replay_body text)
LANGUAGE plpgsql AS $$
DECLARE
  v_now timestamp := now() AT TIME ZONE 'utc';
  v_id uuid := (p_notification->>'id')::uuid;
  v_service uuid := (p_notification->>'service_id')::uuid;
  v_claimed text;
  v_shard text;
  v_candidate record;
BEGIN
  IF p_idem_key IS NOT NULL THEN
    INSERT INTO api_idempotency_keys (service_id, key, request_hash, response_status, response_body, created_at)
    VALUES (v_service, p_idem_key, p_idem_hash, p_idem_status, p_idem_body, v_now)
    ON CONFLICT (service_id, key) DO UPDATE SET request_hash = EXCLUDED.request_hash, response_status = EXCLUDED.response_status,
      response_body = EXCLUDED.response_body, created_at = EXCLUDED.created_at
    WHERE api_idempotency_keys.created_at < v_now - interval '24 hours'
    RETURNING key INTO v_claimed;
    IF v_claimed IS NULL THEN
      RETURN QUERY SELECT 'replay'::text, k.request_hash::text, k.response_status, k.response_body
        FROM api_idempotency_keys k WHERE k.service_id = v_service AND k.key = p_idem_key;
      RETURN;
    END IF;
  END IF;

  INSERT INTO notifications
  SELECT * FROM jsonb_populate_record(NULL::notifications, p_notification || jsonb_build_object('created_at', v_now, 'updated_at', v_now));

  PERFORM graphile_worker.add_job(p_task, json_build_object('notificationId', v_id::text), run_at := p_run_at, job_key := 'send:' || v_id::text,
    priority := coalesce((p_notification->>'queue_priority')::integer, 0),
    flags := CASE WHEN p_notification ? 'queue_lane' THEN ARRAY['lane:' || (p_notification->>'queue_lane')] END);

  IF p_daily_key IS NOT NULL THEN
    IF p_daily_limit <= 0 THEN
      RAISE EXCEPTION 'daily limit reached' USING ERRCODE = 'NT001';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM rate_limit_counters WHERE key = p_daily_key || '#0' AND window_start = p_day) THEN
      INSERT INTO rate_limit_counters (key, window_start, count, expires_at)
      SELECT p_daily_key || '#' || i, p_day, 0, p_day + interval '2 days' FROM generate_series(0, p_shards - 1) AS i
      ON CONFLICT (key, window_start) DO NOTHING;
    END IF;
    -- Any shard with room that nobody else holds.
    SELECT c.key INTO v_shard FROM rate_limit_counters c
      JOIN generate_series(0, p_shards - 1) AS i ON c.key = p_daily_key || '#' || i
      WHERE c.window_start = p_day AND c.count < (p_daily_limit / p_shards) + CASE WHEN i < p_daily_limit % p_shards THEN 1 ELSE 0 END
      ORDER BY random() LIMIT 1 FOR UPDATE OF c SKIP LOCKED;
    IF v_shard IS NOT NULL THEN
      UPDATE rate_limit_counters SET count = count + 1 WHERE key = v_shard AND window_start = p_day;
    ELSE
      -- Every shard with room is held: wait for them one at a time, in key order. A shard found
      -- full once its holder commits stays locked until we end, so waiting in any other order
      -- (random, as above) lets two sends each hold the shard the other waits for: a deadlock.
      FOR v_candidate IN
        SELECT c.key, (p_daily_limit / p_shards) + CASE WHEN i < p_daily_limit % p_shards THEN 1 ELSE 0 END AS cap
        FROM rate_limit_counters c JOIN generate_series(0, p_shards - 1) AS i ON c.key = p_daily_key || '#' || i
        WHERE c.window_start = p_day AND c.count < (p_daily_limit / p_shards) + CASE WHEN i < p_daily_limit % p_shards THEN 1 ELSE 0 END
        ORDER BY c.key
      LOOP
        UPDATE rate_limit_counters SET count = count + 1 WHERE key = v_candidate.key AND window_start = p_day AND count < v_candidate.cap
          RETURNING key INTO v_shard;
        EXIT WHEN v_shard IS NOT NULL;
      END LOOP;
      IF v_shard IS NULL THEN
        RAISE EXCEPTION 'daily limit reached' USING ERRCODE = 'NT001';
      END IF;
    END IF;
  END IF;

  RETURN QUERY SELECT 'ok'::text, NULL::text, NULL::integer, NULL::text;
END $$;

-- The current definition of notify_create_notifications. Edit it here, then npm run db:new-migration -- <name> writes the
-- migration that applies it (prisma/functions.test.ts fails until then).
-- Stores many notifications and queues their delivery in one statement (all or nothing).
-- p_notifications: a JSON array of notifications rows (as notify_create_notification takes one).
-- p_allowances: a JSON array of {key, limit, day, ids}: the ids (in order) that need one each from that
-- daily allowance; those it can't cover without waiting are not stored and are returned, for the
-- caller to send one at a time. Delivery is queued as send-batch jobs of up to 1,000, one per
-- distinct scheduled_for, lane and service (the worker sends a batch in a few queries). Each element
-- may carry queue_lane and queue_priority (lib/jobs/lanes.ts): its job's lane flag and priority;
-- each batch is also flagged with its service (lanes.ts turnFlags, for the bulk lane's turns).
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
  -- In key order: the first send of a day creates its counter rows, and two batches creating the
  -- rows of two allowances in opposite orders would deadlock.
  FOR a IN SELECT value FROM jsonb_array_elements(p_allowances) ORDER BY value->>'key', value->>'day' LOOP
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
    RETURNING id, service_id, scheduled_for
  ), queued AS (
    SELECT s.id, s.service_id, s.scheduled_for, e.value->>'queue_lane' AS lane, coalesce((e.value->>'queue_priority')::smallint, 0) AS priority
    FROM stored s JOIN jsonb_array_elements(p_notifications) AS e ON (e.value->>'id')::uuid = s.id
  ), numbered AS (
    SELECT *, (row_number() OVER (PARTITION BY scheduled_for, lane, priority, service_id) - 1) / 1000 AS chunk FROM queued
  )
  SELECT count(*) INTO v_jobs FROM graphile_worker.add_jobs(ARRAY(
    SELECT ROW('send-batch', json_build_object('notificationIds', json_agg(id), 'serviceId', service_id), NULL, scheduled_for AT TIME ZONE 'utc', NULL, NULL,
      priority, CASE WHEN lane IS NOT NULL THEN ARRAY['lane:' || lane, 'service:' || service_id] END)::graphile_worker.job_spec
    FROM numbered GROUP BY scheduled_for, lane, priority, service_id, chunk
  ));

  RETURN QUERY SELECT unnest(v_left);
END $$;
