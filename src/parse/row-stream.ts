import { problem } from '../errors.js';
import { createTextDecoding, type Encoding } from './decode.js';
import { createTableReader, type Row, type Table, type TableHead, type TableOptions } from './table.js';

/** What is known of a table once all its rows have been read, and the line ends read. */
export type TableTotals = Pick<Table, 'blankLines' | 'relaxed'> & { lineEnds: number };

/** The rows of one input, read as they are asked for: only the pieces not yet consumed are held. */
export interface RowStream {
  readonly head: TableHead;
  readonly encoding: string;
  /** The first `count` rows (fewer if the input has fewer), without consuming them. */
  peek(count: number): Row[];
  /** The next row, or null after the last. */
  next(): Row | null;
  /** Reads any rows left; blank lines and relaxed rows. */
  totals(): TableTotals;
}

/**
 * Opens the pieces of an input as a stream of rows. The header is read on opening, so a file that is
 * empty, binary, undecodable or without rows fails here; malformed records fail when they are reached.
 */
export function openRows(pieces: Iterable<Uint8Array | string>, source: string, options: TableOptions & { encoding?: Encoding }): RowStream {
  const iterator = pieces[Symbol.iterator]();
  const decoding = createTextDecoding(source, options.encoding, () => table.lineEnds());
  let queue: Row[] = [];
  let first = 0;
  let ended: TableTotals | null = null;
  let bytes = false;
  let rows = 0;
  const table = createTableReader(source, options, (row) => {
    queue.push(row);
    rows++;
  });

  /** Reads the next piece; false once the input has ended. */
  const pull = (): boolean => {
    if (ended) return false;
    try {
      const piece = iterator.next();
      if (piece.done) {
        if (bytes) table.push(decoding.end());
        const { headerLine, blankLines, relaxed } = table.end();
        if (rows === 0) throw problem('header-only', { source, line: headerLine }, {});
        ended = { blankLines, relaxed, lineEnds: table.lineEnds() };
        return false;
      }
      if (typeof piece.value === 'string') {
        table.push(piece.value);
      } else {
        bytes = true;
        table.push(decoding.push(piece.value));
      }
      return true;
    } catch (error) {
      iterator.return?.();
      throw error;
    }
  };

  while (table.head() === null && pull());
  const head = table.head();
  if (head === null) throw problem('empty-input', { source }, {});
  return {
    head,
    get encoding() {
      return decoding.encoding;
    },
    peek(count) {
      while (queue.length - first < count && pull());
      return queue.slice(first, first + count);
    },
    next() {
      if (first === queue.length) {
        queue = [];
        first = 0;
        // The last piece, or the end of the input, may bring no rows or several.
        while (queue.length === 0 && pull());
        if (queue.length === 0) return null;
      }
      return queue[first++] ?? null;
    },
    totals() {
      while (pull());
      return ended ?? { blankLines: 0, relaxed: { short: 0, long: 0 }, lineEnds: 0 };
    },
  };
}
