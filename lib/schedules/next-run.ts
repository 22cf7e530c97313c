import 'server-only';
import cronParser from 'cron-parser';
import { AppError } from '@/lib/http/app-error';

/** The next time a cron fires, by the parser pg-boss's scheduler uses; a clear 422 when it is not a cron. */
export function nextRun(cron: string, timeZone: string, after = new Date()): Date {
  try {
    return cronParser.parseExpression(cron, { tz: timeZone, currentDate: after }).next().toDate();
  } catch (error) {
    throw new AppError(
      'validation',
      `"${cron}" in ${timeZone} is not a schedule Fieldmap can run: ${(error as Error).message}`,
      {
        fields: [{ path: ['cron'], message: (error as Error).message }],
      },
    );
  }
}
