// The embedded PostgreSQL that `npm start` and `npm test` use when DATABASE_URL is unset: starts on a
// free port, keeps its data across restarts, leaves no server behind, recovers from what a killed run
// leaves, and fails every way we can provoke with one line that says what to do.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedPostgresError, findFreePort, startEmbeddedPostgres } from "./embedded-postgres";

const scratch = mkdtempSync(path.join(os.tmpdir(), "notify-embedded-test-"));
// As root the server runs as `postgres`, which must be able to enter the scratch folder.
spawnSync("chmod", ["755", scratch]);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let folders = 0;
const newDataDir = () => path.join(scratch, `data-${(folders += 1)}`);

async function query(url: string, sql: string) {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

function isListening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

function occupy(port: number): Promise<net.Server> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve(server));
  });
}

async function startFailure(dataDir: string, options: Parameters<typeof startEmbeddedPostgres>[1] = {}): Promise<string> {
  const error = await startEmbeddedPostgres("unused", { dataDir, handleSignals: false, ...options }).then(
    async (running) => {
      await running.stop();
      return new Error("it started");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EmbeddedPostgresError);
  const message = (error as Error).message;
  expect(message).toMatch(/^Could not start the embedded PostgreSQL: .+\. Set DATABASE_URL to use your own server, or .+\.$/);
  expect(message).not.toContain("\n");
  return message;
}

describe("embedded PostgreSQL", () => {
  it("starts, persists data across restarts, keeps its socket in its data folder, and stops cleanly", async () => {
    const dataDir = newDataDir();
    const first = await startEmbeddedPostgres("unused", { dataDir, handleSignals: false });
    const firstUrl = first.url("postgres");
    const port = Number(new URL(firstUrl).port);
    const [{ version }] = (await query(firstUrl, "SELECT current_setting('server_version_num') AS version")) as [{ version: string }];
    expect(Number(version)).toBeGreaterThanOrEqual(150000);
    expect(existsSync(path.join(dataDir, `.s.PGSQL.${port}.lock`))).toBe(true);
    await query(firstUrl, "CREATE TABLE kept (n int); INSERT INTO kept VALUES (1)");
    await first.stop();
    expect(await isListening(port)).toBe(false);

    const second = await startEmbeddedPostgres("unused", { dataDir, handleSignals: false });
    try {
      const rows = await query(second.url("postgres"), "SELECT count(*)::int AS n FROM kept");
      expect(rows[0]?.n).toBe(1);
    } finally {
      await second.stop();
    }
  });

  it("starts over a postmaster.pid left by a killed run, even when its PID now belongs to another program", async () => {
    const dataDir = newDataDir();
    await (await startEmbeddedPostgres("unused", { dataDir, handleSignals: false })).stop();
    // This test's own PID is alive and not PostgreSQL: what a container restart can leave.
    writeFileSync(path.join(dataDir, "postmaster.pid"), `${process.pid}\n${dataDir}\n0\n5432\n`);
    const running = await startEmbeddedPostgres("unused", { dataDir, handleSignals: false });
    await running.stop();
  });

  it("tries another port when the one it chose is taken before it binds", async () => {
    const taken = await occupy(await findFreePort());
    const free = await findFreePort();
    const ports = [(taken.address() as net.AddressInfo).port, free];
    try {
      const running = await startEmbeddedPostgres("unused", { dataDir: newDataDir(), handleSignals: false, choosePort: async () => ports.shift() ?? findFreePort() });
      expect(running.url("postgres")).toContain(`:${free}/`);
      await running.stop();
    } finally {
      taken.close();
    }
  });

  it("says so when every port it tries is taken", async () => {
    const taken = await occupy(await findFreePort());
    const port = (taken.address() as net.AddressInfo).port;
    try {
      const message = await startFailure(newDataDir(), { choosePort: async () => port });
      expect(message).toContain(`every port it tried was in use (${port})`);
      expect(message).toContain("free a port and try again");
    } finally {
      taken.close();
    }
  });

  it("says so when its data folder can't be made", async () => {
    const file = path.join(scratch, "a-file");
    writeFileSync(file, "not a folder");
    const message = await startFailure(path.join(file, "data"));
    expect(message).toContain(`it can't use the data folder ${path.join(file, "data")} (a file is in the way`);
  });

  it("says so when its data folder is damaged", async () => {
    const dataDir = newDataDir();
    await (await startEmbeddedPostgres("unused", { dataDir, handleSignals: false })).stop();
    rmSync(path.join(dataDir, "global", "pg_control"));
    const message = await startFailure(dataDir);
    expect(message).toContain(`its data folder ${dataDir} looks damaged (`);
    expect(message).toContain("pg_control");
    expect(message).toContain("move that folder aside so a new one is made");
  });

  it("says so when its data folder holds other files", async () => {
    const dataDir = newDataDir();
    mkdirSync(dataDir);
    writeFileSync(path.join(dataDir, "notes.txt"), "mine");
    const message = await startFailure(dataDir);
    expect(message).toContain(`its data folder ${dataDir} holds files but no database`);
  });

  it("says so when its programs are missing", async () => {
    const nativeDir = path.join(scratch, "no-binaries");
    mkdirSync(path.join(nativeDir, "bin"), { recursive: true });
    const message = await startFailure(newDataDir(), { nativeDir });
    expect(message).toContain(`its program ${path.join(nativeDir, "bin", "postgres")} is missing or can't be run`);
    expect(message).toContain("run npm install again");
  });

  it("says so when another server is using its data folder", async () => {
    const dataDir = newDataDir();
    const running = await startEmbeddedPostgres("unused", { dataDir, handleSignals: false });
    try {
      const message = await startFailure(dataDir);
      expect(message).toMatch(/another PostgreSQL \(process \d+\) is already using its data folder/);
      expect(message).toContain("stop that one first");
    } finally {
      await running.stop();
    }
  });

  it("ends a command that can't start it with that one line and exit code 1, no stack trace", () => {
    const script = path.join(scratch, "start-broken.ts");
    mkdirSync(path.join(scratch, "no-binaries", "bin"), { recursive: true });
    writeFileSync(
      script,
      [
        `import { startEmbeddedPostgres } from ${JSON.stringify(path.join(__dirname, "embedded-postgres"))};`,
        `import { runCommand } from ${JSON.stringify(path.join(__dirname, "run-command"))};`,
        `runCommand(async () => { await startEmbeddedPostgres("unused", { dataDir: ${JSON.stringify(newDataDir())}, nativeDir: ${JSON.stringify(path.join(scratch, "no-binaries"))} }); });`,
      ].join("\n"),
    );
    const result = spawnSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Could not start the embedded PostgreSQL: its program .*bin\/postgres is missing or can't be run\. Set DATABASE_URL/);
  });
});
