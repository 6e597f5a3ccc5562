/** What the production server hands every loader and action besides the request. */
declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Nonce of this response's Content-Security-Policy, for inline scripts. */
    cspNonce?: string;
    /** The client's address (express `req.ip`: the forwarded one only behind a trusted proxy). */
    clientAddress?: string;
  }
}

export {};
