// The built-in Notify service and its templates (created by the 20261128090000_notify_service
// migration). The platform sends its own messages through it, like any service.

export const NOTIFY_SERVICE_ID = "d6aa2c68-a2d9-4437-ab19-3ae8eb202553";

export const PLATFORM_TEMPLATES = {
  smsCode: { id: "36fb0730-6259-4da1-8a80-c8de22ad4246", type: "sms" },
  emailCode: { id: "299726d2-dba6-42b8-8209-30e1d66ea164", type: "email" },
  confirmEmail: { id: "ece42649-22a8-4d06-b87f-d52d5d3f0a27", type: "email" },
  alreadyRegistered: { id: "0880fbb1-a0c6-46f0-9a8e-36c986381ceb", type: "email" },
  resetPassword: { id: "474e9242-823b-4f99-813d-ed392e7f1201", type: "email" },
  invitation: { id: "4f46df42-f795-4cc4-83bb-65ca312f49cc", type: "email" },
  verifyMobile: { id: "eb4db9c3-0a9b-4d07-9a3e-6bb70a4cd0d2", type: "sms" },
  // 20261128134500_provider_test_templates: test messages from /platform-admin/providers.
  providerTestEmail: { id: "8c1b7f52-5d3e-4f0a-9b61-2f4e7a9d3c10", type: "email" },
  providerTestSms: { id: "c3e9a0d4-7b21-4e68-8f5a-1d6b2c4e9f72", type: "sms" },
  // 20261204223436_reputation_monitor: a service's managers warned of its bounce or complaint rate.
  reputationWarning: { id: "a7d3e1f0-5c2b-4f8e-9a61-3b7c0d4e2f95", type: "email" },
} as const;

export type PlatformTemplateName = keyof typeof PLATFORM_TEMPLATES;
