// The worker as its own process for the fault tests, started as npm start starts it (node directly,
// so a signal reaches the worker itself), on the local providers and with no sender rate limit.
// `logLevel` set: its log lines are shown; unset: only its stderr. `mode` "development" starts it as
// npm run dev does, under tsx watch.
import { spawn, type ChildProcess } from "node:child_process";
import { isOwnProcessGroup, ROOT, workerArgs, type StackOptions } from "../scripts/stack";

export function startWorkerProcess(databaseUrl: string, logLevel?: string, mode: StackOptions["mode"] = "production"): ChildProcess {
  return spawn(process.execPath, workerArgs(mode), {
    cwd: ROOT,
    detached: isOwnProcessGroup(mode),
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
