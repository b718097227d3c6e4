import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkMigrationRegistry,
  defaultScenario,
  parseScenarioText,
  SCENARIO_RULES,
  SCENARIO_SCHEMA_VERSION,
  serialiseScenario,
} from '../../../shared/scenario';

const fixtures = join(__dirname, '../../fixtures/scenarios');
const parse = (text: string) => parseScenarioText(text, SCENARIO_RULES);
const withLevers = (levers: unknown) => JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, name: 'x', levers });

describe('scenario file: the minimal interchange form', () => {
  it('reads the contract example from the issue with every lever and the Colombia override', () => {
    const result = parse(readFileSync(join(fixtures, 'v1-sdg-by-2030.puente.json'), 'utf8'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.name).toBe('SDG 10.c by 2030');
    expect(result.value.levers).toEqual({
      remittanceCostTargetPct: 3,
      remittanceCostTargetYear: 2030,
      regularisationRatePerYear: 0.25,
      absorptionCapacity: 'medium',
      inflowPath: 'central',
    });
    expect(result.value.countries).toEqual({ COL: { regularisationRatePerYear: 0.5 } });
  });

  it('treats a file with no levers as the baseline and fills every default', () => {
    const result = parse('{"format":"puente-scenario","schemaVersion":1}');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual(defaultScenario());
  });

  it('opens every golden fixture of every past version through the migrations', () => {
    expect(checkMigrationRegistry()).toBeNull();
    const files = readdirSync(fixtures).filter((f) => f.endsWith('.puente.json'));
    const versions = new Set(files.map((f) => Number(/^v(\d+)-/.exec(f)?.[1])));
    for (let v = 1; v <= SCENARIO_SCHEMA_VERSION; v += 1) expect(versions.has(v), `a golden fixture for version ${v}`).toBe(true);
    for (const file of files) expect(parse(readFileSync(join(fixtures, file), 'utf8')).ok, file).toBe(true);
  });

  it('migrates a version-1 file: the parameters the anchored model retired are dropped, the rest kept', () => {
    const result = parse(readFileSync(join(fixtures, 'v1-retired-parameters.puente.json'), 'utf8'));
    expect(result).toMatchObject({ ok: true, value: { schemaVersion: SCENARIO_SCHEMA_VERSION, levers: { inflowPath: 'high' }, parameters: { costSemiElasticity: 1 } } });
    if (result.ok) expect(Object.keys(result.value.parameters)).toEqual(['costSemiElasticity']);
  });

  it('migrates a version-2 file: the revenue parameters the rebuilt tax equation retired are dropped, the rest kept', () => {
    const result = parse(readFileSync(join(fixtures, 'v2-retired-revenue.puente.json'), 'utf8'));
    expect(result).toMatchObject({ ok: true, value: { schemaVersion: SCENARIO_SCHEMA_VERSION, levers: { regularisationRatePerYear: 0.3 } } });
    if (result.ok) expect(result.value.parameters).toEqual({ costSemiElasticity: 1.2 });
    const v3 = parse(readFileSync(join(fixtures, 'v3-formal-job-taxes.puente.json'), 'utf8'));
    expect(v3).toMatchObject({ ok: true, value: { parameters: { revenuePerFormalJobUsd: 450, revenueBasePerMigrantUsd: 120 } } });
  });

  it('reads the version-2 levers: policy start year, programmes option and the investment ceiling', () => {
    const result = parse(readFileSync(join(fixtures, 'v2-policy-start.puente.json'), 'utf8'));
    expect(result).toMatchObject({ ok: true, value: { levers: { policyStartYear: 2027, regularisationProgrammes: 'none-since-2019', absorptionInvestmentPctGdp: 0.1 } } });
    expect(parse('{"format":"puente-scenario","schemaVersion":2,"levers":{"policyStartYear":2020}}')).toMatchObject({ ok: false, message: expect.stringMatching(/policyStartYear is 2020, out of range; allowed 2025 to 2035/) });
  });

  it('serialises to text that parses back to the same document', () => {
    const doc = { ...defaultScenario('Round trip'), levers: { remittanceCostTargetPct: 4.5 }, parameters: { costSemiElasticity: 1.2 } };
    const again = parse(serialiseScenario(doc));
    expect(again).toEqual({ ok: true, value: doc });
  });
});

describe('scenario file: bad input gets one clear message', () => {
  const cases: [string, string, string, RegExp][] = [
    ['empty', '', 'not-json', /empty/],
    ['not JSON', 'this is not json', 'not-json', /not valid JSON/],
    ['truncated', '{"format":"puente-scenario","schemaVer', 'not-json', /truncated or damaged/],
    ['an array', '[1,2]', 'wrong-format', /not a Puente scenario/],
    ['wrong format', '{"format":"excel","schemaVersion":1}', 'wrong-format', /"format" must be "puente-scenario"/],
    ['future version', '{"format":"puente-scenario","schemaVersion":99}', 'newer-version', /newer version of Puente/],
    ['version as text', '{"format":"puente-scenario","schemaVersion":"1"}', 'invalid', /schemaVersion must be a whole number/],
    ['__proto__ key', '{"format":"puente-scenario","schemaVersion":1,"levers":{"__proto__":{"polluted":true}}}', 'unsafe', /levers\.__proto__/],
    ['constructor key', '{"format":"puente-scenario","schemaVersion":1,"constructor":{}}', 'unsafe', /constructor/],
    ['deep nesting', `{"format":"puente-scenario","schemaVersion":1,"notes":${'['.repeat(40)}${']'.repeat(40)}}`, 'unsafe', /nested more than/],
    ['wrong type', withLevers({ remittanceCostTargetPct: 'three' }), 'invalid', /levers\.remittanceCostTargetPct must be a number; allowed/],
    ['out of range', withLevers({ regularisationRatePerYear: 1.5 }), 'invalid', /levers\.regularisationRatePerYear is 1\.5, out of range; allowed 0 to 1/],
    ['fractional year', withLevers({ remittanceCostTargetYear: 2025.5 }), 'invalid', /whole number/],
    ['unknown choice', withLevers({ inflowPath: 'extreme' }), 'invalid', /inflowPath must be one of "low", "central", "high"/],
    ['unknown lever', withLevers({ remitanceCost: 3 }), 'invalid', /levers\.remitanceCost is not a lever/],
    ['unknown field', '{"format":"puente-scenario","schemaVersion":1,"leavers":{}}', 'invalid', /unknown field\(s\) "leavers"/],
    ['unknown country', '{"format":"puente-scenario","schemaVersion":1,"countries":{"XXX":{}}}', 'invalid', /countries\.XXX is not a known country code/],
    ['bad parameter', '{"format":"puente-scenario","schemaVersion":1,"parameters":{"costSemiElasticity":-50}}', 'invalid', /parameters\.costSemiElasticity is -50, out of range/],
    ['unknown parameter', '{"format":"puente-scenario","schemaVersion":1,"parameters":{"magic":1}}', 'invalid', /parameters\.magic is not a model parameter/],
  ];
  it.each(cases)('%s', (_name, text, code, message) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe(code);
    expect(result.message).toMatch(message);
  });

  it('opens a file that Notepad saved with a UTF-8 byte-order mark', () => {
    expect(parse('\uFEFF{"format":"puente-scenario","schemaVersion":1,"name":"Desde Notepad"}')).toMatchObject({ ok: true, value: { name: 'Desde Notepad' } });
  });

  it('tells the user to save a UTF-16 file as UTF-8', () => {
    const utf16AsRead = '\uFFFD\uFFFD{\u0000"\u0000f\u0000';
    expect(parse(utf16AsRead)).toMatchObject({ ok: false, code: 'not-json', message: expect.stringMatching(/Save it again as UTF-8/) });
  });

  it('names an unrepresentable schemaVersion as it was written', () => {
    expect(parse('{"format":"puente-scenario","schemaVersion":1e400}')).toMatchObject({ ok: false, message: expect.stringMatching(/got Infinity/) });
  });

  it('refuses an enormous file before reading it as JSON', () => {
    const result = parse(`{"notes":"${'x'.repeat(6 * 1024 * 1024)}"}`);
    expect(result).toMatchObject({ ok: false, code: 'too-large' });
  });

  it('does not pollute Object.prototype whatever the file says', () => {
    parse('{"format":"puente-scenario","schemaVersion":1,"__proto__":{"polluted":"yes"}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('docs/scenario-format.md', () => {
  it('every example in the format document opens', () => {
    const doc = readFileSync(join(__dirname, '../../../docs/scenario-format.md'), 'utf8');
    const examples = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1] as string);
    expect(examples.length).toBeGreaterThanOrEqual(4);
    for (const example of examples) expect(parse(example), example).toMatchObject({ ok: true });
  });
});

describe('messages that echo the file (D11)', () => {
  const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
  it.each([
    ['an escape code in a lever key', withLevers({ '\u001b]0;pwned\u0007': 1 })],
    ['a bidi override in a country code', JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, countries: { 'CO\u202eL': {} } })],
    ['escape codes in broken JSON', '{"format": \u001b[2J\u001b[3J}'],
    ['a 4 MB string where a number belongs', withLevers({ regularisationRatePerYear: 'x'.repeat(4_000_000) })],
    ['a 10 KB unknown field', JSON.stringify({ format: 'puente-scenario', schemaVersion: 1, ['f'.repeat(10_000)]: 1 })],
  ])('%s gives one short message with the controls escaped', (_label, text) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).not.toMatch(CONTROL);
    expect(result.message.length).toBeLessThanOrEqual(301);
  });

  it('shows an escaped control character instead of dropping it, so the user can find it', () => {
    const result = parse(withLevers({ 'a\u001bb': 1 }));
    expect(!result.ok && result.message).toContain('"a\\u001bb"');
  });
});
