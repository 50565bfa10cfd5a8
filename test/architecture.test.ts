import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The import rules of ARCHITECTURE.md, read off the import lines of src/**.
const SRC = join(import.meta.dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

const files = sources(SRC).map((path) => {
  const text = readFileSync(path, 'utf8');
  const imports = [...text.matchAll(/^(?:import|export)[^'"]*from\s+'([^']+)'/gm)].map((m) => m[1] ?? '');
  return { path: relative(SRC, path), layer: relative(SRC, path).split('/')[0] ?? '', imports, text };
});

/** Layers each layer may import (besides itself): the pipeline flows parse → normalise → stats → analysis. */
const ALLOWED: Record<string, string[]> = {
  model: [],
  parse: ['model', 'errors.ts'],
  normalise: ['model', 'errors.ts', 'parse'],
  stats: ['model', 'errors.ts'],
  analysis: ['model', 'errors.ts', 'stats'],
  render: ['model'],
};
const SIDE_EFFECTS = ['node:fs', 'node:process', 'commander', 'chalk', 'node:child_process', 'node:crypto'];

describe('architecture', () => {
  it.each(files.filter((f) => f.layer in ALLOWED))('$path imports only what its layer may', ({ path, layer, imports }) => {
    const local = imports.filter((i) => i.startsWith('.')).map((i) => relative(SRC, join(SRC, path, '..', i)).split('/')[0]);
    const foreign = local.filter((target) => target !== layer && !(ALLOWED[layer] ?? []).includes(target?.replace(/\.js$/, '.ts') ?? ''));
    expect(foreign).toEqual([]);
  });

  it('keeps files, the process, commander and chalk inside src/cli', () => {
    const outside = files.filter((f) => f.layer !== 'cli');
    for (const file of outside) {
      expect(file.imports.filter((i) => SIDE_EFFECTS.includes(i)), file.path).toEqual([]);
      expect(file.text, file.path).not.toMatch(/\bprocess\.|Math\.random|Date\.now|new Date\(/);
    }
  });
});
