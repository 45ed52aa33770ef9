// "Send a file by email": the file objects an API caller puts in personalisation (what the official
// clients' prepareUpload / prepare_upload make: { file: base64, filename?, confirm_email_before_download?,
// retention_period?, is_csv? }), checked in Notify's order with Notify's words. The type comes from
// the bytes, never from the name: a PDF, RTF or one of three zip-based office formats is recognised
// by its structure; anything else must be text (UTF-8, no control characters), which is CSV, TXT or
// JSON as the filename, is_csv or the content itself says. Pure: no I/O.

/** Decoded bytes at most (Notify's and its clients' limit). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
/** Files in one email at most. */
export const MAX_FILES_PER_EMAIL = 10;
export const MAX_FILENAME_LENGTH = 100;
export const RETENTION_WEEKS = { min: 1, max: 78, default: 26 } as const;

/** Extension → content type, for every type that may be sent. */
export const SUPPORTED_FILE_TYPES = {
  csv: "text/csv",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  json: "application/json",
  odt: "application/vnd.oasis.opendocument.text",
  pdf: "application/pdf",
  rtf: "application/rtf",
  txt: "text/plain",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export type FileExtension = keyof typeof SUPPORTED_FILE_TYPES;

const SUPPORTED_LIST = Object.keys(SUPPORTED_FILE_TYPES)
  .sort()
  .map((ext) => `'.${ext}'`)
  .join(", ");

const shown = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value));

/** Notify's API messages (the official clients' docs list them). */
export const FILE_ERRORS = {
  smsOnly: "Can only send a file by email",
  /** Ours: spreadsheets and one-off sends can't carry files (Notify's neither). */
  apiOnly: "Files can only be sent by email through the API",
  tooMany: (count: number) => `File number exceed allowed limits of ${MAX_FILES_PER_EMAIL} with number of ${count}.`,
  noFile: "No document upload",
  notBase64: "Document is not base64 encoded",
  tooLarge: "File is larger than 2MB",
  filenameTooLong: `\`filename\` cannot be longer than ${MAX_FILENAME_LENGTH} characters`,
  filenameExtension: "`filename` must end with a file extension. For example, filename.csv",
  retention: (value: unknown) => `Unsupported value for retention_period '${shown(value)}'. Supported periods are from 1 to 78 weeks.`,
  confirm: (value: unknown) => `Unsupported value for confirm_email_before_download: '${shown(value)}'. Use a boolean true or false value.`,
  isCsv: (value: unknown) => `Unsupported value for is_csv: '${shown(value)}'. Use a boolean true or false value.`,
  unsupportedType: (mimeType: string) => `Unsupported file type '${mimeType}'. Supported types are: ${SUPPORTED_LIST}`,
  virus: "File did not pass the virus scan",
} as const;

/** A file that passed every check, ready to be stored. */
export type CheckedFile = {
  /** The placeholder it fills (as the caller spelled it). */
  placeholder: string;
  bytes: Buffer;
  filename: string | null;
  mimeType: string;
  confirmEmail: boolean;
  retentionWeeks: number;
};

export type FileCheckResult = { ok: true; files: CheckedFile[] } | { ok: false; message: string };

/** Whether a personalisation value is a file to send (an object, as the clients make; Notify's test is the same). */
export function isFileValue(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The placeholders whose values are files, in the order given. */
export function findFilePlaceholders(personalisation: Record<string, unknown>): string[] {
  return Object.entries(personalisation)
    .filter(([, value]) => isFileValue(value))
    .map(([key]) => key);
}

/** Strict base64 (the standard alphabet, padded, whitespace ignored); null when it isn't. */
export function decodeBase64(text: string): Buffer | null {
  const compact = text.replace(/\s+/g, "");
  if (compact.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) return null;
  return Buffer.from(compact, "base64");
}

/** "N week(s)", 1–78, any case and surrounding space; null when it isn't one. */
export function parseRetentionPeriod(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const match = /^(\d{1,3}) weeks?$/.exec(value.trim().toLowerCase());
  const weeks = match ? Number(match[1]) : NaN;
  return weeks >= RETENTION_WEEKS.min && weeks <= RETENTION_WEEKS.max ? weeks : null;
}

/** A filename safe to put in a header or on a page: no path, no control characters. */
function cleanFilename(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f/\\]/g, "_").trim();
}

function extensionOf(filename: string): string | null {
  const dot = filename.lastIndexOf(".");
  return dot > 0 && dot < filename.length - 1 ? filename.slice(dot + 1).toLowerCase() : null;
}

/** The names of the entries in a zip's central directory, or null when the bytes aren't a readable zip. */
export function zipEntryNames(bytes: Buffer): string[] | null {
  // The end-of-central-directory record is in the last 22 + 65,535 bytes.
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i -= 1) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = bytes.readUInt16LE(eocd + 10);
  let offset = bytes.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > bytes.length) return null;
    names.push(bytes.subarray(offset + 46, offset + 46 + nameLength).toString("utf8"));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

const ODT_MIMETYPE = "application/vnd.oasis.opendocument.text";

