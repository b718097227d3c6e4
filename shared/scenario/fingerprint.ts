// A short fingerprint of what a scenario computes: the same assumptions on the same baseline give the same
// fingerprint, whatever the file is called, when it was saved or which chart it shows. Printed on every report
// page and exported file, so a number in a meeting can be traced back to the scenario that produced it.
import { canonicalJson } from '../data/canonical-json';
import { sha256Hex } from '../sha256';
import type { ScenarioDocument } from './document';

export const FINGERPRINT_LENGTH = 12;

/** The canonical JSON the fingerprint hashes: format version, baseline, levers, overrides and parameters. */
export function fingerprintSource(doc: Pick<ScenarioDocument, 'schemaVersion' | 'baseline' | 'levers' | 'countries' | 'parameters'>): string {
  return canonicalJson({ schemaVersion: doc.schemaVersion, baseline: doc.baseline, levers: doc.levers, countries: doc.countries, parameters: doc.parameters });
}

/** First 12 hex digits of the SHA-256 of fingerprintSource(doc), e.g. "3f9a0c2b71de". */
export function scenarioFingerprint(doc: Pick<ScenarioDocument, 'schemaVersion' | 'baseline' | 'levers' | 'countries' | 'parameters'>): string {
  return sha256Hex(fingerprintSource(doc)).slice(0, FINGERPRINT_LENGTH);
}
