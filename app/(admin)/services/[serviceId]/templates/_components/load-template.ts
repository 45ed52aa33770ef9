// Loads a template for a template page, or shows the 404 page when it isn't this service's.
import { notFound } from "next/navigation";
import { requireServicePage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getTemplate } from "@/lib/services/templates/templates";

export async function loadTemplatePage(serviceId: string, templateId: string, permission?: "manage_templates") {
  const { user } = await requireServicePage(serviceId, permission);
  const page = await getTemplate({ actor: user, serviceId, templateId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  return { user, page };
}
