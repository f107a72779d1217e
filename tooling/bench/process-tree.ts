import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface StageResult {
  seconds: number;
  /** Largest total resident memory of the process and all its descendants, sampled every 50 ms (Linux only). */
  peakMemoryBytes: number | null;
  status: number | null;
  output: string;
}

/** Run a command and measure its wall time and the peak memory of its whole process tree. */
export function measure(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv },
): Promise<StageResult> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    let peak: number | null = null;
    const sample = () => {
      // No pid: the process never started, so there is no memory to sample.
      if (child.pid === undefined) return;
      const total = treeMemory(child.pid);
      if (total !== null) peak = Math.max(peak ?? 0, total);
    };
    const timer = setInterval(sample, 50);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ seconds: (performance.now() - started) / 1000, peakMemoryBytes: peak, status, output });
    });
  });
}

function treeMemory(root: number): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const children = new Map<number, number[]>();
  for (const name of entries) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (rss) total += Number(rss[1]) * 1024;
    } catch {
      // Gone already.
    }
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}
