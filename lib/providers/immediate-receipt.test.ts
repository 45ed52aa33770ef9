import { describe, expect, it } from "vitest";
import { isSimulatedSend, SIMULATED_PROVIDER } from "./immediate-receipt";
import { LocalSmsProvider } from "./local/outbox";

describe("immediate receipts", () => {
  it("gives a simulated recipient its outcome and anyone else delivered", () => {
    expect(SIMULATED_PROVIDER.immediateReceipt("+12025550101")).toBe("permanent-failure");
    expect(SIMULATED_PROVIDER.immediateReceipt("simulate-temporary-failure@notify.example")).toBe("temporary-failure");
    expect(SIMULATED_PROVIDER.immediateReceipt("+12025550199")).toBe("delivered");
  });

  it("sends simulated recipients and test keys to the simulated provider, nothing else", () => {
    expect(isSimulatedSend({ keyType: "normal", normalisedTo: "+12025550100" })).toBe(true);
    expect(isSimulatedSend({ keyType: "test", normalisedTo: "+12025550199" })).toBe(true);
    expect(isSimulatedSend({ keyType: "team", normalisedTo: "+12025550199" })).toBe(false);
  });

  it("has the local outbox deliver everything it is given", () => {
    const provider = new LocalSmsProvider(async () => undefined);
    expect(provider.immediateReceipt("+12025550101")).toBe("delivered");
  });
});
