// The model's equations for the report's methodology page, read from docs/methodology.md itself (the page a
// sceptical minister is shown), so the report and the document cannot disagree: every fenced block, under the
// heading it belongs to.
import methodology from '../../docs/methodology.md?raw';

export interface EquationBlock {
  heading: string;
  code: string;
}

export function equationBlocks(markdown: string = methodology): EquationBlock[] {
  const blocks: EquationBlock[] = [];
  let heading = '';
  let code: string[] | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    if (code !== null) {
      if (line.startsWith('```')) {
        blocks.push({ heading, code: code.join('\n') });
        code = null;
      } else code.push(line);
    } else if (line.startsWith('```')) code = [];
    else if (/^##\s/.test(line)) heading = line.replace(/^##\s+/, '').replace(/\s*\(`[^`]*`\)\s*$/, '').trim();
  }
  return blocks;
}
