// How many shards to read a survey file in (see shards.ts): apart from it, as the option parser needs
// it at start-up and shards.ts brings the whole reading engine with it.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';

/**
 * A survey file of this many cells (answers, ids, any field) is read in shards unless --jobs says
 * otherwise; below it a worker's start is not repaid. Cells, not bytes, as the time goes by cell: on 2
 * cores, 2 shards broke even near 40,000 respondents × 30 features with answer text (30 MB) and near
 * 55,000 with numeric codes (7 MB), about 2.5 and 3.3 million cells; at 5 MB of text they took 1.4× the
 * time of one.
 */
export const SHARDS_FROM_CELLS = 3_000_000;

/** --jobs auto: one shard per core this process may use (within a container's CPU quota), up to 8. */
export function autoJobs(): number {
  return Math.min(availableParallelism(), quotaCpus(readOrNull) ?? Infinity, 8);
}

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

/**
 * The CPUs that cgroup quotas grant this process (the smallest on its cgroup's path, rounded up), or
 * null without one. Node's availableParallelism (libuv 1.46) counts the cores the process may run on,
 * not its share of them: a container given 1 CPU on a 16-core host would get 8 shards sliced on one.
 * cgroup v2 (cpu.max: "max 100000" or "150000 100000") and v1 (cpu.cfs_quota_us, -1 for none, over
 * cpu.cfs_period_us), each looked for from the process's cgroup up to the root of the mount.
 */
export function quotaCpus(read: (path: string) => string | null): number | null {
  const quotas: number[] = [];
  for (const line of (read('/proc/self/cgroup') ?? '').split('\n')) {
    const [id, controllers, ...rest] = line.split(':');
    if (rest.length === 0) continue;
    const path = rest.join(':');
    if (id === '0' && controllers === '') {
      for (const folder of ancestors('/sys/fs/cgroup', path)) {
        const [quota, period] = (read(`${folder}/cpu.max`) ?? '').trim().split(' ');
        if (quota !== undefined && period !== undefined) quotas.push(Number(quota) / Number(period));
      }
    } else if (controllers?.split(',').includes('cpu')) {
      for (const folder of ancestors(`/sys/fs/cgroup/${controllers}`, path)) {
        const quota = Number(read(`${folder}/cpu.cfs_quota_us`));
        const period = Number(read(`${folder}/cpu.cfs_period_us`));
        if (quota > 0 && period > 0) quotas.push(quota / period);
      }
    }
  }
  const granted = quotas.filter((cpus) => Number.isFinite(cpus) && cpus > 0);
  return granted.length > 0 ? Math.ceil(Math.min(...granted)) : null;
}

/** A cgroup's folder under a mount and those of its parents, up to the mount itself. */
function ancestors(mount: string, path: string): string[] {
  const parts = path.split('/').filter(Boolean);
  return parts.map((_, i) => `${mount}/${parts.slice(0, parts.length - i).join('/')}`).concat(mount);
}

/**
 * The shards to read a file in without --jobs, from its first bytes and its size: auto when its cells,
 * estimated from the separators and line ends of those bytes (any of , ; tab, as the delimiter is not
 * known yet), are SHARDS_FROM_CELLS or more; else 1.
 */
export function defaultJobs(head: Uint8Array, size: number): number {
  let separators = 0;
  for (const byte of head) if (byte === 0x2c || byte === 0x3b || byte === 0x09 || byte === 0x0a) separators++;
  return head.length > 0 && (separators / head.length) * size >= SHARDS_FROM_CELLS ? autoJobs() : 1;
}
