import 'server-only';
import type { MergeStats, PageSource } from './merge-csv-pages';

const CRLF = '\r\n';

/** Physical lines of a text stream, decoded without splitting a UTF-8 character across chunks. */
async function* linesOf(stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let rest = '';
  for await (const chunk of stream) {
    rest += decoder.decode(chunk, { stream: true });
    const lines = rest.split(/\r?\n/);
    rest = lines.pop() ?? '';
    yield* lines;
  }
  rest += decoder.decode();
  if (rest !== '') yield rest;
}

/** UID plus RECURRENCE-ID: a modified occurrence of a series is an entity of its own (docs/zoho.md, “Calendar exports”). */
function eventKey(lines: string[]): string {
  const unfolded = lines
    .join(CRLF)
    .replace(/\r\n[ \t]/g, '')
    .split(CRLF);
  const value = (name: string) =>
    unfolded
      .find((line) => line.toUpperCase().startsWith(name))
      ?.split(':')
      .slice(1)
      .join(':') ?? '';
  return `${value('UID')}|${value('RECURRENCE-ID')}`;
}

/**
 * Zoho's page calendars as one VCALENDAR, streamed: the first page's calendar properties and time zones, every
 * VEVENT in page order (a repeat of the previous or the same page dropped), one END:VCALENDAR.
 */
export async function* mergeIcsPages(pages: PageSource[], stats: MergeStats): AsyncGenerator<Buffer> {
  let previousKeys = new Set<string>();
  let isFirstPage = true;
  for (const open of pages) {
    const keys = new Set<string>();
    let event: string[] | undefined;
    let isBeforeEvents = true;
    let out = '';
    for await (const raw of linesOf((await open()) as AsyncIterable<Buffer>)) {
      const line = raw.replace(/^\uFEFF/, '');
      const upper = line.toUpperCase();
      if (upper === 'BEGIN:VEVENT') {
        isBeforeEvents = false;
        event = [line];
      } else if (event) {
        event.push(line);
        if (upper === 'END:VEVENT') {
          const key = eventKey(event);
          if (keys.has(key) || previousKeys.has(key)) stats.duplicates += 1;
          else {
            keys.add(key);
            stats.records += 1;
            out += event.join(CRLF) + CRLF;
          }
          event = undefined;
        }
      } else if (isFirstPage && isBeforeEvents && upper !== 'END:VCALENDAR' && line !== '') {
        out += line + CRLF;
      }
      if (out.length > 64 * 1024) {
        yield Buffer.from(out);
        out = '';
      }
    }
    if (out) yield Buffer.from(out);
    isFirstPage = false;
    previousKeys = keys;
  }
  if (isFirstPage)
    yield Buffer.from(`BEGIN:VCALENDAR${CRLF}VERSION:2.0${CRLF}PRODID:-//Fieldmap//Export//EN${CRLF}`);
  yield Buffer.from(`END:VCALENDAR${CRLF}`);
}
