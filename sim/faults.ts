import { z } from 'zod';

export const faultSchema = z.object({
  method: z.string().toUpperCase().optional(),
  /** A path prefix or a regular expression source (`^/crm/bulk/v\\d/write$`). */
  path: z.string().min(1),
  count: z.number().int().positive().default(1),
  /**
   * respond: answer `status` without doing the call; timeout: never answer; drop: reset the connection;
   * delay: do the call after `delayMs`; accept-then-drop / accept-then-respond: do the call (a create makes its
   * job), then reset the connection or answer `status` instead, as a gateway failing after Zoho accepted would.
   */
  mode: z
    .enum(['respond', 'timeout', 'drop', 'delay', 'accept-then-drop', 'accept-then-respond'])
    .default('respond'),
  delayMs: z.number().int().min(0).max(600_000).optional(),
  status: z.number().int().min(100).max(599).default(500),
  body: z.unknown().optional(),
  headers: z.record(z.string(), z.string()).default({}),
});
export type Fault = z.infer<typeof faultSchema>;

/** Faults armed by tests through /__sim/faults: the next N matching calls fail as asked. */
export class Faults {
  private armed: Fault[] = [];

  arm(fault: Fault): void {
    this.armed.push(fault);
  }

  clear(): void {
    this.armed = [];
  }

  take(method: string, path: string): Fault | undefined {
    const fault = this.armed.find(
      (candidate) => (!candidate.method || candidate.method === method) && matches(candidate.path, path),
    );
    if (!fault) return undefined;
    fault.count -= 1;
    if (fault.count <= 0) this.armed = this.armed.filter((candidate) => candidate !== fault);
    return fault;
  }
}

function matches(pattern: string, path: string): boolean {
  if (path.startsWith(pattern)) return true;
  try {
    return new RegExp(pattern).test(path);
  } catch {
    return false;
  }
}
