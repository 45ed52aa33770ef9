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

/** The one rule for spreadsheets and bulk API jobs (laneForSend's "job" source). */
export const JOB_LANE_RULE = "Messages from spreadsheets and bulk API jobs are delivered from the bulk lane, unless their template’s lane is priority.";

/** Each lane with the categories whose messages it delivers, fastest lane first. */
export function categoriesByLane(): { lane: Lane; categories: TemplateCategory[] }[] {
  return LANES.map((lane) => ({ lane, categories: TEMPLATE_CATEGORIES.filter((c) => CATEGORY_DESCRIPTIONS[c].lane === lane) }));
}

/**
 * The delivery order in Markdown, for the OpenAPI document: each lane, what it means and the
 * categories it takes, then the rule for jobs and a platform admin's override.
 */
export function describeDeliveryOrderMarkdown(): string {
  const lanes = categoriesByLane().map(({ lane, categories }) => {
    const names = categories.map((c) => `\`${c}\` (${CATEGORY_DESCRIPTIONS[c].label})`).join(", ");
    return `- **${lane}**: ${LANE_DESCRIPTIONS[lane].meaning}.${names ? ` Categories: ${names}.` : ""}`;
  });
  return [
    "Every template has a category, chosen in the portal when it is added or edited: what the template is for. The category decides the delivery lane its messages are sent from:",
    "",
    ...lanes,
    "",
    `${JOB_LANE_RULE} A platform admin can give one template a different lane.`,
  ].join("\n");
}
