// `npm run bench:content`: how fast the content engine checks a big recipients file. Generates a
// 100,000-row CSV (phone number + 3 placeholders), then times decode + parse + validate + render
// of the whole file with checkSpreadsheet, and reports rows/second and peak memory.
// Two data sets: numbers spread like a real agency's list (a few dozen area codes) and a worst case
// where almost every number is in a different exchange (defeats the exchange cache).
import { checkSpreadsheet } from "../domain/csv/check-spreadsheet";

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const TEMPLATE = {
  type: "sms" as const,
  content: "Hello ((first name)), your appointment at ((location)) is on ((date)). Reply STOP to opt out.",
};
const AREA_CODES = ["202", "301", "410", "571", "703", "240", "443", "804", "757", "540", "212", "646", "718", "917", "312", "415", "510", "617", "713", "214", "305", "404", "602", "206"];

function makeCsv(spread: "realistic" | "worst-case"): Buffer {
  const lines = ["phone number,first name,location,date"];
  for (let i = 0; i < ROWS; i += 1) {
    const area = spread === "realistic" ? AREA_CODES[i % AREA_CODES.length] : String(200 + ((i * 7919) % 800));
    const exchange = spread === "realistic" ? String(200 + ((i * 31) % 800)) : String(200 + ((i * 104729) % 800));
    const line = String((i * 7) % 10_000).padStart(4, "0");
    lines.push(`(${area}) ${exchange}-${line},Person ${i},"Office ${i % 50}, Main St",2026-12-${String((i % 28) + 1).padStart(2, "0")}`);
  }
  return Buffer.from(`${lines.join("\r\n")}\r\n`, "utf8");
}

function run(label: string, csv: Buffer) {
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const started = performance.now();
  const result = checkSpreadsheet(csv, { fileName: "recipients.csv", template: TEMPLATE, smsPrefix: "City Permits" });
  const ms = performance.now() - started;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (!result.ok) throw new Error(`check failed: ${result.fileError.heading}`);
  console.log(
    `${label.padEnd(11)} ${result.rowCount.toLocaleString("en-US")} rows (${result.rowsWithErrors} with errors) in ${ms.toFixed(0)} ms = ${Math.round(
      (result.rowCount / ms) * 1000,
    ).toLocaleString("en-US")} rows/s; peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (${((peak - baseline) / 1024 / 1024).toFixed(0)} MB above start); file ${(csv.byteLength / 1024 / 1024).toFixed(1)} MB`,
  );
}

// Warm up the JIT and libphonenumber's metadata on a small file first, as a long-running server would be.
checkSpreadsheet(Buffer.from("phone number,first name,location,date\n2025550123,a,b,c\n"), { fileName: "warm.csv", template: TEMPLATE });
console.log(`bench:content – checkSpreadsheet on ${ROWS.toLocaleString("en-US")} rows (phone number + 3 placeholders), Node ${process.version}`);
run("realistic", makeCsv("realistic"));
run("worst-case", makeCsv("worst-case"));
