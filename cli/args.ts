// Command-line arguments, parsed from the raw argv strings into a typed command or a usage error.
import { FIRST_YEAR, LAST_YEAR } from '../shared/model/years';

export type Format = 'json' | 'csv';

export type CliCommand =
  | { kind: 'help' }
  | { kind: 'baseline'; format: Format }
  | { kind: 'project'; file: string; format: Format; country: string | null };

export type ArgsResult = { ok: true; command: CliCommand } | { ok: false; message: string };

export const USAGE = `Usage:
  npm run -s cli -- baseline [--format json|csv]
  npm run -s cli -- project FILE [--format json|csv] [--country ISO3]

  baseline   prints the baseline dataset with the source, vintage and confidence of every figure
  project    projects the scenario in FILE (a .puente.json scenario) for ${FIRST_YEAR}–${LAST_YEAR}: the baseline,
             scenario, low and high runs of every output, for each country (ISO3) and the LAC aggregate,
             and the observed values (with their records) that the history years reproduce
  --format   json (default) or csv
  --country  only this country (ISO3 code, e.g. COL) or region (LAC, CAR, CAM, SAM)`;

function readFormat(value: string | undefined): Format | null {
  return value === 'json' || value === 'csv' ? value : null;
}

export function parseArgs(argv: readonly string[]): ArgsResult {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h') return { ok: true, command: { kind: 'help' } };
  if (verb !== 'baseline' && verb !== 'project') return { ok: false, message: `Unknown command "${verb}". Use "baseline" or "project".` };

  let format: Format = 'json';
  let country: string | null = null;
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i += 1) {
    const arg = rest[i] as string;
    if (arg === '--format') {
      const value = readFormat(rest[i + 1]);
      if (!value) return { ok: false, message: `--format must be "json" or "csv"; got ${JSON.stringify(rest[i + 1] ?? '')}.` };
      format = value;
      i += 1;
    } else if (arg === '--country') {
      const value = rest[i + 1];
      if (!value || value.startsWith('--')) return { ok: false, message: '--country needs an ISO3 code, e.g. --country COL.' };
      country = value.toUpperCase();
      i += 1;
    } else if (arg.startsWith('--')) {
      return { ok: false, message: `Unknown option "${arg}".` };
    } else {
      positional.push(arg);
    }
  }

  if (verb === 'baseline') {
    if (positional.length > 0) return { ok: false, message: `"baseline" takes no file; got "${positional[0]}".` };
    if (country !== null) return { ok: false, message: '--country applies to "project" only.' };
    return { ok: true, command: { kind: 'baseline', format } };
  }
  if (positional.length !== 1) return { ok: false, message: '"project" needs exactly one scenario file, e.g. project my-scenario.puente.json.' };
  return { ok: true, command: { kind: 'project', file: positional[0] as string, format, country } };
}
