/**
 * Isolation-matrix entries for the scrutiny report's reads (route handlers, if any). Spread into MATRIX in ./isolation-cases.ts.
 */
import type { MatrixCase } from "./isolation-cases";

export const REPORT_CASES: Record<string, MatrixCase> = {};
