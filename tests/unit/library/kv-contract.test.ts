// The library contract against the key-value adapter (browser storage and the memory host), on a Map.
import { libraryContract } from './contract';
import { kvPlace } from './places';

libraryContract('key-value', () => kvPlace());
