// The snapshot db:new-migration diffs against must be the schema the migrations build: when
// schema.prisma has changed since, a migration is missing.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SCHEMA_SNAPSHOT_PATH } from "../scripts/new-migration";

describe("prisma/migrations/schema-snapshot.prisma", () => {
  it("matches prisma/schema.prisma (after a schema change, run npm run db:new-migration -- <name>)", () => {
    const schema = readFileSync(path.join(__dirname, "schema.prisma"), "utf8");
    expect(readFileSync(SCHEMA_SNAPSHOT_PATH, "utf8")).toBe(schema);
  });
});
