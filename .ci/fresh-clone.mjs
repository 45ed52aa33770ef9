// CI's "fresh clone" stage: proves the README's two commands the way a newcomer meets them. Clones the
// repository into a new 0700 folder, runs `npm ci` (which must print no engine or install-script
// warnings), then, as root and again as an ordinary user, runs `npm start` with DATABASE_URL unset on
// a free port, waits for /api/health to report the database and the worker healthy, SIGKILLs the
// worker and checks npm start restarts it, makes an API key with `npm run try-api`, sends a text
// through /v2/notifications/sms with the official Node client, finds it in the outbox (delivered by
// the restarted worker), stops with SIGINT like Ctrl-C and checks that nothing from the clone is
// left running. Prints each check; exits 1 on the first that fails.
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const SOURCE = path.resolve(import.meta.dirname, "..");
const ORDINARY_USER = "notify-ci";
const START_TIMEOUT_MS = 6 * 60_000;
const stageStarted = Date.now();
const cleanups = [];

const seconds = (since) => `${Math.round((Date.now() - since) / 1000)} s`;
function check(message) {
  console.log(`  ✔ ${message}`);
}
function fail(message) {
  throw new Error(message);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A new 0700 folder owned by `owner` (root when not given). */
function privateFolder(label, owner) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `notify-fresh-${label}-`));
  chmodSync(dir, 0o700);
  if (owner) chownSync(dir, owner.uid, owner.gid);
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

function cleanEnv(extra) {
  const env = { ...process.env, ...extra };
  for (const name of ["DATABASE_URL", "CI"]) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith("npm_") || name.startsWith("E2E_")) delete env[name];
  return env;
}

function ordinaryUser() {
  try {
    execFileSync("id", ["-u", ORDINARY_USER], { stdio: "ignore" });
  } catch {
    execFileSync("useradd", ["--system", "--user-group", "--no-create-home", "--shell", "/usr/sbin/nologin", ORDINARY_USER]);
  }
  const id = (flag) => Number(execFileSync("id", [flag, ORDINARY_USER], { encoding: "utf8" }).trim());
  return { uid: id("-u"), gid: id("-g"), name: ORDINARY_USER };
}

/** Processes whose working folder or command line is inside one of `folders` (what Ctrl-C must have stopped). */
function processesIn(folders) {
  const found = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    if (Number(pid) === process.pid) continue;
    let cwd = "";
    let command = "";
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
      command = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
    } catch {
      continue;
    }
    if (folders.some((folder) => cwd === folder || cwd.startsWith(`${folder}/`) || command.includes(folder))) found.push(`${pid} ${command.trim().slice(0, 120)}`);
  }
  return found;
}

/** Pids of the processes whose command line contains `fragment`. */
function pidsRunning(fragment) {
  return readdirSync("/proc")
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").includes(fragment);
      } catch {
        return false;
      }
    })
    .map(Number);
}

async function getJson(url) {
  const response = await fetch(url);
  return { status: response.status, body: await response.json().catch(() => null) };
}

