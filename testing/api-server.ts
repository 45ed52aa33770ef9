// For integration tests of the /v2 API over real HTTP: the web server's /v2 path (the request
// target repaired as lib/server/web-server.ts does, then the real route handlers), and a service
// with a real live API key and an SMS template to call it with.
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { getDb } from "../lib/db/client";
import { signHs256 } from "../lib/security/jwt";
import { createApiDispatcher } from "../lib/server/api-routes";
import { repairRequestTarget } from "../lib/server/path-encoding";
import { createApiKey } from "../lib/services/api-keys/api-keys";
import { createTestApiSender } from "./factories";

export type ApiServer = { base: string; close: () => Promise<void> };

export async function startApiServer(): Promise<ApiServer> {
  const dispatch = createApiDispatcher({ appDir: path.join(process.cwd(), "app"), origin: "https://notify.example.gov", headers: {} });
  const server = http.createServer((req, res) => {
    if (req.url) req.url = repairRequestTarget(req.url);
    void dispatch(req, res).then((handled) => {
      if (!handled) {
        res.writeHead(299);
        res.end("left for Next");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A live service (createTestApiSender's) with a real live key: `authorization()` signs a fresh token each call. */
export async function createKeyedSender() {
  const sender = await createTestApiSender();
  const { serviceId } = sender;
  await getDb().apiKey.deleteMany({ where: { serviceId } }); // the factory's key has no real secret
  const owner = await getDb().service.findUniqueOrThrow({ where: { id: serviceId }, select: { createdBy: { select: { id: true, name: true, emailAddress: true } } } });
  const actor = { sessionId: "s", userId: owner.createdBy.id, name: owner.createdBy.name, emailAddress: owner.createdBy.emailAddress, platformAdmin: false };
  const key = (await createApiKey({ actor, serviceId, name: "tests", keyType: "normal" })).combinedKey;
  return {
    ...sender,
    key,
    authorization: () => `Bearer ${signHs256({ iss: serviceId, iat: Math.floor(Date.now() / 1000) }, key.slice(-36))}`,
  };
}
