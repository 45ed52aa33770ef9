import { handleDeliveryReceipt } from "../lib/services/delivery/handle-delivery-receipt";
import { defineTask } from "./define-task";

export const handleDeliveryReceiptTask = defineTask({
  name: "handle-delivery-receipt",
  run: async (receipt) => {
    await handleDeliveryReceipt(receipt);
  },
});
