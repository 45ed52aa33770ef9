// manifest.yml against the app: its processes run scripts that exist, its health checks point at
// real routes, every ((var)) has a value in each deploy-config file (and none is a secret), and the
// services it binds, as cloud.gov would pass them in VCAP_SERVICES, give lib/env.ts a complete
// configuration through lib/vcap.ts.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse as parseHcl } from "@cdktf/hcl2json";
import { parse } from "yaml";
import { envSchema, parseEnv } from "../lib/env";

const ROOT = path.resolve(__dirname, "..");
const ENVIRONMENTS = ["sandbox", "staging", "production"] as const;
const manifestText = fs.readFileSync(path.join(ROOT, "manifest.yml"), "utf8");

type Process = { type: string; command: string; instances: unknown; memory: unknown; "health-check-type": string; "health-check-http-endpoint"?: string };
type App = { name: string; env: Record<string, string>; services: string[]; processes: Process[]; routes: { route: string }[] };

const manifest = parse(manifestText) as { applications: App[] };
const app = manifest.applications[0]!;
const processes = new Map(app.processes.map((process) => [process.type, process]));

function deployConfig(env: string): Record<string, unknown> {
  return parse(fs.readFileSync(path.join(ROOT, "deploy-config", `${env}.yml`), "utf8")) as Record<string, unknown>;
}

/** The manifest with ((vars)) replaced, as `cf push --vars-file` does. */
function interpolate(text: string, vars: Record<string, unknown>): string {
  return text.replace(/\(\(([A-Za-z0-9_]+)\)\)/g, (_, name: string) => {
    if (!(name in vars)) throw new Error(`((${name})) has no value`);
    return String(vars[name]);
  });
}

type Block = Record<string, unknown>;
const first = (value: unknown) => ((Array.isArray(value) ? value[0] : undefined) ?? {}) as Block;

/**
 * The label cloud.gov gives each service instance terraform makes (modules/cloudgov): the offering
 * of its plan (aws-rds, s3), or user-provided. Keyed by instance name with ((env)) for the env.
 */
async function terraformServiceLabels(): Promise<Map<string, string>> {
  const tf = (await parseHcl("main.tf", fs.readFileSync(path.join(ROOT, "terraform/modules/cloudgov/main.tf"), "utf8"))) as Record<string, Record<string, Record<string, unknown>>>;
  const plans = tf.data?.cloudfoundry_service_plan ?? {};
  const labels = new Map<string, string>();
  for (const value of Object.values(tf.resource?.cloudfoundry_service_instance ?? {})) {
    const instance = first(value);
    const plan = /data\.cloudfoundry_service_plan\.(\w+)\.id/.exec(String(instance.service_plan))?.[1];
    const label = instance.type === "user-provided" ? "user-provided" : String(first(plans[plan ?? ""]).service_offering_name);
    labels.set(String(instance.name).replace("${var.env}", "((env))"), label);
  }
  return labels;
}

/** VCAP_SERVICES as cloud.gov's brokers would fill it for the bound instances. */
function vcapFor(services: string[], labels: Map<string, string>, env: string) {
  const byLabel: Record<string, object[]> = {};
  const credentials: Record<string, object> = {
    "aws-rds": { uri: "postgres://user:pw@rds.internal:5432/notify" },
    s3: { bucket: "cg-bucket", region: "us-gov-west-1", access_key_id: "AKIAFILES", secret_access_key: "s3-secret", fips_endpoint: "s3-fips.us-gov-west-1.amazonaws.com" },
    "user-provided": { SECRET_KEY: "k".repeat(48), ENCRYPTION_KEY: "e".repeat(48) },
  };
  for (const name of services) {
    const label = labels.get(name.replace(`-${env}`, "-((env))"));
    if (!label || !credentials[label]) throw new Error(`terraform makes no service instance ${name}`);
    (byLabel[label] ??= []).push({ name, label, credentials: credentials[label] });
  }
  return JSON.stringify(byLabel);
}

