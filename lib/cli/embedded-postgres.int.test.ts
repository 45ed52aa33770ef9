// The embedded PostgreSQL that `npm start` uses when DATABASE_URL is unset: starts on a free port,
// answers queries, keeps its data across restarts, and leaves no server process behind when stopped.
import net from "node:net";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded-postgres";

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

describe("embedded PostgreSQL", () => {
  it("starts, persists data across restarts, and stops cleanly", async () => {
    const first = await startEmbeddedPostgres("embedded-check");
    const firstUrl = first.url("postgres");
    const [{ version }] = (await query(firstUrl, "SELECT current_setting('server_version_num') AS version")) as [{ version: string }];
    expect(Number(version)).toBeGreaterThanOrEqual(150000);
    await query(firstUrl, "CREATE TABLE IF NOT EXISTS kept (n int); INSERT INTO kept VALUES (1)");
    await first.stop();
    const port = Number(new URL(firstUrl).port);
    expect(await isListening(port)).toBe(false);

    const second = await startEmbeddedPostgres("embedded-check");
    try {
      const rows = await query(second.url("postgres"), "SELECT count(*)::int AS n FROM kept");
      expect(rows[0]?.n).toBeGreaterThanOrEqual(1);
    } finally {
      await second.stop();
    }
  });
});
