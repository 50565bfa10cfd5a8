import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { autoJobs, defaultJobs, quotaCpus, SHARDS_FROM_CELLS } from '../../src/cli/jobs.js';

describe('defaultJobs', () => {
  // 10 rows of 7 cells in 70 bytes each: a cell every 10 bytes.
  const head = new TextEncoder().encode(`a,bbbbbbbb,c,d,e,f,${'g'.repeat(50)}\n`.repeat(10));

  it('is auto for a file of SHARDS_FROM_CELLS cells or more, estimated from its first bytes', () => {
    expect(head.length).toBe(700);
    expect(defaultJobs(head, 10 * SHARDS_FROM_CELLS - 10)).toBe(1);
    expect(defaultJobs(head, 10 * SHARDS_FROM_CELLS)).toBe(autoJobs());
  });

  it('counts semicolons and tabs as separators too, and an empty file as none', () => {
    const semicolons = head.map((byte) => (byte === 0x2c ? 0x3b : byte));
    const tabs = head.map((byte) => (byte === 0x2c ? 0x09 : byte));
    for (const other of [semicolons, tabs]) expect(defaultJobs(other, 10 * SHARDS_FROM_CELLS)).toBe(autoJobs());
    expect(defaultJobs(new Uint8Array(0), 10 * SHARDS_FROM_CELLS)).toBe(1);
  });
});

describe('quotaCpus', () => {
  const files = (contents: Record<string, string>) => (path: string) => contents[path] ?? null;

  it('reads a cgroup v2 quota, rounded up, and none for max', () => {
    expect(quotaCpus(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': '150000 100000\n' }))).toBe(2);
    expect(quotaCpus(files({ '/proc/self/cgroup': '0::/\n', '/sys/fs/cgroup/cpu.max': 'max 100000\n' }))).toBeNull();
  });

  it('takes the smallest quota from the cgroup up to the root (Kubernetes: pod and container)', () => {
    const read = files({
      '/proc/self/cgroup': '0::/kubepods/pod1/c1\n',
      '/sys/fs/cgroup/kubepods/pod1/c1/cpu.max': 'max 100000\n',
      '/sys/fs/cgroup/kubepods/pod1/cpu.max': '50000 100000\n',
      '/sys/fs/cgroup/cpu.max': 'max 100000\n',
    });
    expect(quotaCpus(read)).toBe(1);
  });

  it('reads a cgroup v1 quota, -1 being none, whether the controller is mounted as cpu or cpu,cpuacct', () => {
    const hybrid = '9:name=systemd:/\n4:memory:/x\n1:cpu:/\n0::/\n';
    expect(quotaCpus(files({ '/proc/self/cgroup': hybrid, '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '-1\n', '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000\n' }))).toBeNull();
    expect(quotaCpus(files({ '/proc/self/cgroup': hybrid, '/sys/fs/cgroup/cpu/cpu.cfs_quota_us': '200000\n', '/sys/fs/cgroup/cpu/cpu.cfs_period_us': '100000\n' }))).toBe(2);
    // A container without its own cgroup namespace sees the host's path, but its cgroup at the mount's root.
    const docker = files({
      '/proc/self/cgroup': '3:cpu,cpuacct:/docker/abc\n',
      '/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us': '100000\n',
      '/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_period_us': '100000\n',
    });
    expect(quotaCpus(docker)).toBe(1);
  });

  it('is null where there are no cgroups to read, and autoJobs keeps to the cores and 8', () => {
    expect(quotaCpus(files({}))).toBeNull();
    expect(autoJobs()).toBeLessThanOrEqual(Math.min(availableParallelism(), 8));
    expect(autoJobs()).toBeGreaterThanOrEqual(1);
  });
});
