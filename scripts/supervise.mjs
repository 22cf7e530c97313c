// Keeps a child process running: when it exits on its own, says why and starts it again after a backoff
// (1 s, doubling to 30 s; back to 1 s once it has stayed up a minute).
import { spawn } from 'node:child_process';

const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;
const HEALTHY_AFTER_MS = 60_000;

/** The next wait before a restart, given the last one and how long the process stayed up. */
export function nextDelay(previousMs, uptimeMs) {
  if (previousMs === 0 || uptimeMs >= HEALTHY_AFTER_MS) return FIRST_DELAY_MS;
  return Math.min(previousMs * 2, MAX_DELAY_MS);
}

/**
 * Starts `command args` and restarts it whenever it exits until `stop()` is called.
 * `log` receives one line per exit and restart.
 */
export function supervise({ name, command, args, options, log = console.error, spawnChild = spawn }) {
  let child;
  let timer;
  let delayMs = 0;
  let isStopped = false;

  function start() {
    const startedAt = Date.now();
    child = spawnChild(command, args, options);
    child.on('error', (error) => log(`[fieldmap] ${name} could not start: ${error.message}`));
    child.on('exit', (code, signal) => {
      if (isStopped) return;
      delayMs = nextDelay(delayMs, Date.now() - startedAt);
      const why = signal ? `was stopped by ${signal}` : `exited with code ${code}`;
      log(`[fieldmap] ${name} ${why}; starting it again in ${Math.round(delayMs / 1000)} s.`);
      timer = setTimeout(start, delayMs);
    });
  }

  start();
  return {
    get child() {
      return child;
    },
    stop(signal = 'SIGTERM') {
      isStopped = true;
      clearTimeout(timer);
      if (child && child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
    /** Resolves once the current child has exited (immediately if it has). */
    exited() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
      return new Promise((resolve) => child.once('exit', () => resolve()));
    },
  };
}
