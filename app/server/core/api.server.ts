/** Shared pieces of the JSON API: body parsing and error answers in one shape. */
import type { z } from "zod";

export function apiError(status: number, error: string, extra: Record<string, unknown> = {}): Response {
  return Response.json({ error, ...extra }, { status, headers: { "Cache-Control": "no-store" } });
}

/** Parses a JSON body with a schema; anything else is a 400 (thrown) that changes nothing. */
export async function readJson<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  if (!request.headers.get("content-type")?.toLowerCase().includes("application/json")) {
    throw apiError(415, "expected_json");
  }
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw apiError(400, "invalid_json");
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw apiError(400, "invalid_request", {
      problems: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    });
  }
  return parsed.data;
}

export function methodNotAllowed(allowed: string): Response {
  return new Response(null, { status: 405, headers: { Allow: allowed } });
}
