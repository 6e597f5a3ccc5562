/** A file answered for saving: its name, its type, never shown inline, sniffed or cached. */
export interface Download {
  fileName: string;
  contentType: string;
  body: Uint8Array<ArrayBuffer> | string;
}

export function downloadResponse(download: Download): Response {
  return new Response(download.body, {
    headers: {
      "Content-Type": download.contentType,
      "Content-Disposition": `attachment; filename="${download.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
