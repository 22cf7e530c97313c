import { describe, expect, it } from 'vitest';
import { nextDelay, supervise } from './supervise.mjs';

async function until(isDone: () => boolean) {
  for (let waited = 0; !isDone(); waited += 50) {
    if (waited > 20_000) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the sandbox supervisor', () => {
  it('waits 1 s, then doubles up to 30 s while the process keeps failing, and starts over once it stayed up', () => {
    const delays: number[] = [];
    let delay = 0;
    for (let crash = 0; crash < 7; crash += 1) {
      delay = nextDelay(delay, 2_000);
      delays.push(delay);
    }
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000]);
    expect(nextDelay(30_000, 61_000)).toBe(1_000);
  });

  it('starts a process again after it exits, says why, and stops for good when asked', async () => {
    const lines: string[] = [];
    const supervisor = supervise({
      name: 'test child',
      command: process.execPath,
      args: ['-e', 'process.exit(3)'],
      options: { stdio: 'ignore' },
      log: (line: string) => lines.push(line),
    });
    const firstPid = supervisor.child.pid;
    await until(() => lines.length > 0 && supervisor.child.pid !== firstPid);
    expect(lines[0]).toBe('[fieldmap] test child exited with code 3; starting it again in 1 s.');
    expect(supervisor.child.pid).not.toBe(firstPid);
    supervisor.stop();
    await supervisor.exited();
    const seen = lines.length;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(lines.length).toBe(seen);
  });
});
