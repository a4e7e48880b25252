export { generateCode, codeDigest, normalizeSubmittedCode } from './codes.ts';
