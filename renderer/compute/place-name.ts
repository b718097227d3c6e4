// A place's name as the screen shows it: the catalogue's name for a region (region.CAR → "Caribbean"), else the
// engine's (countries). Exported images and file names use it too, so they name places as the screen does.
import type { RegionId } from '../../shared/model/types';
import { tMaybe } from '../i18n/t';
import type { Engine } from './engine-types';

export const placeName = (engine: Pick<Engine, 'regions'>, id: RegionId): string => tMaybe(`region.${id}`, engine.regions.find((r) => r.id === id)?.name ?? id);
