/**
 * Service layer: the Winbom.ini kind, as the registry imports it.
 */
export { winbomIniService } from './winbomIniService';
