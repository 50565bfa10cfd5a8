import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/parse/decode.js';
import { parseTable } from '../../src/parse/table.js';
import { failure } from '../support/failure.js';

describe('parseTable', () => {
  it('gives each record the line it starts on, across quoted line breaks and blank lines', () => {
    const table = parseTable('a,b,c\r\n1,"two\nlines",3\r\n\r\n4,5,6\r\n,,\r\n', 's.csv');
    expect(table.header).toEqual(['a', 'b', 'c']);
    expect(table.rows).toEqual([
      { line: 2, cells: ['1', 'two\nlines', '3'] },
      { line: 5, cells: ['4', '5', '6'] },
      { line: 6, cells: ['', '', ''] },
    ]);
    expect(table.blankLines).toBe(1);
  });

  it('reads a header cell with line breaks as one line', () => {
    expect(parseTable('"Dark\nmode  (functional)",b\n1,2\n', 's').header).toEqual(['Dark mode (functional)', 'b']);
  });

  it('sniffs the delimiter and honours an Excel sep= line', () => {
    expect(parseTable('a;b\n1;2\n', 's').delimiter).toBe(';');
    expect(parseTable('a\tb\n1\t2\n', 's').delimiter).toBe('\t');
    expect(parseTable('"x,y";b;c\n1;2;3\n', 's').header).toEqual(['x,y', 'b', 'c']);
    const hinted = parseTable('sep=;\na;b\n1;2\n', 's');
    expect(hinted).toMatchObject({ delimiter: ';', header: ['a', 'b'], rows: [{ line: 3, cells: ['1', '2'] }] });
    expect(parseTable('a,b\n1,2\n', 's', { delimiter: '|' }).header).toEqual(['a,b']);
  });

  it('names every row with a different number of fields', () => {
    const error = failure(() => parseTable('a,b,c\n1,2,3\n1,2\n1,2,3,4\n', 'r.csv'));
    expect(error.code).toBe('ragged-rows');
    expect(error.location).toEqual({ source: 'r.csv', line: 3 });
    expect(error.message).toBe('2 rows have a different number of fields than the header (3)');
    expect(error.details).toEqual(['line 3: 2 fields', 'line 4: 4 fields']);
  });

  it('pads short rows and trims long ones under relaxColumns, counting both', () => {
    const table = parseTable('a,b,c\n1,2\n1,2,3,4\n', 'r.csv', { relaxColumns: true });
    expect(table.rows.map((r) => r.cells)).toEqual([['1', '2', ''], ['1', '2', '3']]);
    expect(table.relaxed).toEqual({ short: 1, long: 1 });
  });

  it('says where an unterminated quote starts', () => {
    const error = failure(() => parseTable('a,b\n1,2\n"3,4\n5,6\n', 'q.csv'));
    expect(error.code).toBe('unterminated-quote');
    expect(error.location).toEqual({ source: 'q.csv', line: 3 });
  });

  it('stops at a repeated header, spelled with other spaces, line breaks or a BOM, but not at rows like it', () => {
    const header = 'id,"Dark mode (functional)",Dark mode (dysfunctional)';
    for (const again of ['id,"Dark\nmode  (functional)",Dark mode (dysfunctional)', '\ufeffid, Dark mode (functional) ,Dark mode (dysfunctional)']) {
      const error = failure(() => parseTable(`${header}\n1,x,y\n${again}\n2,x,y\n`, 'twice.csv'));
      expect(error).toMatchObject({ code: 'repeated-header', location: { source: 'twice.csv', line: 3 } });
    }
    // Same cells except one, or a blank header repeated as a blank row: data, not a header.
    const table = parseTable(`${header}\nid,Dark mode (functional),I like it\n,,\n`, 's.csv');
    expect(table.rows.map((r) => r.line)).toEqual([2, 3]);
    expect(parseTable(',\n,\n1,2\n', 's.csv').rows.map((r) => r.cells)).toEqual([['', ''], ['1', '2']]);
  });

  it('rejects empty and header-only input', () => {
    expect(failure(() => parseTable('\n\n', 'e.csv')).code).toBe('empty-input');
    expect(failure(() => parseTable('a,b\n\n', 'h.csv'))).toMatchObject({ code: 'header-only', location: { line: 1 } });
  });
});

describe('decodeText', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);

  it('drops a UTF-8 BOM and reads UTF-16 with a BOM', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0x61), 'f')).toEqual({ text: 'a', encoding: 'utf-8' });
    expect(decodeText(bytes(0xff, 0xfe, 0x61, 0x00, 0x0a, 0x00), 'f')).toEqual({ text: 'a\n', encoding: 'utf-16le' });
    expect(decodeText(bytes(0xfe, 0xff, 0x00, 0x61), 'f')).toEqual({ text: 'a', encoding: 'utf-16be' });
  });

  it('refuses invalid UTF-8 with the line it is on, and binary files by kind', () => {
    expect(failure(() => decodeText(bytes(0x61, 0x0a, 0x62, 0xe9, 0x0a), 'latin1.csv'))).toMatchObject({
      code: 'not-decodable',
      location: { source: 'latin1.csv', line: 2 },
      hint: expect.stringContaining('--encoding windows-1252'),
    });
    expect(decodeText(bytes(0x61, 0x0a, 0x62, 0xe9, 0x0a), 'latin1.csv', 'windows-1252').text).toBe('a\nbé\n');
    expect(failure(() => decodeText(bytes(0x50, 0x4b, 0x03, 0x04, 0), 'survey.xlsx')).message).toContain('Excel workbook');
    expect(failure(() => decodeText(bytes(0x89, 0x50, 0x4e, 0x47), 'chart.png')).message).toContain('PNG');
    expect(failure(() => decodeText(bytes(0x61, 0x00, 0x62), 'nul.csv')).message).toContain('NUL');
    expect(failure(() => decodeText(bytes(), 'empty.csv')).code).toBe('empty-input');
  });
});
