import { readFileSync } from 'node:fs';

/** A field of /proc/<pid>/status in MB (VmRSS: resident now; VmHWM: the peak resident size so far). */
export function procMemoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm'));
  if (!match) throw new Error(`no ${field} for process ${pid}`);
  return Number(match[1]) / 1024;
}

/** Samples a process's resident size until stopped; returns the peak seen. */
export function sampleRss(pid: number, everyMs = 100): { stop(): number } {
  let peak = procMemoryMb(pid, 'VmRSS');
  const timer = setInterval(() => {
    peak = Math.max(peak, procMemoryMb(pid, 'VmRSS'));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, procMemoryMb(pid, 'VmRSS'));
    },
  };
}
