import { applyProviderReceipts } from "../lib/services/receipts/apply-receipts";
import { defineTask } from "./define-task";

/** Batched: the payload is every receipt queued under the same job key since the job was created. */
export const applyProviderReceiptsTask = defineTask({
  name: "apply-provider-receipts",
  run: async (receipts) => {
    await applyProviderReceipts(receipts);
  },
});
