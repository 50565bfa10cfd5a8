import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { analyseSurvey } from '../../src/index.js';
import type { Report } from '../../src/model/report.js';
import { temporaryFolder } from '../support/temporary.js';

// The README's warehouse query, run as it is in DuckDB: kano must give the raw file's figures from its counts.
const ROOT = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = readme.split(/^### /m).find((s) => s.startsWith('Counting in a warehouse')) ?? '';
const query = /```sql\n([\s\S]*?)```/.exec(section)?.[1]?.trim() ?? '';
const fixture = (file: string) => join(ROOT, 'test', 'fixtures', 'warehouse', file);

/** Features by name, without the rank (ties may be ranked in input order, which differs). */
const figures = (report: Report) => Object.fromEntries(report.features.map(({ rank: _, ...f }) => [f.name, f]));

describe('counting in a warehouse', () => {
  const work = temporaryFolder('kano-duckdb-');

  it('gives the raw file figures from the counts of the README query in DuckDB', async () => {
    expect(query).toMatch(/^SELECT feature, functional, dysfunctional, COUNT\(\*\) AS count/);
    const out = join(work, 'matrix.csv');
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    await connection.run(`CREATE TABLE responses AS SELECT * FROM read_csv('${fixture('responses.csv')}', header = true, all_varchar = true)`);
    await connection.run(`COPY (${query}) TO '${out}' (HEADER, DELIMITER ',')`);
    connection.closeSync();

    const counted = readFileSync(out, 'utf8');
    // The committed counts (shown in the README) are what DuckDB gives today.
    expect(counted).toBe(readFileSync(fixture('matrix.csv'), 'utf8'));
    const raw = analyseSurvey([{ name: 'responses.csv', content: readFileSync(fixture('responses.csv')) }], { ci: 0.95 });
    const fromCounts = analyseSurvey([{ name: 'matrix.csv', content: counted }], { input: 'counts', ci: 0.95 });
    expect(Object.keys(figures(fromCounts))).toHaveLength(8);
    expect(figures(fromCounts)).toEqual(figures(raw));
    expect(fromCounts.input.pairs).toEqual(raw.input.pairs);
  });
});
