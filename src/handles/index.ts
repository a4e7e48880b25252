export {
  GENERATED_HANDLE_PREFIX,
  HANDLE_MAX_LENGTH,
  HANDLE_MIN_LENGTH,
  HANDLE_PATTERN,
  assertHandleAllowed,
  handleKey,
  handleProblem,
} from './rules.ts';
export type { HandleProblem, HandleRule } from './rules.ts';
export { RESERVED_HANDLES, handleSkeleton, isReservedHandle } from './reserved.ts';
export { generateHandle } from './generate.ts';
export { handleCandidates } from './candidates.ts';
