// How a lever's or parameter's unit is shown to people: model values stored as shares (0–1) are shown as per cent,
// because people read "25 %" faster than "0.25". The screen, its messages and the command line's messages use it,
// so a value reads the same everywhere.
export interface DisplayUnit {
  unit: string;
  scale: number;
}

export function displayUnit(modelUnit: string): DisplayUnit {
  if (modelUnit === 'share' || modelUnit.startsWith('share ')) return { unit: `%${modelUnit.slice('share'.length)}`, scale: 100 };
  return { unit: modelUnit.replace(/US\$ ?/, 'USD '), scale: 1 };
}
