// The report's methodology page reads the equations from docs/methodology.md: every line becomes an equation row
// with its meaning beside it, and the outputs it names are real outputs (a typo in the document fails here, not
// silently in a minister's report).
import { describe, expect, it } from 'vitest';
import { outputDefs } from '../../../shared/model';
import { equationBlocks, equationRows, unbreakableGroups } from '../../../renderer/print/methodology-blocks';
import { methodologyEdition } from '../../../renderer/features/methodology/edition';

const OUTPUT_IDS = new Set(outputDefs().map((o) => o.id));

describe('the equations of docs/methodology.md, as the report sets them', () => {
  const blocks = equationBlocks(methodologyEdition('en').text);

  it('finds the modules under their headings, each with equation rows', () => {
    const headings = blocks.map((b) => b.heading);
    expect(headings).toEqual(expect.arrayContaining(['Anchoring', 'Module A: remittance costs', 'Module B: regularisation', 'Module C: absorption']));
    for (const block of blocks) {
      expect(block.rows.length, block.heading).toBeGreaterThan(0);
      for (const row of block.rows) expect(row.statements.length + row.meaning.length, JSON.stringify(row)).toBeGreaterThan(0);
    }
  });

  it('names only outputs the model has, and names the report’s key outputs', () => {
    const named = blocks.flatMap((b) => b.rows.flatMap((r) => r.outputs));
    for (const id of named) expect(OUTPUT_IDS.has(id as never), id).toBe(true);
    expect(named).toEqual(expect.arrayContaining(['remittancesUsd', 'migrantsRegular', 'netFiscalUsd', 'gdpContributionUsd']));
    // No "→ id" is left inside an equation or a meaning, where the reader would see the internal name.
    for (const row of blocks.flatMap((b) => b.rows)) expect([...row.statements, row.meaning].join(' '), JSON.stringify(row)).not.toMatch(/→\s*[a-z]+[A-Z]/);
  });

  it('keeps an equation, its meaning and its output apart, and a numbered equation’s number in its own column', () => {
    const [row] = equationRows('A4  RF_t = RFb_t · exp((β/100) · (c^b_t − c_t))             scenario formal inflows  → remittancesUsd');
    expect(row).toEqual({ tag: 'A4', statements: ['RF_t = RFb_t · exp((β/100) · (c^b_t − c_t))'], meaning: 'scenario formal inflows', outputs: ['remittancesUsd'] });
  });

  it('sets two statements of one line on two lines, and two outputs as a list', () => {
    const [row] = equationRows('V_t, O_t  anchored as above;  M_t = V_t + O_t                                  → venezuelans, immigrants');
    expect(row?.statements).toEqual(['V_t, O_t  anchored as above', 'M_t = V_t + O_t']);
    expect(row?.outputs).toEqual(['venezuelans', 'immigrants']);
  });

  it('joins a meaning that wraps onto the next line of the grid, and keeps an indented equation as a row of its own', () => {
    const rows = equationRows(
      [
        "X_t = observed X_t                                     t ≤ L (L = the series' last observed year; gaps",
        '                                                        interpolated, geometric for stocks and flows)',
        'A3  c^b_t = the cost record (held at its last value after it)',
        '    c_t  = c^b_t − s_t · max(0, c^b_t − c*)                 s_t = clamp((t − t_pol + 1)/(T* − t_pol + 1), 0, 1)',
      ].join('\n'),
    );
    expect(rows).toHaveLength(3);
    expect(rows[0]?.meaning).toBe("t ≤ L (L = the series' last observed year; gaps interpolated, geometric for stocks and flows)");
    expect(rows[2]).toMatchObject({ tag: '', statements: ['c_t  = c^b_t − s_t · max(0, c^b_t − c*)'] });
  });
});

describe('the methodology a report prints, by its language', () => {
  const english = equationBlocks(methodologyEdition('en').text);

  it('in Spanish, the Spanish edition: the same equations under the Spanish headings, no English note', () => {
    const edition = methodologyEdition('es');
    expect(edition.english).toBe(false);
    const spanish = equationBlocks(edition.text);
    expect(spanish.map((b) => b.heading)).toEqual(expect.arrayContaining(['Anclaje', 'Módulo A: costos de las remesas', 'Módulo B: regularización', 'Módulo C: absorción']));
    expect(spanish.map((b) => b.heading)).not.toContain('Anchoring');
    // Block for block, the same numbered equations giving the same outputs: only the words around them differ.
    expect(spanish.map((b) => b.rows.map((r) => [r.tag, r.outputs]))).toEqual(english.map((b) => b.rows.map((r) => [r.tag, r.outputs])));
  });

  it('in Portuguese and French, the English edition, marked as such', () => {
    for (const language of ['pt', 'fr'] as const) {
      const edition = methodologyEdition(language);
      expect(edition.english, language).toBe(true);
      expect(equationBlocks(edition.text).map((b) => b.heading), language).toEqual(english.map((b) => b.heading));
    }
    expect(methodologyEdition('en').english).toBe(false);
  });
});

describe('where a printed equation may wrap', () => {
  const NBSP = '\u00a0';
  it('never inside a short bracketed term', () => {
    const printed = unbreakableGroups('s_t = clamp((t − t_pol + 1)/(T* − t_pol + 1), 0, 1)');
    expect(printed).toContain(`(t${NBSP}−${NBSP}t_pol${NBSP}+${NBSP}1)`);
    expect(printed).toContain(`(T*${NBSP}−${NBSP}t_pol${NBSP}+${NBSP}1)`);
    // Between terms it still may.
    expect(printed.startsWith('s_t = clamp(')).toBe(true);
  });

  it('inside a bracketed sentence too long for one line', () => {
    const printed = unbreakableGroups("N_t = min(programme newly regularised_t, irregular after this year's arrivals)");
    expect(printed).toContain('programme newly regularised_t');
  });
});
