// ESLint: TypeScript rules plus the layer boundaries from the house style (no-restricted-imports).
// If a boundary rule fires, move the code to the right layer rather than disabling the rule.
import tseslint from "typescript-eslint";

const NEXT = { group: ["next", "next/*"], message: "Only app/ and Next-only files may use Next.js." };
const DB = { group: ["**/db/*", "**/db", "@/lib/db/*"], message: "Go through lib/services; only services, jobs and repositories touch the database." };
const PROVIDERS = { group: ["@/lib/providers/*", "**/lib/providers/*", "../providers/*", "../../providers/*"], message: "Go through lib/services; app code never calls providers directly." };
const SERVICES = { group: ["**/services/*", "@/lib/services/*"], message: "This layer must not depend on services." };
const PRISMA = { group: ["@prisma/*", "**/generated/*"], message: "Only lib/db uses Prisma." };
const AWS = { group: ["@aws-sdk/*"], message: "Only lib/providers talks to AWS." };
const IO = { group: ["node:*", "fs", "pg", "graphile-worker", "**/env", "@/lib/env"], message: "lib/domain is pure: no I/O, no configuration." };
const APP = { group: ["**/app/*", "@/app/*"], message: "Nothing outside app/ may import routes." };
const TOOLING = { group: ["**/scripts/*", "**/testing/*", "**/bench/*", "@/scripts/*", "@/testing/*", "@/bench/*"], message: "Tooling (scripts/, testing/, bench/) is not part of the product; nothing it ships may import it." };
const SESSION = { group: ["**/auth/session", "@/lib/auth/session"], message: "lib/auth/session is Next-only." };

// Every rule set also bans tooling: the product never depends on scripts/, testing/ or bench/.
const restrict = (...patterns) => ["error", { patterns: [TOOLING, ...patterns] }];

export default tseslint.config(
  { ignores: ["node_modules/**", ".next/**", ".data/**", ".scratch/**", "lib/db/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-definitions": ["error", "type"],
      "no-console": "off",
    },
  },
  // Outside the layers below (lib/security, lib/server, lib/forms, …) the AWS SDK is banned too:
  // only lib/providers talks to AWS. A later block replaces this rule for its files, not adds to it.
  { files: ["**/*.ts", "**/*.tsx"], rules: { "no-restricted-imports": restrict(AWS) } },
  { files: ["lib/domain/**"], rules: { "no-restricted-imports": restrict(NEXT, DB, PROVIDERS, SERVICES, PRISMA, AWS, IO, APP) } },
  { files: ["lib/schemas/**"], rules: { "no-restricted-imports": restrict(NEXT, DB, PROVIDERS, SERVICES, PRISMA, AWS, APP) } },
  // lib/forms is the Next-free half of forms and actions (client components import its types); the Next.js answers live in app/_lib.
  { files: ["lib/forms/**"], rules: { "no-restricted-imports": restrict(NEXT, AWS, APP) } },
  { files: ["lib/db/**"], rules: { "no-restricted-imports": restrict(NEXT, SERVICES, PROVIDERS, AWS, APP) } },
  {
    files: ["lib/providers/**"],
    rules: {
      "no-restricted-imports": restrict(NEXT, DB, SERVICES, PRISMA, APP),
      "@typescript-eslint/consistent-type-definitions": "off",
    },
  },
  { files: ["lib/services/**", "lib/jobs/**"], rules: { "no-restricted-imports": restrict(NEXT, APP, SESSION, AWS) } },
  { files: ["jobs/**"], rules: { "no-restricted-imports": restrict(NEXT, APP, SESSION, AWS) } },
  { files: ["app/**", "lib/api/**", "lib/auth/**", "proxy.ts"], rules: { "no-restricted-imports": restrict(DB, PROVIDERS, PRISMA, AWS) } },
  { files: ["components/**"], rules: { "no-restricted-imports": restrict(DB, PROVIDERS, SERVICES, PRISMA, AWS, { group: ["**/env", "@/lib/env"], message: "Client components must not read server configuration." }) } },
  { files: ["**/*.test.ts", "**/*.test.tsx", "**/*.int.test.ts", "e2e/**", "testing/**", "scripts/**", "bench/**"], rules: { "no-restricted-imports": "off" } },
  { files: ["next.config.js"], languageOptions: { sourceType: "commonjs", globals: { module: "writable" } }, rules: { "@typescript-eslint/no-require-imports": "off" } },
);
