/**
 * Service layer: the table of file kinds and the service that handles each.
 * A new kind is one line here.
 */
import type { DocumentKind, KindService } from './kindService';
import { sysprepInfService, unattendTxtService } from './ini/sysprepInfService';
import { unattendXmlService } from './unattendXml/unattendXmlService';
import { batchService } from './batch/batchService';
import { winbomIniService } from './winbomIni';
import { cmdlinesService } from './cmdlines';

export const kindServices: ReadonlyMap<DocumentKind, KindService> = new Map<DocumentKind, KindService>([
	['sysprep-inf', sysprepInfService as KindService],
	['unattend-txt', unattendTxtService as KindService],
	['unattend-xml', unattendXmlService as KindService],
	['bat', batchService as KindService],
	['winbom-ini', winbomIniService as KindService],
	['cmdlines', cmdlinesService as KindService],
]);
