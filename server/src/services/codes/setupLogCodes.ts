/**
 * Service layer: diagnostic codes of Setup and Sysprep logs (`setupact.log`,
 * `setuperr.log`, the Panther folders). Each signature row of
 * `knowledge/setupLog.ts` reports under one of these codes; `reseal explain
 * <code>` prints the row's meaning, action, versions and source.
 */
import type { DiagnosticCodeSpec } from './types';

export const setupLogCodes = [
	{ code: 'log.appx-removal-failed', severity: 'error', summary: 'Sysprep stopped because a Microsoft Store package installed for a user but not provisioned for all users could not be removed (0x80073CF2).' },
	{ code: 'log.appx-not-provisioned', severity: 'warning', summary: 'An Appx package is installed for a user but not provisioned for all users; Sysprep /generalize fails on it or the image ships without it.' },
	{ code: 'log.bitlocker-on', severity: 'error', summary: 'Sysprep stopped because BitLocker is on for the OS volume (0x80310039).' },
	{ code: 'log.rearm-limit', severity: 'error', summary: 'Sysprep stopped because the activation rearm count is used up (0xC004D307); SkipRearm is the way around it while building.' },
	{ code: 'log.unattend-invalid', severity: 'error', summary: 'Setup could not parse or process the answer file; the finding names the pass, component, setting or line and links to it in the workspace\'s answer file.' },
	{ code: 'log.password-decode-failed', severity: 'error', summary: 'Setup could not decode an encoded password of the answer file (0x8007000D) and stopped the pass.' },
	{ code: 'log.language-not-valid', severity: 'warning', summary: 'The answer file\'s UI language is not in the installation image, so Setup asks for the language and is no longer unattended.' },
	{ code: 'log.provider-failed', severity: 'error', summary: 'A Sysprep provider failed and Sysprep stopped with a fatal error; the finding names the provider.' },
	{ code: 'log.sysprep-halted', severity: 'error', summary: 'Sysprep stopped with a fatal error that no more specific signature explains.' },
	{ code: 'log.setupcl-failed', severity: 'error', summary: 'setupcl.exe, which specializes a generalized image on first boot, reported an error.' },
	{ code: 'log.setup-failed', severity: 'error', summary: 'Windows Setup entered its error phase; the related lines are the failing steps before it.' },
	{ code: 'log.rollback', severity: 'error', summary: 'Setup rolled the installation back; the log of the failed attempt holds the reason.' },
	{ code: 'log.runsync-failed', severity: 'warning', summary: 'A RunSynchronous command of the answer file exited with a non-zero code; Setup ignores it and goes on.' },
	{ code: 'log.boot-files-copy-failed', severity: 'warning', summary: 'Setup could not copy the boot files to the system volume (BFSVC); the retries are summarised in one finding.' },
	{ code: 'log.user-cancelled', severity: 'information', summary: 'The user cancelled Setup or the reset; the errors that follow come from the cancel.' },
	{ code: 'log.answer-file-used', severity: 'information', summary: 'Which answer file Setup actually used (and where it cached it).' },
	{ code: 'log.passes', severity: 'information', summary: 'Which configuration passes ran in this log.' },
	{ code: 'log.winre-session', severity: 'information', summary: 'The log was written by the Windows Recovery Environment, not by Setup or Sysprep.' },
	{ code: 'log.repeated-noise', severity: 'information', summary: 'Error and warning lines that match no known signature, summarised by kind with their counts instead of one finding each.' },
] as const satisfies readonly DiagnosticCodeSpec[];

export type SetupLogCode = (typeof setupLogCodes)[number]['code'];
