// For `npm run bench`: Chromium driven over the DevTools protocol with nothing but page loads and script
// evaluation. Playwright follows every request (the Network domain's events go to the driver), which on a
// 2-vCPU machine adds about 0.7 ms per request to a search's time; a reader's browser has no such cost.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { present } from '../../src/lib/assert.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.ts';

interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
  result?: Result;
  error?: { message: string };
}

/** What a call returns: every reply without an error carries one (`{}` for calls that return nothing). */
type Result = Record<string, unknown>;

export interface BareTab {
  /** Loads the URL and waits until no resource has been requested for half a second. */
  goto(url: string): Promise<void>;
  /** Evaluates an expression in the page (awaiting a promise) and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface BareChromium {
  /** A tab in a new browser context: no cache or storage shared with other tabs. */
  newTab(): Promise<BareTab>;
  close(): Promise<void>;
}

export async function launchBareChromium(): Promise<BareChromium> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  // The protocol runs over file descriptors 3 (to Chromium) and 4 (from it): no port to find or collide on.
  const child: ChildProcess = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_ARGS, '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const toChromium = child.stdio[3] as Writable;
  const fromChromium = child.stdio[4] as Readable;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (result: Result) => void; reject: (e: Error) => void }>();
  const listeners = new Set<(m: Message) => void>();
  let buffered = '';
  fromChromium.setEncoding('utf8');
  fromChromium.on('data', (chunk: string) => {
    const parts = (buffered + chunk).split('\0');
    buffered = present(parts.pop(), 'the text after the last message (split gives at least one part)');
    for (const part of parts) {
      const message = JSON.parse(part) as Message;
      if (message.id !== undefined) {
        const call = waiting.get(message.id);
        waiting.delete(message.id);
        if (message.error) call?.reject(new Error(message.error.message));
        else if (message.result) call?.resolve(message.result);
        else call?.reject(new Error(`a reply with neither a result nor an error: ${part}`));
      } else for (const listener of listeners) listener(message);
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => {
    for (const call of waiting.values()) call.reject(new Error('Chromium exited'));
  });

  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
    new Promise<Result>((resolve, reject) => {
      const id = ++nextId;
      waiting.set(id, { resolve, reject });
      toChromium.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  const nextEvent = (method: string, sessionId: string) =>
    new Promise<void>((resolve) => {
      const listener = (m: Message) => {
        if (m.method === method && m.sessionId === sessionId) {
          listeners.delete(listener);
          resolve();
        }
      };
      listeners.add(listener);
    });

  async function newTab(): Promise<BareTab> {
    const context = (await send('Target.createBrowserContext')).browserContextId as string;
    const targetId = (await send('Target.createTarget', { url: 'about:blank', browserContextId: context }))
      .targetId as string;
    const session = (await send('Target.attachToTarget', { targetId, flatten: true })).sessionId as string;
    await send('Page.enable', {}, session);
    const evaluate = async <T>(expression: string): Promise<T> => {
      const reply = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, session);
      if (reply.exceptionDetails) throw new Error(`in the page: ${JSON.stringify(reply.exceptionDetails)}`);
      return (reply.result as { value: T }).value;
    };
    return {
      async goto(url) {
        const loaded = nextEvent('Page.loadEventFired', session);
        await send('Page.navigate', { url }, session);
        await loaded;
        await evaluate(`new Promise((done) => {
          let count = -1;
          const check = () => { const now = performance.getEntriesByType('resource').length; if (now === count) done(); else { count = now; setTimeout(check, 500); } };
          check();
        })`);
      },
      evaluate,
      async close() {
        await send('Target.disposeBrowserContext', { browserContextId: context });
      },
    };
  }

  return {
    newTab,
    async close() {
      await send('Browser.close').catch(() => {});
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
