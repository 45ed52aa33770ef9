-- The built-in Notify service that sends the platform's own messages (security codes, email
-- confirmation, password resets, invitations), with its templates. Its sender address, reply-to
-- and SMS sender come from configuration at send time (NOTIFY_SERVICE_* variables), not from here.
-- The owning "system" user can never sign in (no usable password hash, inactive).

INSERT INTO "users" ("id", "name", "email_address", "password_hash", "auth_type", "state", "updated_at")
VALUES ('6a1e0c6c-4b1e-4c43-9d0a-0d7f1f6c0001', 'Notify system', 'notify-system@notify.invalid', '!', 'email_auth', 'inactive', now());

INSERT INTO "services" ("id", "name", "restricted", "email_from", "prefix_sms", "sms_message_limit", "email_message_limit", "created_by_id", "updated_at", "count_as_live")
VALUES ('d6aa2c68-a2d9-4437-ab19-3ae8eb202553', 'Notify', false, 'notify', false, 999999999, 999999999, '6a1e0c6c-4b1e-4c43-9d0a-0d7f1f6c0001', now(), false);

INSERT INTO "service_permissions" ("service_id", "permission")
VALUES ('d6aa2c68-a2d9-4437-ab19-3ae8eb202553', 'sms'), ('d6aa2c68-a2d9-4437-ab19-3ae8eb202553', 'email'), ('d6aa2c68-a2d9-4437-ab19-3ae8eb202553', 'international_sms');

CREATE TEMPORARY TABLE "notify_templates" ("id" UUID, "name" TEXT, "template_type" "template_type", "subject" TEXT, "content" TEXT) ON COMMIT DROP;
INSERT INTO "notify_templates" VALUES
  ('36fb0730-6259-4da1-8a80-c8de22ad4246', 'Security code by text message', 'sms', NULL,
   '((verify_code)) is your Notify security code. It expires in 30 minutes. Do not share it with anyone.'),
  ('299726d2-dba6-42b8-8209-30e1d66ea164', 'Security code by email', 'email', 'Your Notify security code',
   E'Hi ((name)),\n\nYour Notify security code is:\n\n# ((verify_code))\n\nIt expires in 30 minutes. Do not share it with anyone.\n\nIf you did not try to sign in, reset your password at ((url)).'),
  ('ece42649-22a8-4d06-b87f-d52d5d3f0a27', 'Confirm your email address', 'email', 'Confirm your email address',
   E'Hi ((name)),\n\nTo finish creating your Notify account, confirm your email address:\n\n((url))\n\nThis link expires in 1 hour. If you did not create an account, you can ignore this email.'),
  ('0880fbb1-a0c6-46f0-9a8e-36c986381ceb', 'Account already exists', 'email', 'You already have a Notify account',
   E'Someone tried to create a Notify account with this email address, but you already have one.\n\nSign in: ((signin_url))\n\nForgot your password? Reset it: ((forgot_password_url))\n\nIf this was not you, you can ignore this email.'),
  ('474e9242-823b-4f99-813d-ed392e7f1201', 'Reset your password', 'email', 'Reset your Notify password',
   E'Hi ((name)),\n\nWe received a request to reset your Notify password. Choose a new password:\n\n((url))\n\nThis link expires in 1 hour and works once. If you did not ask to reset your password, you can ignore this email.'),
  ('4f46df42-f795-4cc4-83bb-65ca312f49cc', 'Invitation to a service', 'email', '((user_name)) has invited you to collaborate on ((service_name)) on Notify',
   E'((user_name)) has invited you to collaborate on ((service_name)) on Notify.\n\nNotify lets government agencies send text messages and emails to the public.\n\nAccept the invitation: ((url))\n\nThis invitation expires in 2 days.'),
  ('eb4db9c3-0a9b-4d07-9a3e-6bb70a4cd0d2', 'Verify your mobile number', 'sms', NULL,
   '((verify_code)) is your Notify code to confirm your mobile number. It expires in 30 minutes.');

INSERT INTO "templates" ("id", "service_id", "name", "template_type", "subject", "content", "created_by_id", "updated_at")
SELECT "id", 'd6aa2c68-a2d9-4437-ab19-3ae8eb202553', "name", "template_type", "subject", "content", '6a1e0c6c-4b1e-4c43-9d0a-0d7f1f6c0001', now() FROM "notify_templates";

INSERT INTO "templates_history" ("id", "version", "service_id", "name", "template_type", "subject", "content", "created_by_id")
SELECT "id", 1, 'd6aa2c68-a2d9-4437-ab19-3ae8eb202553', "name", "template_type", "subject", "content", '6a1e0c6c-4b1e-4c43-9d0a-0d7f1f6c0001' FROM "notify_templates";
