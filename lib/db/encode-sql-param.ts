import 'server-only';

/**
 * node-postgres turns a JS array into a Postgres array literal before sending it; PGlite does not, and
 * pg-boss passes arrays (job ids, names). This does what node-postgres does for the values pg-boss sends.
 */
export function encodeSqlParam(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return `{${value.map(encodeArrayElement).join(',')}}`;
}

function encodeArrayElement(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (Array.isArray(value)) return encodeSqlParam(value) as string;
  const text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
