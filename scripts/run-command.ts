// How every command-line entry point (npm start, npm test, db:*, bench:*) ends when it fails: one
// line saying what went wrong, exit code 1, no stack trace (LOG_LEVEL=debug adds it, for developers).
export function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (error === undefined || error === null) return "it failed without saying why";
  return String(error);
}

/** Prints `describeFailure(error)` on stderr, and with LOG_LEVEL=debug its stack trace. */
export function printFailure(error: unknown): void {
  console.error(describeFailure(error));
  if (process.env.LOG_LEVEL === "debug" && error instanceof Error && error.stack) console.error(error.stack);
}

/** Runs `main`; on failure prints `describeFailure` (and `after`, like a test summary) and exits 1. */
export function runCommand(main: () => Promise<void>, options: { after?: string } = {}): void {
  main().catch((error: unknown) => {
    printFailure(error);
    if (options.after) console.log(options.after);
    process.exit(1);
  });
}
