// How the portal and the API reference explain delivery order, worded from the category list
// (categories.ts), so neither repeats it.
import { CATEGORY_DESCRIPTIONS, TEMPLATE_CATEGORIES, type TemplateCategory } from "./categories";
import { LANES, type Lane } from "../../jobs/lanes";

/** Under the template form's category question. */
export const DELIVERY_ORDER_HINT = "Sign-in codes and urgent alerts are delivered before everything else. General information is delivered after other messages.";

/** What each lane means, for people choosing or reading one. */
export const LANE_DESCRIPTIONS: Record<Lane, { label: string; meaning: string }> = {
  priority: { label: "Priority", meaning: "delivered before everything else" },
  normal: { label: "Normal", meaning: "delivered after priority messages" },
  bulk: { label: "Bulk", meaning: "delivered after priority and normal messages, a fair share for each service" },
};

/** Each lane with the categories whose messages it delivers, fastest lane first. */
export function categoriesByLane(): { lane: Lane; categories: TemplateCategory[] }[] {
  return LANES.map((lane) => ({ lane, categories: TEMPLATE_CATEGORIES.filter((c) => CATEGORY_DESCRIPTIONS[c].lane === lane) }));
}
