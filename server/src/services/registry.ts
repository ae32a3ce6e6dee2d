/**
 * Service layer: the table of file kinds and the service that handles each.
 * A new kind is one line here.
 *
 * Each kind is loaded on first use (a `require` per kind; esbuild keeps such
 * modules in lazy wrappers), so `reseal check` of one batch file never evaluates
 * the unattend.xml reference tables, and the server only holds the knowledge of
 * the kinds it has seen.
 */
import type { DocumentKind, KindService } from './kindService';

/* eslint-disable @typescript-eslint/no-require-imports */
const loaders: ReadonlyArray<readonly [DocumentKind, () => KindService]> = [
	['sysprep-inf', () => (require('./ini/sysprepInfService') as typeof import('./ini/sysprepInfService')).sysprepInfService as KindService],
	['unattend-txt', () => (require('./ini/sysprepInfService') as typeof import('./ini/sysprepInfService')).unattendTxtService as KindService],
	['unattend-xml', () => (require('./unattendXml/unattendXmlService') as typeof import('./unattendXml/unattendXmlService')).unattendXmlService as KindService],
	['bat', () => (require('./batch/batchService') as typeof import('./batch/batchService')).batchService as KindService],
	['winbom-ini', () => (require('./winbomIni') as typeof import('./winbomIni')).winbomIniService as KindService],
	['cmdlines', () => (require('./cmdlines') as typeof import('./cmdlines')).cmdlinesService as KindService],
	['setup-log', () => (require('./setupLog') as typeof import('./setupLog')).setupLogService as KindService],
	['embedded', () => (require('./embedded/embeddedService') as typeof import('./embedded/embeddedService')).embeddedService as KindService],
];

/** A read-only map whose values are loaded the first time they are asked for. */
class LazyKindServices implements ReadonlyMap<DocumentKind, KindService> {
	private readonly load = new Map(loaders);
	private readonly loaded = new Map<DocumentKind, KindService>();

	get size(): number {
		return this.load.size;
	}
	has(kind: DocumentKind): boolean {
		return this.load.has(kind);
	}
	get(kind: DocumentKind): KindService | undefined {
		let service = this.loaded.get(kind);
		if (!service) {
			const loader = this.load.get(kind);
			if (!loader) return undefined;
			service = loader();
			this.loaded.set(kind, service);
		}
		return service;
	}
	*keys(): MapIterator<DocumentKind> {
		yield* this.load.keys();
	}
	*values(): MapIterator<KindService> {
		for (const kind of this.load.keys()) yield this.get(kind)!;
	}
	*entries(): MapIterator<[DocumentKind, KindService]> {
		for (const kind of this.load.keys()) yield [kind, this.get(kind)!];
	}
	[Symbol.iterator](): MapIterator<[DocumentKind, KindService]> {
		return this.entries();
	}
	forEach(callback: (value: KindService, key: DocumentKind, map: ReadonlyMap<DocumentKind, KindService>) => void, thisArg?: unknown): void {
		for (const [kind, service] of this.entries()) callback.call(thisArg, service, kind, this);
	}
}

export const kindServices: ReadonlyMap<DocumentKind, KindService> = new LazyKindServices();
