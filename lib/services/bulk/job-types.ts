// Types the jobs pages use, without importing the database layer into app/.
export type { JobRow, JobSummary } from "../../db/bulk";
