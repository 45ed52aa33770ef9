// Static checks of the terraform in this folder, parsed with a real HCL parser (HashiCorp's hcl
// library compiled to WebAssembly, @cdktf/hcl2json): every variable used is declared, every module
// gets its required variables and nothing it doesn't declare, every environment root calls the
// composite module modules/environment with the same inputs (and it wires the five modules), and data in production can't be destroyed by terraform. The providers can't be
// downloaded here, so `terraform validate` is out of reach; `terraform fmt -check` runs when the
// binary is installed.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "@cdktf/hcl2json";
import { beforeAll, describe, expect, it } from "vitest";

const TERRAFORM = __dirname;
const ENVIRONMENTS = ["sandbox", "staging", "production"] as const;

type Block = Record<string, unknown>;
/** One folder of .tf files (a module or a root) as terraform sees it: the files merged. */
type TfDir = { dir: string; files: string[]; variables: Map<string, Block>; modules: Map<string, Block>; resources: Map<string, Block>; terraform: Block[]; text: string };

function blocks(value: unknown): Block[] {
  return Array.isArray(value) ? (value as Block[]) : [];
}

async function loadDir(dir: string): Promise<TfDir> {
  const files = fs.readdirSync(dir).filter((name) => name.endsWith(".tf")).sort();
  const result: TfDir = { dir, files, variables: new Map(), modules: new Map(), resources: new Map(), terraform: [], text: "" };
  for (const file of files) {
    const parsed = (await parse(file, fs.readFileSync(path.join(dir, file), "utf8"))) as Record<string, Record<string, unknown>>;
    result.text += JSON.stringify(parsed);
    for (const [name, value] of Object.entries(parsed.variable ?? {})) result.variables.set(name, blocks(value)[0] ?? {});
    for (const [name, value] of Object.entries(parsed.module ?? {})) result.modules.set(name, blocks(value)[0] ?? {});
    for (const [type, byName] of Object.entries(parsed.resource ?? {})) {
      for (const [name, value] of Object.entries(byName as Record<string, unknown>)) result.resources.set(`${type}.${name}`, blocks(value)[0] ?? {});
    }
    result.terraform.push(...blocks(parsed.terraform));
  }
  return result;
}

/** var.x references in expressions (comments are gone after parsing). */
function usedVariables(tf: TfDir): Set<string> {
  return new Set([...tf.text.matchAll(/\bvar\.([A-Za-z_][A-Za-z0-9_-]*)/g)].map((match) => match[1] as string));
}

const META_ARGUMENTS = new Set(["source", "version", "providers", "depends_on", "count", "for_each"]);

/** Problems with one module call: required variables not passed, arguments the module doesn't declare. */
function moduleCallProblems(callName: string, call: Block, module: TfDir): string[] {
  const passed = Object.keys(call).filter((key) => !META_ARGUMENTS.has(key));
  const required = [...module.variables].filter(([, block]) => !("default" in block)).map(([name]) => name);
  return [
    ...required.filter((name) => !passed.includes(name)).map((name) => `module ${callName} is missing required variable ${name}`),
    ...passed.filter((name) => !module.variables.has(name)).map((name) => `module ${callName} passes ${name}, which ${path.relative(TERRAFORM, module.dir)} does not declare`),
  ];
}

function undeclaredProblems(tf: TfDir): string[] {
  return [...usedVariables(tf)].filter((name) => !tf.variables.has(name)).map((name) => `${path.relative(TERRAFORM, tf.dir) || "."} uses var.${name} but declares no variable "${name}"`);
}

function preventsDestroy(resource: Block): boolean {
  return blocks(resource.lifecycle).some((lifecycle) => lifecycle.prevent_destroy === true);
}

/** Resources that hold data: brokered databases and buckets, and AWS ones if ever added. */
function isDataResource(key: string, resource: Block): boolean {
  if (key.startsWith("cloudfoundry_service_instance.")) return resource.type === "managed";
  return /^(aws_db_instance|aws_rds_cluster|aws_s3_bucket|aws_dynamodb_table)\./.test(key);
}

const dirs = new Map<string, TfDir>();
const moduleDirs = () => [...dirs.values()].filter((tf) => tf.dir.includes(`${path.sep}modules${path.sep}`));

beforeAll(async () => {
  const candidates = [...ENVIRONMENTS.map((env) => path.join(TERRAFORM, env)), ...fs.readdirSync(path.join(TERRAFORM, "modules")).map((name) => path.join(TERRAFORM, "modules", name))];
  for (const dir of candidates) dirs.set(dir, await loadDir(dir));
});

