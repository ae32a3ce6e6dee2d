/**
 * Bundle layer (pure): the verification rules of a `C:\Sysprep` bundle, one
 * module per concern; this module gathers them for callers that want them all.
 */
export { checksPass, type BundleCheck, type BundleTarget } from './checks';
export { encodeAnswerFile, decodeText, scriptWithCrlf, toCrlf, type DecodedText, type EncodeResult, type EncodingProblem, type SourceEncoding } from './encoding';
export { expectedVersions, inferTarget, osName, sysprepExecutables, verifyExecutables, type ExecutableInput, type SysprepExecutable } from './executableChecks';
export { normalizeRelative, resolveLinkTarget, unsafePathReason, windowsPathProblem } from './windowsPath';
export { verifyWrittenBundle, type WrittenFile } from './writtenChecks';
