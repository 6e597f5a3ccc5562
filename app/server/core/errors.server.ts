/** 404 whether the thing is missing or belongs to someone else: no hint either way. */
export function notFound(): never {
  throw new Response("Not Found", { status: 404 });
}
