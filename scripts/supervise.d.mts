import type { ChildProcess, SpawnOptions, spawn } from 'node:child_process';

export function nextDelay(previousMs: number, uptimeMs: number): number;

export type Supervised = {
  readonly child: ChildProcess;
  stop(signal?: NodeJS.Signals): void;
  exited(): Promise<void>;
};

export function supervise(options: {
  name: string;
  command: string;
  args: string[];
  options?: SpawnOptions;
  log?: (line: string) => void;
  spawnChild?: typeof spawn;
}): Supervised;
