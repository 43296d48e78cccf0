/**
 * Isolation-matrix entries for report authoring: summary, step narratives, factual-accuracy check and management responses. Spread into MATRIX in ./isolation-cases.ts.
 */
import type { MatrixCase } from "./isolation-cases";

export const REPORT_AUTHORING_CASES: Record<string, MatrixCase> = {};
