/**
 * Isolation-matrix entries for the challenge log. Spread into MATRIX in ./isolation-cases.ts.
 */
import type { MatrixCase } from "./isolation-cases";

export const CHALLENGE_CASES: Record<string, MatrixCase> = {};
