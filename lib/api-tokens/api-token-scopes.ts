/** What an API token may do; the database column and the token form take their values from this list. */
export const API_TOKEN_SCOPES = ['read', 'import', 'export', 'admin'] as const;
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];
