// State that must exist once per process, however many copies of a module are loaded. Next's
// production build gives pages and route handlers separate module runtimes (.next/server/chunks/ssr
// and .next/server/chunks), and the /v2 dispatcher (lib/server) loads the route files once more, so
// module-level state would be duplicated: two database pools, a key revoked in a server action still
// cached by the API. bench:api shows why the dispatcher stays: 3.4× the sends/s of Next serving /v2.

const REGISTRY = Symbol.for("notify.process-singletons");

/** The process's one `name`, created by `create` the first time any module copy asks for it. */
export function processSingleton<T>(name: string, create: () => T): T {
  const holder = globalThis as unknown as { [REGISTRY]?: Map<string, unknown> };
  const registry = (holder[REGISTRY] ??= new Map<string, unknown>());
  if (!registry.has(name)) registry.set(name, create());
  return registry.get(name) as T;
}
