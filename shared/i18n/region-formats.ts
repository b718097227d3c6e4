// The region formats the settings menu offers (numbers, percentages, dates), besides the system's own. A short list
// of the places Puente's users work in; each is offered only where the runtime's Intl knows it.
export const REGION_FORMATS = ['es-MX', 'es-CO', 'es-AR', 'es-CL', 'es-PE', 'pt-BR', 'fr-FR', 'fr-HT', 'en-US', 'en-GB'] as const;

/** The formats this runtime can write (Intl.NumberFormat and DateTimeFormat both know the locale). */
export function supportedRegionFormats(): string[] {
  return REGION_FORMATS.filter(
    (tag) => Intl.NumberFormat.supportedLocalesOf([tag]).length > 0 && Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0,
  );
}