async function runJourney(clone, owner, label) {
  console.log(`\n▶ npm start in ${clone} as ${owner ? owner.name : "root"}, DATABASE_URL unset`);
  const port = await freePort();
  const home = privateFolder(`${label}-home`, owner);
  const env = cleanEnv({ PORT: String(port), HOST: "127.0.0.1", HOME: home, npm_config_cache: path.join(home, ".npm"), NEXT_TELEMETRY_DISABLED: "1" });
  const asOwner = owner ? { uid: owner.uid, gid: owner.gid } : {};
  const started = Date.now();
  // Its own process group, so SIGINT reaches every process the way Ctrl-C in a terminal does.
  const app = spawn("npm", ["start"], { cwd: clone, env, detached: true, stdio: ["ignore", "pipe", "pipe"], ...asOwner });
  let output = "";
  app.stdout.on("data", (chunk) => (output += chunk));
  app.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise((resolve) => app.once("exit", (code, signal) => resolve({ code, signal })));
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    while (!output.includes("Notify is running at")) {
      if (hasExited) fail(`npm start stopped before it was ready:\n${output.slice(-3000)}`);
      if (Date.now() - started > START_TIMEOUT_MS) fail(`npm start was not ready within ${START_TIMEOUT_MS / 60_000} minutes:\n${output.slice(-3000)}`);
      await sleep(500);
    }
    for (const line of [`Notify is running at ${baseUrl}`, `create an account at ${baseUrl}/register`, `${baseUrl}/outbox`]) {
      if (!output.includes(line)) fail(`npm start's closing lines don't say "${line}":\n${output.slice(-1500)}`);
    }
    check(`npm start ready in ${seconds(started)}, and its last lines say where to register and where the outbox is`);
    const dataDir = /Embedded PostgreSQL is running \(data in (.+)\)\./.exec(output)?.[1];
    if (!dataDir) fail(`npm start didn't say where the embedded PostgreSQL keeps its data:\n${output.slice(-1500)}`);
    const absoluteDataDir = path.resolve(clone, dataDir);
    check(`embedded PostgreSQL data in ${absoluteDataDir}`);

    const health = await getJson(`${baseUrl}/api/health`);
    if (health.status !== 200 || health.body?.database?.status !== "ok" || health.body?.worker?.status !== "ok") fail(`/api/health is not healthy: ${health.status} ${JSON.stringify(health.body)}`);
    check(`/api/health: database ok (${health.body.database.latencyMs} ms), worker ok`);

    // A worker that dies is started again by npm start, which says so; the web server carries on.
    const workerScript = path.join(clone, "jobs", "worker.ts");
    const workers = pidsRunning(workerScript);
    if (workers.length !== 1) fail(`expected one worker process (${workerScript}), found ${workers.length}`);
    const restartLine = "The worker stopped unexpectedly (signal SIGKILL); restarting it in 1 s…";
    const before = output.length;
    process.kill(workers[0], "SIGKILL");
    const killedAt = Date.now();
    let newWorker;
    while (!output.slice(before).includes(restartLine) || !(newWorker = pidsRunning(workerScript).find((pid) => pid !== workers[0]))) {
      if (hasExited) fail(`npm start stopped when its worker was killed:\n${output.slice(Math.max(0, before - 200))}`);
      if (Date.now() - killedAt > 30_000) fail(`no "${restartLine}" and new worker within 30 s of killing the worker:\n${output.slice(before)}`);
      await sleep(200);
    }
    const during = await getJson(`${baseUrl}/api/health`);
    if (during.body?.database?.status !== "ok") fail(`the web server did not answer after the worker was killed: ${during.status} ${JSON.stringify(during.body)}`);
    check(`SIGKILL of the worker (pid ${workers[0]}): npm start said so in one line and started another (pid ${newWorker}) in ${seconds(killedAt)}; the web server still answers`);

    const keyOutput = execFileSync("npm", ["run", "--silent", "try-api", "--", "--json"], { cwd: clone, env, encoding: "utf8", ...asOwner });
    const trial = JSON.parse(keyOutput.trim().split("\n").at(-1));
    check(`npm run try-api made a team key for service ${trial.serviceId}`);

    const { NotifyClient } = createRequire(path.join(clone, "package.json"))("notifications-node-client");
    const client = new NotifyClient(baseUrl, trial.apiKey);
    const reference = `fresh-clone-${label}-${Date.now()}`;
    const sent = await client.sendSms(trial.templateId, trial.phoneNumber, { personalisation: { name: reference }, reference });
    check(`POST /v2/notifications/sms answered ${sent.status} with notification ${sent.data.id}`);

    const deadline = Date.now() + 60_000;
    for (;;) {
      const page = await fetch(`${baseUrl}/outbox`).then((r) => r.text());
      if (page.includes(`Hello ${reference}`)) break;
      if (Date.now() > deadline) fail(`the text never reached ${baseUrl}/outbox`);
      await sleep(500);
    }
    const { data: status } = await client.getNotificationById(sent.data.id);
    check(`the worker delivered it: it is in the outbox, and the API says "${status.status}"`);

    const stopping = Date.now();
    process.kill(-app.pid, "SIGINT");
    const result = await Promise.race([exited, sleep(60_000).then(() => null)]);
    if (!result) fail("npm start did not stop within 60 s of SIGINT");
    await sleep(500);
    const left = processesIn([clone, absoluteDataDir]);
    if (left.length) fail(`processes still running after SIGINT:\n${left.join("\n")}`);
    check(`SIGINT stopped everything in ${seconds(stopping)} (exit ${result.code ?? result.signal}); no process from the clone or its database is left`);
    if (!absoluteDataDir.startsWith(clone)) rmSync(absoluteDataDir, { recursive: true, force: true });
  } finally {
    if (!hasExited) {
      try {
        process.kill(-app.pid, "SIGKILL");
      } catch {
        // Already gone.
      }
    }
  }
}

async function main() {
  if (process.getuid?.() !== 0) fail("the fresh-clone stage runs as root (it also runs npm start as an ordinary user it creates)");
  console.log("▶ Fresh clone: the README's two commands, as a newcomer runs them");
  const rootFolder = privateFolder("root");
  if ((statSync(rootFolder).mode & 0o777) !== 0o700) fail(`${rootFolder} is not mode 0700`);
  const clone = path.join(rootFolder, "notify");
  execFileSync("git", ["clone", "--quiet", SOURCE, clone]);
  check(`cloned into ${clone} (its folder is mode 0700)`);

  const installStarted = Date.now();
  const install = spawn("npm", ["ci", "--no-audit", "--no-fund"], { cwd: clone, env: cleanEnv({}), stdio: ["ignore", "pipe", "pipe"] });
  let installOutput = "";
  install.stdout.on("data", (chunk) => (installOutput += chunk));
  install.stderr.on("data", (chunk) => (installOutput += chunk));
  const installCode = await new Promise((resolve) => install.once("exit", resolve));
  if (installCode !== 0) fail(`npm ci failed (exit code ${installCode}):\n${installOutput.slice(-3000)}`);
  const warnings = installOutput.split("\n").filter((line) => /EBADENGINE|allowScripts|install-scripts|npm warn/i.test(line));
  if (warnings.length) fail(`npm ci printed warnings:\n${warnings.join("\n")}`);
  check(`npm ci in ${seconds(installStarted)}: no engine warnings, no unapproved install scripts, no other warnings`);

  await runJourney(clone, null, "root");

  // The same checkout, copied (with its install and build) for an ordinary user in their own 0700 folder.
  const user = ordinaryUser();
  const userFolder = privateFolder("user", user);
  const userClone = path.join(userFolder, "notify");
  execFileSync("cp", ["-a", clone, userClone]);
  rmSync(path.join(userClone, ".data"), { recursive: true, force: true });
  execFileSync("chown", ["-R", `${user.uid}:${user.gid}`, userClone]);
  await runJourney(userClone, user, "user");

  console.log(`\nFresh clone stage passed in ${seconds(stageStarted)}.`);
}

main()
  .catch((error) => {
    console.error(`\n✘ Fresh clone stage failed: ${error.message}`);
    process.exitCode = 1;
  })
  .finally(() => {
    for (const cleanup of cleanups.reverse()) cleanup();
    if (existsSync("/proc")) {
      const left = processesIn([os.tmpdir() + "/notify-fresh-"]);
      if (left.length) console.error(`Left running: ${left.join("; ")}`);
    }
  });
