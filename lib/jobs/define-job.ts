import 'server-only';
import type PgBoss from 'pg-boss';
import type { z } from 'zod';

/** A background job type: its queue name, the payload it accepts, and what it does. */
export type JobDefinition<Schema extends z.ZodType> = {
  name: string;
  payload: Schema;
  handler: (payload: z.infer<Schema>, job: { id: string }) => Promise<void>;
  options?: PgBoss.Queue;
};

export function defineJob<Schema extends z.ZodType>(
  definition: JobDefinition<Schema>,
): JobDefinition<Schema> {
  return definition;
}

/** Enqueue with the payload checked against the job's own schema. */
export async function sendJob<Schema extends z.ZodType>(
  boss: PgBoss,
  definition: JobDefinition<Schema>,
  payload: z.infer<Schema>,
  options: PgBoss.SendOptions = {},
): Promise<string> {
  const id = await boss.send(definition.name, definition.payload.parse(payload) as object, options);
  if (!id) throw new Error(`Job ${definition.name} was not queued`);
  return id;
}

export async function workJob<Schema extends z.ZodType>(
  boss: PgBoss,
  definition: JobDefinition<Schema>,
): Promise<void> {
  await boss.createQueue(definition.name, { name: definition.name, ...definition.options });
  // A queue made by an older version keeps its old policy unless told.
  if (definition.options?.policy) await boss.updateQueue(definition.name, definition.options);
  await boss.work(definition.name, async (jobs) => {
    for (const job of jobs) await definition.handler(definition.payload.parse(job.data), { id: job.id });
  });
}
