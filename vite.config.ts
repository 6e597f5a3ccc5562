import { fileURLToPath } from "node:url";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const aliases = {
  "#app": here("./app"),
  "#db": here("./db"),
  "#questionnaires": here("./questionnaires"),
  "#tests": here("./tests"),
};

export default defineConfig({
  resolve: { alias: aliases },
  build: { manifest: true },
  server: { port: Number(process.env.PORT ?? 3000) },
  optimizeDeps: {
    include: ["survey-core", "survey-react-ui", "i18next", "react-i18next", "remix-i18next/react"],
  },
  plugins: [
    !process.env.VITEST &&
      remix({
        // BUILD_DIR lets parallel checkouts or agents build without overwriting each other.
        buildDirectory: process.env.BUILD_DIR ?? "build",
        future: {
          v3_fetcherPersist: true,
          v3_relativeSplatPath: true,
          v3_throwAbortReason: true,
          v3_singleFetch: true,
          v3_lazyRouteDiscovery: true,
        },
      }),
  ],
});
