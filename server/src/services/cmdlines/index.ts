/**
 * Service layer: the Cmdlines.txt kind, as the registry imports it.
 */
export { cmdlinesService } from './cmdlinesService';
