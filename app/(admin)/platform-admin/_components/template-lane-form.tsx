"use client";
import { ActionForm } from "@/components/auth/action-form";
import { RadioGroup } from "@/components/uswds/radio-group";
import { JOB_LANE_RULE, LANE_DESCRIPTIONS } from "@/lib/domain/templates/delivery-order";
import { LANES, type Lane } from "@/lib/jobs/lanes";
import type { FormAction } from "./types";

/** The lane a platform admin chooses for a template: its category's (`categoryLane`), or one of the lanes. */
export function TemplateLaneForm({ action, current, categoryLane, categoryLabel }: { action: FormAction; current: Lane | null; categoryLane: Lane; categoryLabel: string }) {
  const options = [
    { value: "category", label: `As its category (${categoryLabel}): ${LANE_DESCRIPTIONS[categoryLane].label.toLowerCase()}` },
    ...LANES.map((lane) => ({ value: lane, label: LANE_DESCRIPTIONS[lane].label, hint: `Messages are ${LANE_DESCRIPTIONS[lane].meaning}` })),
  ];
  const question = { id: "lane", label: "Which lane should this template’s messages be delivered from?", hint: JOB_LANE_RULE, required: true, options };
  return (
    <ActionForm action={action} fieldOrder={["lane"]} submitLabel="Save delivery lane">
      {({ error, value }) => <RadioGroup {...question} error={error("lane")} defaultValue={value("lane") ?? current ?? "category"} />}
    </ActionForm>
  );
}
