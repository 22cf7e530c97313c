// Vitest stands in for the Next server: 'server-only' is a no-op outside the browser bundle.
export {};
