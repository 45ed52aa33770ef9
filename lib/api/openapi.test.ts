// The OpenAPI document describes template categories and their lanes from the category list itself.
import { describe, expect, it } from "vitest";
import { CATEGORY_DESCRIPTIONS, TEMPLATE_CATEGORIES } from "../domain/templates/categories";
import { JOB_LANE_RULE } from "../domain/templates/delivery-order";
import { LANES } from "../jobs/lanes";
import { buildOpenApiDocument } from "./openapi";

describe("OpenAPI document: template categories and delivery lanes", () => {
  const document = buildOpenApiDocument("https://notify.example.gov");
  const description = document.info.description;

  it("names every category with its label, under the lane it is delivered from", () => {
    for (const lane of LANES) {
      const line = description.split("\n").find((l) => l.startsWith(`- **${lane}**`)) ?? "";
      for (const category of TEMPLATE_CATEGORIES) {
        const listed = line.includes(`\`${category}\` (${CATEGORY_DESCRIPTIONS[category].label})`);
        expect(listed, `${category} under ${lane}`).toBe(CATEGORY_DESCRIPTIONS[category].lane === lane);
      }
    }
  });

  it("says jobs go from the bulk lane unless their template's lane is priority, on the bulk endpoint too", () => {
    expect(JOB_LANE_RULE).toBe("Messages from spreadsheets and bulk API jobs are delivered from the bulk lane, unless their template’s lane is priority.");
    expect(description).toContain(JOB_LANE_RULE);
    const bulk = document.paths["/v2/notifications/bulk"]?.post as { description: string };
    expect(bulk.description).toContain(JOB_LANE_RULE);
    expect(bulk.description).toContain("`rows`");
  });
});
