// Loads a template for a template page, or shows the 404 page when it isn't this service's.
import { orNotFound } from "@/app/_lib/expected-errors";
import { requireServicePage } from "@/lib/auth/session";
import { getTemplate } from "@/lib/services/templates/templates";

export async function loadTemplatePage(serviceId: string, templateId: string, permission?: "manage_templates") {
  const { user } = await requireServicePage(serviceId, permission);
  const page = await orNotFound(getTemplate({ actor: user, serviceId, templateId }));
  return { user, page };
}
