/**
 * Service layer: the Setup and Sysprep log kind, as the registry imports it.
 */
export { setupLogService } from './setupLogService';
