// Bad configuration must stop `npm start` with one clear line naming the variable, not a stack trace.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), path.join(root, "scripts/start.ts")], {
    cwd: root,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, stderr: result.stderr.trim(), stdout: result.stdout.trim() };
}

describe("npm start with bad configuration", () => {
  it.each([
    [{ DATABASE_URL: "postgres//missing-colon" }, "Configuration error: DATABASE_URL must be a PostgreSQL URL, like postgresql://user:password@localhost:5432/notify"],
    [{ SMS_PROVIDER: "carrier-pigeon" }, "Configuration error: SMS_PROVIDER must be local, sns or pinpoint"],
    [{ PORT: "eighty" }, "Configuration error: PORT must be a port number, like 3000"],
  ])("%o stops with one line", (env, message) => {
    const result = start(env);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(message);
    expect(result.stderr).not.toContain("    at ");
  });

  it("names an unreachable database server in one line", () => {
    const result = start({ DATABASE_URL: "postgresql://nobody@127.0.0.1:1/notify" });
    expect(result.code).toBe(1);
    expect(result.stderr.split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/^Configuration error: DATABASE_URL could not connect to 127\.0\.0\.1:1 /);
  });
});
