// `npm run bench:content`: how fast the content engine checks a big recipients file. Generates a
// 100,000-row CSV (phone number + 3 placeholders) and times checkSpreadsheet on it: decode,
// papaparse, header and recipient checks, phone validation, rendering and counting every SMS.
// Each scenario runs in its own child process so its peak memory (max RSS) is its own.
//   realistic   numbers spread like an agency's list (24 area codes, many exchanges)
//   worst-case  every number in a different area code + exchange (defeats the exchange cache)
// Environment: BENCH_ROWS (default 100000). Target: < 2 s and < 300 MB for 100,000 rows.
import { fork } from "node:child_process";
import { checkSpreadsheet } from "../lib/domain/csv/check-spreadsheet";
import { runCommand } from "../scripts/run-command";

type Scenario = "realistic" | "worst-case";
type Measurement = { scenario: Scenario; rows: number; rowsWithErrors: number; ms: number; fileMb: number; startRssMb: number; maxRssMb: number; heapAfterMb: number };

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const TEMPLATE = {
  type: "sms" as const,
  content: "Hello ((first name)), your appointment at ((location)) is on ((date)). Reply STOP to opt out.",
};
const AREA_CODES = ["202", "301", "410", "571", "703", "240", "443", "804", "757", "540", "212", "646", "718", "917", "312", "415", "510", "617", "713", "214", "305", "404", "602", "206"];

function makeCsv(scenario: Scenario): Buffer {
  const lines = ["phone number,first name,location,date"];
  for (let i = 0; i < ROWS; i += 1) {
    // realistic: 2,400 distinct exchanges; worst-case: a different area code + exchange on every row.
    const area = scenario === "realistic" ? AREA_CODES[i % AREA_CODES.length] : String(200 + (i % 800));
    const exchange = scenario === "realistic" ? String(200 + ((i * 31) % 800)) : String(200 + (Math.floor(i / 800) % 800));
    const line = String((i * 7) % 10_000).padStart(4, "0");
    lines.push(`(${area}) ${exchange}-${line},Person ${i},"Office ${i % 50}, Main St",2026-12-${String((i % 28) + 1).padStart(2, "0")}`);
  }
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8");
}

function measure(scenario: Scenario): Measurement {
  const startRssMb = process.memoryUsage().rss / 1024 / 1024;
  // Warm up the JIT and libphonenumber's metadata on a small file, as a long-running server would be.
  checkSpreadsheet(Buffer.from("phone number,first name,location,date\n2025550123,a,b,c\n"), { fileName: "warm.csv", template: TEMPLATE });
  const csv = makeCsv(scenario);
  const started = performance.now();
  const result = checkSpreadsheet(csv, { fileName: "recipients.csv", template: TEMPLATE, smsPrefix: "City Permits" });
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(`check failed: ${result.fileError.heading}`);
  return {
    scenario,
    rows: result.rowCount,
    rowsWithErrors: result.rowsWithErrors,
    ms,
    fileMb: csv.byteLength / 1e6,
    startRssMb,
    // resourceUsage().maxRSS is the process's true peak (in KiB), including the generated file.
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    heapAfterMb: process.memoryUsage().heapUsed / 1024 / 1024,
  };
}

function report(m: Measurement): void {
  const rate = Math.round((m.rows / m.ms) * 1000).toLocaleString("en-US");
  console.log(
    `${m.scenario.padEnd(11)} ${m.rows.toLocaleString("en-US")} rows (${m.rowsWithErrors.toLocaleString("en-US")} with errors, ${m.fileMb.toFixed(1)} MB file): ` +
      `${m.ms.toFixed(0)} ms = ${rate} rows/s; peak RSS ${m.maxRssMb.toFixed(0)} MB (process started at ${m.startRssMb.toFixed(0)} MB), heap after ${m.heapAfterMb.toFixed(0)} MB`,
  );
}

async function main(): Promise<void> {
  const scenarioArg = process.argv[2] as Scenario | undefined;
  if (scenarioArg) {
    process.send?.(measure(scenarioArg));
    return;
  }
  console.log(`bench:content – checkSpreadsheet on ${ROWS.toLocaleString("en-US")} rows (phone number + 3 placeholders), Node ${process.version}`);
  for (const scenario of ["realistic", "worst-case"] as const) {
    const child = fork(process.argv[1] as string, [scenario], { execArgv: process.execArgv });
    const measurement = await new Promise<Measurement>((resolve, reject) => {
      child.once("message", (m) => resolve(m as Measurement));
      child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`${scenario} run exited with ${code}`))));
    });
    report(measurement);
  }
}

runCommand(main);
