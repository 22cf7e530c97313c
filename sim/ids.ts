/** Zoho ids are 19-digit numbers sent as strings; ours share the demo org's prefix. */
export class IdSequence {
  private next: bigint;

  constructor(start = 5725767000010000001n) {
    this.next = start;
  }

  take(): string {
    const id = this.next;
    this.next += 1n;
    return id.toString();
  }

  /** Never hand out an id already taken by a loaded record. */
  advancePast(id: string): void {
    if (!/^\d+$/.test(id)) return;
    const taken = BigInt(id);
    if (taken >= this.next) this.next = taken + 1n;
  }
}