describe("terraform", () => {
  it("parses every .tf file into modules and environment roots", () => {
    const parsedFiles = [...dirs.values()].flatMap((tf) => tf.files.map((file) => path.join(tf.dir, file)));
    const onDisk = (fs.readdirSync(TERRAFORM, { recursive: true }) as string[]).filter((file) => file.endsWith(".tf") && !file.includes(".terraform")).map((file) => path.join(TERRAFORM, file));
    expect(parsedFiles.sort()).toEqual(onDisk.sort());
    expect(moduleDirs().map((tf) => path.basename(tf.dir)).sort()).toEqual(["cloudgov", "environment", "iam", "ses", "sms", "sns"]);
  });

  it("declares every variable it uses, in each module and root", () => {
    expect([...dirs.values()].flatMap(undeclaredProblems)).toEqual([]);
    for (const tf of dirs.values()) expect(tf.variables.size, tf.dir).toBeGreaterThan(0);
  });

  it.each([...ENVIRONMENTS, "modules/environment"])("%s passes every module its required variables and only declared ones", (dir) => {
    const caller = dirs.get(path.join(TERRAFORM, dir))!;
    const problems = [...caller.modules].flatMap(([name, call]) => {
      const module = dirs.get(path.resolve(caller.dir, String(call.source)));
      return module ? moduleCallProblems(name, call, module) : [`module ${name}: no module at ${String(call.source)}`];
    });
    expect(problems).toEqual([]);
  });

  it("calls modules/environment with the same inputs in every environment, and it wires the five modules", () => {
    const calls = (dir: string) => Object.fromEntries(dirs.get(path.join(TERRAFORM, dir))!.modules);
    expect(Object.fromEntries(Object.entries(calls("modules/environment")).map(([name, call]) => [name, call.source]))).toEqual({ cloudgov: "../cloudgov", sns: "../sns", ses: "../ses", sms: "../sms", iam: "../iam" });
    expect(Object.keys(calls("sandbox"))).toEqual(["environment"]);
    expect(calls("sandbox").environment).toMatchObject({ source: "../modules/environment", env: "${local.env}" });
    expect(calls("staging")).toEqual(calls("sandbox"));
    expect(calls("production")).toEqual(calls("sandbox"));
  });

  it("keeps each environment's state in its own key of an encrypted, locked S3 backend", () => {
    const keys = ENVIRONMENTS.map((env) => {
      const backend = dirs.get(path.join(TERRAFORM, env))!.terraform.flatMap((block) => blocks((block.backend as Block | undefined)?.s3));
      expect(backend, env).toHaveLength(1);
      expect(backend[0], env).toMatchObject({ encrypt: true, use_lockfile: true });
      return backend[0]?.key;
    });
    expect(new Set(keys).size).toBe(ENVIRONMENTS.length);
  });

  it("protects production's data (database, buckets) with prevent_destroy", () => {
    // production and every module it calls, however deep.
    const reached: TfDir[] = [];
    const visit = (tf: TfDir) => {
      if (reached.includes(tf)) return;
      reached.push(tf);
      for (const call of tf.modules.values()) visit(dirs.get(path.resolve(tf.dir, String(call.source)))!);
    };
    visit(dirs.get(path.join(TERRAFORM, "production"))!);
    expect(reached.map((tf) => path.basename(tf.dir)).sort()).toEqual(["cloudgov", "environment", "iam", "production", "ses", "sms", "sns"]);
    const dataResources = reached.flatMap((tf) =>
      [...tf.resources].filter(([key, resource]) => isDataResource(key, resource)).map(([key, resource]) => ({ key: `${path.basename(tf.dir)}/${key}`, protected: preventsDestroy(resource) })),
    );
    expect(dataResources.map((resource) => resource.key).sort()).toEqual([
      "cloudgov/cloudfoundry_service_instance.database",
      "cloudgov/cloudfoundry_service_instance.documents",
      "cloudgov/cloudfoundry_service_instance.files",
      "cloudgov/cloudfoundry_service_instance.logos",
    ]);
    expect(dataResources.filter((resource) => !resource.protected)).toEqual([]);
  });

  it("gives the app IAM rights only on its own identity, numbers and configuration sets", () => {
    const iam = dirs.get(path.join(TERRAFORM, "modules", "iam"))!;
    expect(iam.text).toContain("ses:SendEmail");
    expect(iam.text).toContain("sms-voice:SendTextMessage");
    expect(iam.text).not.toMatch(/"(ses|sms-voice|s3|sns):\*"/);
    expect(iam.text).not.toMatch(/"actions":\["\*"\]/);
  });

  it("finds the problems it checks for (a module call missing a variable, an undeclared var)", async () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tf-check-"));
    fs.writeFileSync(path.join(scratch, "main.tf"), 'variable "name" {\n  type = string\n}\n\nvariable "size" {\n  type    = number\n  default = 1\n}\n\noutput "x" {\n  value = "${var.name}-${var.colour}"\n}\n');
    const module = await loadDir(scratch);
    expect(undeclaredProblems(module)).toEqual([`${path.relative(TERRAFORM, scratch)} uses var.colour but declares no variable "colour"`]);
    expect(moduleCallProblems("m", { source: "./m", size: 2, shape: "round" }, module)).toEqual([
      "module m is missing required variable name",
      `module m passes shape, which ${path.relative(TERRAFORM, scratch)} does not declare`,
    ]);
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  const terraformBinary = (() => {
    try {
      execFileSync("terraform", ["version"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!terraformBinary)("is formatted as terraform fmt writes it (run only where the terraform binary is installed)", () => {
    // Throws with the unformatted files listed when any is off.
    expect(() => execFileSync("terraform", ["fmt", "-check", "-recursive", "-list=true", TERRAFORM], { stdio: "pipe" })).not.toThrow();
  });
});
