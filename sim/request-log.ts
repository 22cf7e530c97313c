export type LoggedRequest = { at: string; method: string; path: string; status: number; grantType?: string };

const MAX_ENTRIES = 5000;

/** What the simulator was asked, so tests can count token refreshes and API calls. */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private readonly grantTypes = new WeakMap<object, string>();

  /** The token endpoint names the grant of a call, so tests can tell refreshes from code exchanges. */
  tagGrant(response: object, grantType: string): void {
    this.grantTypes.set(response, grantType);
  }

  grantOf(response: object): string | undefined {
    return this.grantTypes.get(response);
  }

  add(entry: LoggedRequest): void {
    this.entries.push(entry);
    if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
  }

  list(): LoggedRequest[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
