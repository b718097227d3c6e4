// The queries behind the paper's Figures 1-4 reproduce what the paper's text says about them.
import { describe, expect, it } from 'vitest';
import {
  baselineDataset,
  emigrantsByDestination,
  topRemittanceRecipientsPctGdp,
  topRemittanceRecipientsUsd,
  venezuelansByHost,
} from '../../../shared/data/index';

describe('figure queries', () => {
  it('Figure 1: Mexico is the largest LAC diaspora, and the LAC row splits into its destination regions', () => {
    const rows = emigrantsByDestination(baselineDataset());
    expect(rows[0]?.iso3).toBe('LAC');
    expect(rows[1]?.iso3).toBe('MEX');
    const lac = rows[0];
    if (!lac) throw new Error('no LAC row');
    expect(lac.lac + lac.northernAmerica + lac.europe + lac.rest).toBe(lac.total);
  });

  it("Figure 2: top 15 by USD, led by Mexico, Guatemala, Dominican Republic, Colombia as the paper's text says", () => {
    const top = topRemittanceRecipientsUsd(baselineDataset());
    expect(top).toHaveLength(15);
    expect(top.slice(0, 4).map((r) => r.iso3)).toEqual(['MEX', 'GTM', 'DOM', 'COL']);
    expect(top[0]?.paperValue).toBe(35_659_000_000);
    for (let i = 1; i < top.length; i += 1) expect(top[i - 1]?.value ?? 0).toBeGreaterThanOrEqual(top[i]?.value ?? 0);
  });

  it("Figure 3: top by % of GDP carries the paper's figures alongside (Haiti 30.7 pre-rebase vs 16.67 now)", () => {
    const top = topRemittanceRecipientsPctGdp(baselineDataset());
    const haiti = top.find((r) => r.iso3 === 'HTI');
    expect(haiti).toMatchObject({ value: 16.67, paperValue: 30.7 });
    expect(top[0]?.iso3).toBe('SLV');
  });

  it('Figure 4: Colombia first with the paper\'s 1.6 million; recalled and missing hosts are flagged, not hidden', () => {
    const hosts = venezuelansByHost(baselineDataset());
    expect(hosts[0]).toMatchObject({ iso3: 'COL', persons: 1_600_000, confidence: 'from paper', paperPctHostPopulation: 3.3 });
    expect(hosts.find((h) => h.iso3 === 'ARG')?.confidence).toBe('recalled, unverified');
    expect(hosts.find((h) => h.iso3 === 'DOM')).toMatchObject({ persons: null, confidence: 'not found' });
  });
});
