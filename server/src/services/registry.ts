/**
 * Service layer: the table of file kinds and the service that handles each.
 * A new kind is one line here.
 */
import type { DocumentKind, KindService } from './kindService';
import { sysprepInfService, unattendTxtService } from './ini/infService';
import { unattendXmlService } from './xml/unattendService';
import { batchService } from './batch/batchService';
import { winbomService } from './winbom';
import { cmdlinesService } from './cmdlines';

export const kindServices: ReadonlyMap<DocumentKind, KindService> = new Map<DocumentKind, KindService>([
	['sysprep-inf', sysprepInfService as KindService],
	['unattend-txt', unattendTxtService as KindService],
	['unattend-xml', unattendXmlService as KindService],
	['bat', batchService as KindService],
	['winbom-ini', winbomService as KindService],
	['cmdlines', cmdlinesService as KindService],
]);