describe("manifest.yml", () => {
  it("is one app with a web and a worker process", () => {
    expect(manifest.applications).toHaveLength(1);
    expect([...processes.keys()].sort()).toEqual(["web", "worker"]);
  });

  it("runs package.json scripts that exist", () => {
    const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;
    expect(processes.get("web")?.command).toBe("npm run start:web");
    expect(processes.get("worker")?.command).toBe("npm run start:worker");
    for (const process of processes.values()) {
      const script = /^npm run ([\w:-]+)$/.exec(process.command)?.[1];
      expect(script && scripts[script], process.command).toBeTruthy();
    }
  });

  it("checks the web process over HTTP at /api/health/web, a real route, and the worker as a process", () => {
    expect(processes.get("web")).toMatchObject({ "health-check-type": "http", "health-check-http-endpoint": "/api/health/web" });
    expect(fs.existsSync(path.join(ROOT, "app/api/health/web/route.ts"))).toBe(true);
    expect(processes.get("worker")?.["health-check-type"]).toBe("process");
  });

  it("sizes each process and the route with ((vars))", () => {
    for (const process of processes.values()) {
      expect(process.instances).toMatch(/^\(\(\w+\)\)$/);
      expect(process.memory).toMatch(/^\(\(\w+\)\)$/);
    }
    expect(app.routes).toEqual([{ route: "((route))" }]);
  });

  it("sets only variables lib/env.ts knows, plus the platform's own", () => {
    const known = new Set([...Object.keys(envSchema.shape), "NODE_ENV", "NPM_CONFIG_PRODUCTION"]);
    expect(Object.keys(app.env).filter((key) => !known.has(key))).toEqual([]);
  });

  it("binds the database, the file, document and logo buckets lib/vcap.ts uses and the secrets, named as terraform names them", async () => {
    expect(app.services).toEqual(["notify-db-((env))", "notify-files-((env))", "notify-documents-((env))", "notify-logos-((env))", "notify-secrets-((env))"]);
    expect(app.env.S3_SERVICE_NAME).toBe("notify-files-((env))");
    expect(app.env.LOGOS_SERVICE_NAME).toBe("notify-logos-((env))");
    expect(Object.fromEntries(await terraformServiceLabels())).toEqual({
      "notify-db-((env))": "aws-rds",
      "notify-documents-((env))": "s3",
      "notify-files-((env))": "s3",
      "notify-logos-((env))": "s3",
      "notify-secrets-((env))": "user-provided",
    });
  });

  it.each(ENVIRONMENTS)("has a value for every ((var)) in deploy-config/%s.yml, and no secrets there", (env) => {
    const vars = deployConfig(env);
    const used = new Set([...manifestText.matchAll(/\(\(([A-Za-z0-9_]+)\)\)/g)].map((match) => match[1] as string));
    expect([...used].filter((name) => !(name in vars))).toEqual([]);
    expect(Object.keys(vars).filter((name) => !used.has(name))).toEqual([]);
    expect(Object.keys(vars).filter((name) => /secret|password|token|private|access_key/i.test(name))).toEqual([]);
    expect(vars.env).toBe(env);
  });

  it.each(ENVIRONMENTS)("gives %s a valid configuration from its vars and the services terraform makes, as VCAP_SERVICES", async (env) => {
    // The two values terraform outputs after the first apply (terraform/README.md).
    const vars: Record<string, unknown> = { ...deployConfig(env), sns_receipt_topic_arns: "arn:aws:sns:us-west-2:123456789012:notify-email-events", sms_default_origination_identity: "arn:aws:sms-voice:us-west-2:123456789012:pool/pool-1" };
    const pushed = (parse(interpolate(manifestText, vars)) as { applications: App[] }).applications[0]!;
    const raw = Object.fromEntries(Object.entries(pushed.env).map(([key, value]) => [key, String(value)]));
    const config = parseEnv({ ...raw, VCAP_SERVICES: vcapFor(pushed.services, await terraformServiceLabels(), env) });
    expect(config).toMatchObject({
      NOTIFY_ENVIRONMENT: env,
      DATABASE_URL: "postgresql://user:pw@rds.internal:5432/notify",
      STORAGE_PROVIDER: "s3",
      S3_BUCKET: "cg-bucket",
      S3_ACCESS_KEY_ID: "AKIAFILES",
      LOGOS_BUCKET: "cg-bucket",
      SECRET_KEY: "k".repeat(48),
      ENCRYPTION_KEY: "e".repeat(48),
      EMAIL_PROVIDER: "ses",
      SMS_PROVIDER: "pinpoint",
      NOTIFY_BASE_URL: `https://${String(vars.route)}`,
    });
  });

  it("refuses to start deployed until the receipt topics from terraform are filled in", async () => {
    const pushed = (parse(interpolate(manifestText, deployConfig("production"))) as { applications: App[] }).applications[0]!;
    const raw = Object.fromEntries(Object.entries(pushed.env).map(([key, value]) => [key, String(value)]));
    const vcap = vcapFor(pushed.services, await terraformServiceLabels(), "production");
    expect(() => parseEnv({ ...raw, VCAP_SERVICES: vcap })).toThrow("SNS_RECEIPT_TOPIC_ARNS must be set when AWS providers are used");
  });
});

describe("deployment docs", () => {
  // Variables that are not the app's settings: the AWS SDK's and CLI's own, Cloud Foundry's, and
  // AWS API values written in capitals.
  const NOT_APP_SETTINGS = new Set([
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_PROFILE",
    "CF_USER",
    "CF_PASSWORD",
    "CF_INSTANCE_INDEX",
    "VCAP_SERVICES",
    "NODE_ENV",
    "NPM_CONFIG_PRODUCTION",
    "ACCOUNT_TIER",
    "TEXT_MESSAGE_MONTHLY_SPEND_LIMIT",
    "TOLL_FREE",
    "TEN_DLC",
    "RSA_2048_BIT",
  ]);

  /** The README's Deploying section only: the rest of the README belongs to other topics. */
  function deploymentText(file: string): string {
    const text = fs.readFileSync(path.join(ROOT, file), "utf8");
    if (file !== "README.md") return text;
    const start = text.indexOf("## Deploying");
    expect(start).toBeGreaterThan(-1);
    return text.slice(start, text.indexOf("\n## ", start + 1));
  }

  it.each(["docs/operations.md", "terraform/README.md", "README.md", "manifest.yml", ...ENVIRONMENTS.map((env) => `deploy-config/${env}.yml`)])("%s names only variables lib/env.ts reads", (file) => {
    const text = deploymentText(file);
    const named = new Set([...text.matchAll(/\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\b/g)].map((match) => match[0]));
    const known = new Set(Object.keys(envSchema.shape));
    expect([...named].filter((name) => !known.has(name) && !NOT_APP_SETTINGS.has(name))).toEqual([]);
  });
});

describe(".cfignore", () => {
  const ignored = fs.readFileSync(path.join(ROOT, ".cfignore"), "utf8").split("\n").map((line) => line.trim()).filter((line) => line && !line.startsWith("#"));

  it("leaves out local data, secrets files and node_modules but uploads the Next build", () => {
    expect(ignored).toEqual(expect.arrayContaining(["node_modules/", ".data/", ".env", ".env.local", ".next/cache/"]));
    expect(ignored.filter((pattern) => pattern === ".next" || pattern === ".next/")).toEqual([]);
  });
});
