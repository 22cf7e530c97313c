import { SaxesParser } from 'saxes';
import type { EntrySink } from './walk-zip';

export type XmlHandlers = {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
};

/** Element names without their namespace prefix (`x:row` → `row`): some writers prefix every element. */
const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** An entry sink that decodes UTF-8 as it streams and feeds a SAX parser; `shouldStop` ends the entry early. */
export function xmlSink(handlers: XmlHandlers, shouldStop: () => boolean = () => false): EntrySink {
  const parser = new SaxesParser();
  const decoder = new TextDecoder('utf-8');
  parser.on('error', (error) => {
    throw error;
  });
  if (handlers.open) {
    const open = handlers.open;
    parser.on('opentag', (tag) => open(local(tag.name), tag.attributes as Record<string, string>));
  }
  if (handlers.close) {
    const close = handlers.close;
    parser.on('closetag', (tag) => close(local(tag.name)));
  }
  if (handlers.text) {
    parser.on('text', handlers.text);
    parser.on('cdata', handlers.text);
  }
  return (chunk, isLast) => {
    parser.write(decoder.decode(chunk, { stream: !isLast }));
    if (isLast) parser.close();
    return !shouldStop();
  };
}

/** Collects a whole (small) entry as text. */
export function textSink(onText: (text: string) => void): EntrySink {
  const decoder = new TextDecoder('utf-8');
  let text = '';
  return (chunk, isLast) => {
    text += decoder.decode(chunk, { stream: !isLast });
    if (isLast) onText(text);
    return true;
  };
}
