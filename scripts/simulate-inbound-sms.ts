// `npm run simulate-inbound-sms -- --to +12025550150 --from +12025550177 "message text"`: a text
// received on a service's number, for the Notify that `npm start` is running with the local SMS
// provider, made by the same service function as the "Simulate a received text" form at /outbox
// (lib/services/inbound/simulate-inbound-sms.ts), so it is queued, stored and called back like a
// real one. `--give-number <service ID>` first gives a service a number to receive texts on (the
// portal can't yet). `--json` prints the result, or the problems, as one JSON object.
import { parseArgs } from "node:util";
import type { z } from "zod";
import { parseEnv } from "../lib/env";
import { loadDotenv } from "./load-dotenv";
import { runCommand } from "./run-command";
import { runningDatabaseUrl } from "./running-notify";

const COMMAND = "simulate-inbound-sms";

export const USAGE = [
  `Usage: npm run ${COMMAND} -- --to <service's number> --from <sender's number> "message"`,
  `       npm run ${COMMAND} -- --give-number <service ID> [--number <number>]`,
  "Add --json for machine-readable output.",
].join("\n");

/** What went wrong, said so a person can act on it (one line per problem). */
class CommandProblem extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
  }
}

/** The command-line name of each input, for messages. */
const FLAG_NAMES: Record<string, string> = { to: "--to", from: "--from", message: "the message", serviceId: "--give-number", number: "--number" };

function problemsOf(fieldErrors: Record<string, string>): string[] {
  return Object.entries(fieldErrors).map(([field, message]) => `${FLAG_NAMES[field] ?? field}: ${message}`);
}

function zodProblems(error: z.ZodError): string[] {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[String(issue.path[0] ?? "input")] ??= issue.message;
  return problemsOf(fields);
}

type Args = { to?: string; from?: string; message: string; json: boolean; giveNumber?: string; number?: string; help: boolean };

function readArgs(argv: string[]): Args {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { to: { type: "string" }, from: { type: "string" }, json: { type: "boolean" }, "give-number": { type: "string" }, number: { type: "string" }, help: { type: "boolean", short: "h" } },
    });
  } catch (error) {
    throw new CommandProblem([(error as Error).message, USAGE]);
  }
  const { values, positionals } = parsed;
  return { to: values.to, from: values.from, message: positionals.join(" "), json: values.json ?? false, giveNumber: values["give-number"], number: values.number, help: values.help ?? false };
}

async function withRunningNotify<T>(work: () => Promise<T>): Promise<T> {
  const env = parseEnv(process.env);
  process.env.DATABASE_URL = await runningDatabaseUrl(env.DATABASE_URL, COMMAND);
  const { disconnectDb } = await import("../lib/db/client");
  const { closePool } = await import("../lib/db/pool");
  try {
    return await work();
  } finally {
    await Promise.all([disconnectDb(), closePool()]);
  }
}

/** An AppError from the service as problems, or rethrown when it isn't one. */
async function asProblems(error: unknown, extra: (fieldErrors: Record<string, string>) => Promise<string[]> = async () => []): Promise<never> {
  const { AppError } = await import("../lib/errors");
  if (!(error instanceof AppError)) throw error;
  if (error.fieldErrors && Object.keys(error.fieldErrors).length > 0) throw new CommandProblem([...problemsOf(error.fieldErrors), ...(await extra(error.fieldErrors))]);
  throw new CommandProblem([error.userMessage]);
}

/** After "no service can receive on that number": the numbers that would work, or how to get one. */
async function numbersToUse(): Promise<string[]> {
  const { getInboundSmsSimulator } = await import("../lib/services/inbound/simulate-inbound-sms");
  const simulator = await getInboundSmsSimulator();
  if (!simulator) return [];
  if (simulator.numbers.length === 0) return [`No service can receive text messages yet: give one a number with npm run ${COMMAND} -- --give-number <service ID>.`];
  return [`Numbers you can use: ${simulator.numbers.map((n) => `${n.number} (${n.serviceName})`).join(", ")}.`];
}

async function simulate(args: Args): Promise<{ json: object; text: string }> {
  const missing = [
    ...(args.to === undefined ? ["--to: Give the service’s number the text was sent to, like --to +12025550150"] : []),
    ...(args.from === undefined ? ["--from: Give the phone number the text was sent from, like --from +12025550177"] : []),
    ...(args.message.trim() === "" ? ['the message: Give the message after the options, in quotes, like "Yes please"'] : []),
  ];
  if (missing.length > 0) throw new CommandProblem([...missing, USAGE]);
  const { simulateInboundSmsSchema } = await import("../lib/schemas/inbound");
  const input = simulateInboundSmsSchema.safeParse({ to: args.to, from: args.from, message: args.message });
  if (!input.success) throw new CommandProblem(zodProblems(input.error));
  const { simulateInboundSms } = await import("../lib/services/inbound/simulate-inbound-sms");
  const result = await simulateInboundSms(input.data).catch((error: unknown) => asProblems(error, async (fields) => (fields.to ? numbersToUse() : [])));
  return {
    json: { ok: true, ...result },
    text: [
      `Simulated a text from ${result.from} to ${result.to} (${result.serviceName}).`,
      "The worker stores it within a few seconds. Then GET /v2/received-text-messages returns it for the service's API keys, and the service's received text callback is sent if it has one.",
    ].join("\n"),
  };
}

async function giveNumber(args: Args): Promise<{ json: object; text: string }> {
  const { giveLocalInboundNumberSchema } = await import("../lib/schemas/inbound");
  const input = giveLocalInboundNumberSchema.safeParse({ serviceId: args.giveNumber, number: args.number });
  if (!input.success) throw new CommandProblem(zodProblems(input.error));
  const { giveLocalInboundNumber } = await import("../lib/services/inbound/simulate-inbound-sms");
  const result = await giveLocalInboundNumber(input.data).catch((error: unknown) => asProblems(error));
  return {
    json: { ok: true, ...result },
    text: [
      `${result.serviceName} ${result.isNew ? "now has" : "already had"} the number ${result.number} and can receive text messages.`,
      `Simulate one with: npm run ${COMMAND} -- --to ${result.number} --from +12025550177 "Hello"`,
    ].join("\n"),
  };
}

async function main() {
  loadDotenv();
  // Only problems are logged, so what the command prints (its JSON above all) stands alone.
  process.env.LOG_LEVEL ??= "warn";
  const argv = process.argv.slice(2);
  try {
    const args = readArgs(argv);
    if (args.help) {
      console.log(USAGE);
      return;
    }
    const outcome = await withRunningNotify(() => (args.giveNumber !== undefined ? giveNumber(args) : simulate(args)));
    console.log(args.json ? JSON.stringify(outcome.json) : outcome.text);
  } catch (error) {
    if (argv.includes("--json")) console.log(JSON.stringify({ ok: false, problems: error instanceof CommandProblem ? error.problems : [(error as Error).message] }));
    throw error;
  }
}

if (require.main === module) runCommand(main);
