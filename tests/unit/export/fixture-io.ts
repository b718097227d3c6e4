// The scenario file the export tests project, the moment they export it, and the command line's reading of it.
import { readFileSync } from 'node:fs';
import type { CliIo } from '../../../cli/run';

export const FIXTURE = 'tests/fixtures/scenarios/v1-sdg-by-2030.puente.json';
export const NOW = new Date('2026-03-04T09:15:00.000Z');
export const io: CliIo = {
  async readText(path) {
    return { ok: true, text: readFileSync(path, 'utf8') };
  },
  now: () => NOW,
};
