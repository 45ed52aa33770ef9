-- Two templates of the built-in Notify service for the provider readiness page
-- (/platform-admin/providers): a platform admin sends a test email or text through the normal
-- sending path to check the providers end to end. Data only; the schema is unchanged.

INSERT INTO "templates" ("id", "service_id", "name", "template_type", "subject", "content", "created_by_id", "updated_at")
VALUES
  ('8c1b7f52-5d3e-4f0a-9b61-2f4e7a9d3c10', 'd6aa2c68-a2d9-4437-ab19-3ae8eb202553', 'Provider test email', 'email', 'Notify test email',
   E'This is a test email from Notify, sent by ((name)) from the provider readiness page to check that email is delivered.\n\nYou do not need to do anything.',
   '6a1e0c6c-4b1e-4c43-9d0a-0d7f1f6c0001', now()),
  ('c3e9a0d4-7b21-4e68-8f5a-1d6b2c4e9f72', 'd6aa2c68-a2d9-4437-ab19-3ae8eb202553', 'Provider test text message', 'sms', NULL,
   'Notify test text message, sent by ((name)) to check that texts are delivered. You do not need to reply.',
   '6a1e0c6c-4b1e-4c43-9d0a-0d7f1f6c0001', now());

INSERT INTO "templates_history" ("id", "version", "service_id", "name", "template_type", "subject", "content", "created_by_id")
SELECT "id", 1, "service_id", "name", "template_type", "subject", "content", "created_by_id" FROM "templates"
WHERE "id" IN ('8c1b7f52-5d3e-4f0a-9b61-2f4e7a9d3c10', 'c3e9a0d4-7b21-4e68-8f5a-1d6b2c4e9f72');
