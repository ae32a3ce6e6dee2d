/**
 * Service layer: the Winbom.ini kind, as the registry imports it.
 */
export { winbomService } from './winbomService';
