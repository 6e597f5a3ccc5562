// The production server: the Remix build behind express, with security headers.
// Started by `npm start`; configuration comes from the environment (see README).
import { randomBytes } from "node:crypto";
import { createRequestHandler } from "@remix-run/express";
import compression from "compression";
import express from "express";

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? "0.0.0.0";
const maxBodyBytes = 2 * 1024 * 1024;
// CSV imports of balances carry whole national datasets.
const maxImportBytes = 16 * 1024 * 1024;
const buildDirectory = process.env.BUILD_DIR ?? "build";

function fail(message) {
  console.error(`Cannot start: ${message}`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65535)
  fail(`PORT must be a number from 0 to 65535, not "${process.env.PORT}"`);

const build = await import(new URL(`${buildDirectory}/server/index.js`, `file://${process.cwd()}/`).href).catch(() =>
  fail("no production build found. Run `npm run build` first (npm start does it for you)."),
);

let startupInfo;
try {
  startupInfo = await build.entry.module.startup();
} catch (error) {
  fail(error instanceof Error ? `${error.name === "Error" ? "" : `${error.name}: `}${error.message}` : String(error));
}

const app = express();
app.disable("x-powered-by");
if (process.env.TRUST_PROXY) app.set("trust proxy", process.env.TRUST_PROXY === "true" ? 1 : process.env.TRUST_PROXY);
app.use(compression());

app.use((req, res, next) => {
  const nonce = randomBytes(16).toString("base64");
  res.locals.cspNonce = nonce;
  const https = req.protocol === "https";
  res.set({
    "Content-Security-Policy": [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}'`,
      // SurveyJS and React set inline styles; no script can run from a style.
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      ...(https ? ["upgrade-insecure-requests"] : []),
    ].join("; "),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
    ...(https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  });
  next();
});

// Reject oversized bodies before anything reads them.
app.use((req, res, next) => {
  const length = Number(req.headers["content-length"] ?? 0);
  const limit = req.path.startsWith("/research/balances") ? maxImportBytes : maxBodyBytes;
  if (length > limit) {
    // Reading an oversized body to keep the connection would be the attacker's gain: close it.
    res.set("Connection", "close").status(413).type("text/plain").send("Payload too large");
    return;
  }
  next();
});

// A route may answer before it reads the body (401, 415, a redirect). Read the rest, which
// the size check above bounds, so that the next request on this keep-alive connection works.
app.use((req, res, next) => {
  res.on("finish", () => {
    if (req.complete) return;
    req.removeAllListeners("data");
    req.resume();
  });
  next();
});

// Cross-site request forgery: state changes only from our own origin.
app.use((req, res, next) => {
  if (
    build.entry.module.isCrossSiteRequest(req.method, { get: (name) => req.get(name) ?? null }, req.get("host") ?? null)
  ) {
    res.status(403).type("text/plain").send("Cross-site request refused");
    return;
  }
  next();
});

app.use("/assets", express.static(`${buildDirectory}/client/assets`, { immutable: true, maxAge: "1y" }));
app.use(express.static(`${buildDirectory}/client`, { maxAge: "1h", index: false }));

// What a signed-in person sees is theirs alone: never kept by a browser or a shared cache.
// Remix answers through res.append; one header of each kind, the route's own where it sets one.
app.use((req, res, next) => {
  const signedIn = /(?:^|;\s*)mcb_session=/.test(req.get("cookie") ?? "");
  if (signedIn) res.set("Cache-Control", "no-store, private");
  const append = res.append.bind(res);
  res.append = (field, value) => {
    const name = field.toLowerCase();
    if (name === "set-cookie") return append(field, value);
    if (name === "cache-control" && signedIn) return res;
    return res.set(field, value);
  };
  next();
});

app.all(
  "*",
  createRequestHandler({
    build,
    getLoadContext: (req, res) => ({ cspNonce: res.locals.cspNonce, clientAddress: req.ip }),
  }),
);

const server = app.listen(port, host, () => {
  const address = server.address();
  const actualPort = typeof address === "object" && address ? address.port : port;
  console.log(`Municipal Climate Benchmark at http://localhost:${actualPort}`);
  console.log(`Database (${startupInfo.dialect}): ${startupInfo.database}`);
  if (process.env.SEED_DEMO !== "false") {
    console.log("Demo accounts (password: demo-password):");
    for (const account of build.entry.module.demoAccounts) console.log(`  ${account.email}  (${account.role})`);
  }
});

server.on("error", (error) => {
  if (error.code === "EADDRINUSE") fail(`port ${port} is already in use. Stop the other program or set PORT.`);
  if (error.code === "EACCES") fail(`no permission to listen on port ${port}. Choose a port above 1024 with PORT.`);
  fail(error.message);
});

function shutdown() {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