function zipType(bytes: Buffer): string {
  // An OpenDocument file starts with an uncompressed "mimetype" entry naming its type.
  const nameLength = bytes.length >= 30 ? bytes.readUInt16LE(26) : 0;
  const extraLength = bytes.length >= 30 ? bytes.readUInt16LE(28) : 0;
  const start = 30 + nameLength + extraLength;
  if (bytes.subarray(30, 30 + nameLength).toString("latin1") === "mimetype" && bytes.subarray(start, start + ODT_MIMETYPE.length).toString("latin1") === ODT_MIMETYPE) {
    return SUPPORTED_FILE_TYPES.odt;
  }
  const names = zipEntryNames(bytes);
  if (!names) return "application/zip";
  const has = (name: string) => names.includes(name);
  if (has("[Content_Types].xml") && has("word/document.xml")) return SUPPORTED_FILE_TYPES.docx;
  if (has("[Content_Types].xml") && has("xl/workbook.xml")) return SUPPORTED_FILE_TYPES.xlsx;
  return "application/zip";
}

/** Text: valid UTF-8 without NUL or other control characters than tab, line breaks and form feed. */
export function isText(bytes: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  return !/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/.test(text);
}

function isJson(bytes: Buffer): boolean {
  const text = bytes.toString("utf8").replace(/^\uFEFF/, "").trim();
  if (!text.startsWith("{") && !text.startsWith("[")) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * The file's content type from its bytes. Text is told apart by what the caller says: the
 * filename's extension (.csv, .txt, .json) first, then is_csv, then whether it parses as JSON.
 */
export function detectFileType(bytes: Buffer, hints: { extension: string | null; isCsv: boolean }): string {
  if (bytes.length === 0) return "application/x-empty";
  const head = bytes.subarray(0, 8).toString("latin1");
  if (head.startsWith("%PDF-")) return SUPPORTED_FILE_TYPES.pdf;
  if (head.startsWith("{\\rtf")) return SUPPORTED_FILE_TYPES.rtf;
  if (head.startsWith("PK\u0003\u0004")) return zipType(bytes);
  if (!isText(bytes)) return "application/octet-stream";
  if (hints.extension === "csv") return SUPPORTED_FILE_TYPES.csv;
  if (hints.extension === "json") return isJson(bytes) ? SUPPORTED_FILE_TYPES.json : SUPPORTED_FILE_TYPES.txt;
  if (hints.extension === "txt") return SUPPORTED_FILE_TYPES.txt;
  if (hints.isCsv) return SUPPORTED_FILE_TYPES.csv;
  return isJson(bytes) ? SUPPORTED_FILE_TYPES.json : SUPPORTED_FILE_TYPES.txt;
}

function checkFile(placeholder: string, value: Record<string, unknown>): CheckedFile | { message: string } {
  if (typeof value.file !== "string") return { message: FILE_ERRORS.noFile };
  const bytes = decodeBase64(value.file);
  if (!bytes) return { message: FILE_ERRORS.notBase64 };
  if (bytes.length > MAX_FILE_BYTES) return { message: FILE_ERRORS.tooLarge };

  let filename: string | null = null;
  if (value.filename !== undefined && value.filename !== null) {
    if (typeof value.filename !== "string") return { message: FILE_ERRORS.filenameExtension };
    filename = cleanFilename(value.filename);
    if (filename.length > MAX_FILENAME_LENGTH) return { message: FILE_ERRORS.filenameTooLong };
    if (!extensionOf(filename)) return { message: FILE_ERRORS.filenameExtension };
  }
  const confirm = value.confirm_email_before_download;
  if (confirm !== undefined && confirm !== null && typeof confirm !== "boolean") return { message: FILE_ERRORS.confirm(confirm) };
  const retention = value.retention_period;
  const retentionWeeks = retention === undefined || retention === null ? RETENTION_WEEKS.default : parseRetentionPeriod(retention);
  if (retentionWeeks === null) return { message: FILE_ERRORS.retention(retention) };
  const isCsv = value.is_csv;
  if (isCsv !== undefined && isCsv !== null && typeof isCsv !== "boolean") return { message: FILE_ERRORS.isCsv(isCsv) };

  const extension = filename ? extensionOf(filename) : null;
  const mimeType = detectFileType(bytes, { extension, isCsv: isCsv === true });
  const allowed = Object.values(SUPPORTED_FILE_TYPES) as string[];
  if (!allowed.includes(mimeType)) return { message: FILE_ERRORS.unsupportedType(mimeType) };
  // A name must agree with what the bytes are (a PDF called report.csv is refused, not mislabelled).
  if (extension && SUPPORTED_FILE_TYPES[extension as FileExtension] !== mimeType) return { message: FILE_ERRORS.unsupportedType(mimeType) };
  return { placeholder, bytes, filename, mimeType, confirmEmail: confirm !== false, retentionWeeks };
}

/** Every file value in `personalisation`, checked; the first problem in Notify's order otherwise. */
export function checkFileValues(personalisation: Record<string, unknown>): FileCheckResult {
  const placeholders = findFilePlaceholders(personalisation);
  if (placeholders.length > MAX_FILES_PER_EMAIL) return { ok: false, message: FILE_ERRORS.tooMany(placeholders.length) };
  const files: CheckedFile[] = [];
  for (const placeholder of placeholders) {
    const checked = checkFile(placeholder, personalisation[placeholder] as Record<string, unknown>);
    if ("message" in checked) return { ok: false, message: checked.message };
    files.push(checked);
  }
  return { ok: true, files };
}

/** The extension a download is named with when the sender gave no filename. */
export function extensionForType(mimeType: string): string {
  const entry = Object.entries(SUPPORTED_FILE_TYPES).find(([, type]) => type === mimeType);
  return entry ? entry[0] : "bin";
}
