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
