// The catalogues against English: same keys, same placeholders, valid ICU, and no key the source never uses.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AVAILABLE_LANGUAGES, CATALOGUES } from '../../../renderer/i18n/catalogues';
import { messagesEn } from '../../../renderer/i18n/messages.en';
import { EXPORT_MESSAGES_EN } from '../../../shared/export/messages.en';
import { EXPORT_CATALOGUES } from '../../../shared/export/catalogues';
import { messageArguments, messageError } from '../../../shared/i18n/message-format';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { CLI_CATALOGUES } from '../../../cli/messages';
import { CLI_MESSAGES_EN } from '../../../cli/messages.en';
import { PROBLEM_MESSAGES_EN } from '../../../shared/scenario/problem-messages.en';
import { PROBLEM_MESSAGES_ES } from '../../../shared/scenario/problem-messages.es';
import { PROBLEM_MESSAGES_FR } from '../../../shared/scenario/problem-messages.fr';
import { PROBLEM_MESSAGES_PT } from '../../../shared/scenario/problem-messages.pt';

/** Languages whose translations have been delivered: each must be complete. Add a language here with its files. */
const DELIVERED = ['es', 'pt', 'fr'] as const;

/** The words for a refused scenario file (shared by the screen and the command line), per delivered language. */
const PROBLEM_CATALOGUES = { es: PROBLEM_MESSAGES_ES, pt: PROBLEM_MESSAGES_PT, fr: PROBLEM_MESSAGES_FR } as const;

/**
 * Keys the source builds from data ids (`unit.${unitId}`), so no literal names them. Each prefix must itself be
 * built somewhere in the source (checked below), so an entry cannot outlive the code that needed it.
 */
const DYNAMIC_PREFIXES = [
  'region.', 'unit.', 'parameters.', 'evidence.', 'countries.', 'workbook.module.', 'workbook.evidence.', 'levers.choice.',
  'workbook.run.', 'view.', 'track.output.', 'report.dialog.', 'module.', 'menu.', 'derived.series.', 'dataExport.title.',
  'command.', 'charts.theme.', 'chartExport.choose.', 'errno.', 'dataset.', 'libraryError.missing.', 'libraryError.storage.',
  'export.fileType.', 'desktopDialog.',
];

function sourceText(): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(ts|tsx)$/.test(entry.name) && !/messages\.\w\w\.ts$/.test(entry.name)) files.push(full);
    }
  };
  for (const dir of ['renderer', 'shared', 'cli', 'electron']) walk(dir);
  return files.map((f) => fs.readFileSync(f, 'utf8')).join('\n');
}

describe('message catalogues', () => {
  it('offers every delivered language, and English', () => {
    expect([...AVAILABLE_LANGUAGES].sort()).toEqual([...DELIVERED, 'en'].sort());
    for (const language of AVAILABLE_LANGUAGES) expect(LANGUAGES).toContain(language);
  });

  it('English: every message is valid ICU', () => {
    const bad = Object.entries(messagesEn).flatMap(([key, text]) => (messageError(text, 'en') ? [`${key}: ${messageError(text, 'en')}`] : []));
    expect(bad).toEqual([]);
  });

  it('English: every command-line message is valid ICU, with no ASCII apostrophe', () => {
    const bad = Object.entries(CLI_MESSAGES_EN).flatMap(([key, text]) => {
      const error = messageError(text, 'en');
      if (error) return [`${key}: ${error}`];
      return text.includes("'") ? [`${key}: ASCII apostrophe; write ’`] : [];
    });
    expect(bad).toEqual([]);
  });

  for (const language of DELIVERED) {
    describe(language, () => {
      const catalogue: Readonly<Record<string, string>> = CATALOGUES[language] ?? {};

      it('has exactly the English keys', () => {
        const missing = Object.keys(messagesEn).filter((k) => !(k in catalogue));
        const extra = Object.keys(catalogue).filter((k) => !(k in messagesEn));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
      });

      it('keeps every placeholder of the English message, and adds none', () => {
        const differ = Object.entries(messagesEn).flatMap(([key, english]) => {
          const want = messageArguments(english).join(',');
          const got = messageArguments(catalogue[key] ?? '').join(',');
          return want === got ? [] : [`${key}: English {${want}}, ${language} {${got}}`];
        });
        expect(differ).toEqual([]);
      });

      it('parses as ICU, with no ASCII apostrophe (a quote character in ICU)', () => {
        const bad = Object.entries(catalogue).flatMap(([key, text]) => {
          const error = messageError(text, language);
          if (error) return [`${key}: ${error}`];
          return text.includes("'") ? [`${key}: ASCII apostrophe; write ’`] : [];
        });
        expect(bad).toEqual([]);
      });

      it('translates the command line’s own words: same keys, same placeholders, valid ICU, no ASCII apostrophe', () => {
        const cli: Readonly<Record<string, string>> = CLI_CATALOGUES[language];
        const missing = Object.keys(CLI_MESSAGES_EN).filter((k) => !(k in cli));
        const extra = Object.keys(cli).filter((k) => !(k in CLI_MESSAGES_EN));
        expect({ missing, extra }).toEqual({ missing: [], extra: [] });
        const bad = Object.entries(CLI_MESSAGES_EN).flatMap(([key, english]) => {
          const text = cli[key] ?? '';
          const want = messageArguments(english).join(',');
          const got = messageArguments(text).join(',');
          if (want !== got) return [`${key}: English {${want}}, ${language} {${got}}`];
          const error = messageError(text, language);
          if (error) return [`${key}: ${error}`];
          return text.includes("'") ? [`${key}: ASCII apostrophe; write ’`] : [];
        });
        expect(bad).toEqual([]);
      });

      it('words a refused scenario file with the same words on screen and on the command line', () => {
        const problems: Readonly<Record<string, string>> = PROBLEM_CATALOGUES[language];
        expect(Object.keys(problems).sort()).toEqual(Object.keys(PROBLEM_MESSAGES_EN).sort());
        const cli: Readonly<Record<string, string>> = CLI_CATALOGUES[language];
        for (const [key, text] of Object.entries(problems)) {
          expect(catalogue[key], key).toBe(text);
          expect(cli[key], key).toBe(text);
        }
      });

      it('covers the exported files’ words too (the command line prints them without the screen’s catalogue)', () => {
        const exportCatalogue = EXPORT_CATALOGUES[language];
        expect(exportCatalogue).toBeDefined();
        expect(Object.keys(exportCatalogue ?? {}).sort()).toEqual(Object.keys(EXPORT_MESSAGES_EN).sort());
        for (const key of Object.keys(EXPORT_MESSAGES_EN)) expect(catalogue[key]).toBe(exportCatalogue?.[key as keyof typeof EXPORT_MESSAGES_EN]);
      });
    });
  }

  it('has no key the source never uses (dynamic keys by their allow-listed prefix)', () => {
    const source = sourceText();
    const used = (key: string) =>
      source.includes(`'${key}'`) || source.includes(`"${key}"`) || source.includes(`\`${key}\``) || DYNAMIC_PREFIXES.some((p) => key.startsWith(p));
    const unused = [...Object.keys(messagesEn), ...Object.keys(CLI_MESSAGES_EN)].filter((key) => !used(key));
    expect(unused).toEqual([]);
  });

  it('allow-lists only prefixes the source really builds keys from', () => {
    const source = sourceText();
    const stale = DYNAMIC_PREFIXES.filter((prefix) => !source.includes(`\`${prefix}\${`));
    expect(stale).toEqual([]);
  });
});
