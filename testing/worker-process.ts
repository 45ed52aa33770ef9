// The worker as its own process for the fault tests (node directly, so a signal reaches the worker
// itself), on the local providers and with no sender rate limit. `logLevel` set: its log lines are
// shown; unset: only its stderr.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { ROOT } from "../scripts/stack";

export function startWorkerProcess(databaseUrl: string, logLevel?: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "jobs", "worker.ts")], {
    cwd: ROOT,
    stdio: ["ignore", logLevel ? "inherit" : "ignore", "inherit"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NOTIFY_PROCESS: "worker",
      EMAIL_PROVIDER: "local",
      SMS_PROVIDER: "local",
      STORAGE_PROVIDER: "local",
      SMS_MESSAGES_PER_SECOND: "",
      LOG_LEVEL: logLevel ?? "warn",
    },
  });
}
