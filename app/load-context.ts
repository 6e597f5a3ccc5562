/** What the production server hands every loader and action besides the request. */
declare module "@remix-run/node" {
  interface AppLoadContext {
    /** Nonce of this response's Content-Security-Policy, for inline scripts. */
    cspNonce?: string;
  }
}

export {};
