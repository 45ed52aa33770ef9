import { describe, expect, it } from "vitest";
import { folderOptions, folderPath, wouldCreateLoop } from "./folders";

const folders = [
  { id: "a", name: "Reminders", parentId: null },
  { id: "b", name: "Weekly", parentId: "a" },
  { id: "c", name: "Mondays", parentId: "b" },
  { id: "d", name: "Alerts", parentId: null },
];

describe("template folders", () => {
  it("builds the path from the top level", () => {
    expect(folderPath(folders, "c").map((f) => f.name)).toEqual(["Reminders", "Weekly", "Mondays"]);
    expect(folderPath(folders, null)).toEqual([]);
    expect(folderPath(folders, "missing")).toEqual([]);
  });

  it("refuses to move a folder into itself or a folder below it", () => {
    expect(wouldCreateLoop(folders, ["a"], "c")).toBe(true);
    expect(wouldCreateLoop(folders, ["b"], "b")).toBe(true);
    expect(wouldCreateLoop(folders, ["d"], "c")).toBe(false);
    expect(wouldCreateLoop(folders, ["c"], null)).toBe(false);
  });

  it("survives a loop already in the data", () => {
    expect(folderPath([{ id: "x", name: "X", parentId: "y" }, { id: "y", name: "Y", parentId: "x" }], "x").map((f) => f.id)).toEqual(["y", "x"]);
  });

  it("labels folders with their full path, sorted", () => {
    expect(folderOptions(folders).map((f) => f.label)).toEqual(["Alerts", "Reminders", "Reminders / Weekly", "Reminders / Weekly / Mondays"]);
  });
});
