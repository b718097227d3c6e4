// The library contract against the disk adapter, on real folders.
import { libraryContract } from './contract';
import { diskPlace } from './places';

libraryContract('disk', diskPlace);
