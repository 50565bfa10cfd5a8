import { describe, expect, it } from 'vitest';
import { analyseSurvey, inspectSurvey } from '../../src/index.js';
import { renderInspection } from '../../src/render/inspection.js';
import { LANGUAGES } from '../../src/model/languages.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { MESSAGES } from '../../src/render/messages/index.js';
import { plainStyle } from '../../src/render/style.js';
import { renderSummary } from '../../src/render/summary.js';
import { renderTable } from '../../src/render/table.js';

// One basic feature, one without a valid pair (a warning), from paired files with an unmatched id.
const report = analyseSurvey([
  { name: 'f.csv', content: 'id,Speed,Price\n1,2,\n2,2,\n3,1,\n' },
  { name: 'd.csv', content: 'id,Speed,Price\n1,5,\n2,5,\n' },
]);

describe.each(LANGUAGES)('--lang %s', (lang) => {
  const messages = MESSAGES[lang];
  const options = { style: plainStyle, percent: true, messages, show: { discrete: true, continuous: true } };

  it('words the table, Markdown and summary in the language', () => {
    const table = renderTable(report, options);
    const markdown = renderMarkdown(report, options);
    const summary = renderSummary(report, plainStyle, messages);
    expect(table).toContain(`${messages.categories.M} (M)`);
    expect(table).toContain(messages.head.feature);
    expect(table).toContain(messages.sharesNote);
    expect(markdown).toContain(`## ${messages.title}`);
    expect(markdown).toContain(messages.warnings['no-valid-pairs']({}));
    expect(summary).toContain(messages.summary.rows(3, 2));
    expect(summary).toContain(messages.warnings['unmatched-ids']({ functionalOnly: 1, dysfunctionalOnly: 0, column: 'id' }));
    const inspection = renderInspection(
      inspectSurvey([{ name: 'q.csv', content: 'id,Speed (functional),Speed (dysfunctional)\n1,Yes,I dislike it\n2,,\n' }]),
      plainStyle,
      messages,
    );
    expect(inspection).toContain(messages.inspect.featureHead[1]);
    expect(inspection).toContain(messages.inspect.unrecognised);
    expect(inspection).toContain(messages.inspect.wouldStop);
    if (lang !== 'en') {
      for (const english of ['basic', 'Feature', 'Sorted by', 'rows:', 'no valid answer pair', 'Functional column', 'UNRECOGNISED', 'would stop']) {
        expect(table + markdown + summary + inspection).not.toContain(english);
      }
    }
  });

  it('leaves the JSON in English', () => {
    expect(report.features[0]?.category).toBe('basic');
    expect(report.warnings.map((w) => w.message)).toContain('no valid answer pair; its figures are null');
  });
});
