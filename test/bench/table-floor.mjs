// The start-up floor of kano's fixed dependencies (npm run bench, small survey): commander reads the
// command line and cli-table3 prints a table given cell by cell, nothing else. scale.mjs bundles this
// as kano is bundled and runs it through bin/kano.cjs, so it starts as kano does, with a code cache.
import { Command } from 'commander';
import Table from 'cli-table3';
import { readFileSync } from 'node:fs';

export function main() {
  new Command('table-floor')
    .argument('<cells>', 'JSON: the head, then the rows, of a table')
    .option('--quiet')
    .action((file) => {
      const [head, ...rows] = JSON.parse(readFileSync(file, 'utf8'));
      const table = new Table({ head, style: { head: [], border: [], compact: true } });
      table.push(...rows);
      process.stdout.write(`${table.toString()}\n`);
    })
    .parse();
}
