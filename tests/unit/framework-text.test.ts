import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ACTION_PLAN_RULE,
  ADAPTATION_ATTRIBUTION,
  FRAMEWORK_CITATION,
  RAG_DEFINITIONS,
  SECTION_SIX_QUESTIONS,
  SIX_STEPS_FRAMEWORK,
  THREE_USES,
} from "../../lib/framework/six-steps";

/**
 * Checks that the framework text shipped in the product matches seed 001 (Pearce 2019, "Six Steps
 * for Independent Scrutiny") to the letter. The seed is read at test time; it always sits beside
 * the project (../shared/seeds from the project root), so a missing seed is a hard failure.
 *
 * How the comparison works:
 * - Whitespace runs are normalised to a single space on both sides, because the seed wraps lines
 *   and lays Section 4 out as a tab-separated grid. Nothing else is normalised: letters,
 *   punctuation and quote characters must match exactly.
 * - Section 4 is a grid with one column per step. The second question of every step is split
 *   across two physical lines (the first half of all six cells, a blank line, then the second half
 *   of all six cells), so the full question never appears as a contiguous substring of the seed and
 *   a plain "contains" check is impossible for it (removing all whitespace does not help either:
 *   the six columns are interleaved). The test therefore rebuilds the grid: it splits each row on
 *   tabs, groups the rows between "Red/Amber/Green" rows into one band per question, and joins each
 *   column's fragments in that band with a space. Every question must EQUAL its rebuilt cell.
 *   Independently of that, questions on a single physical line must be a plain substring of the
 *   whole seed, and each fragment of a split question must be a substring of the seed.
 * - The seed marks the paper title in the adaptation reference as italic (*...*). Those asterisks
 *   are formatting, not text, and are removed before comparing the attribution and the citation.
 */

const SEED_PATH = path.resolve(__dirname, "../../../shared/seeds/001_1065c8f6339bd07a.txt");

const STEP_COUNT = 6;
const QUESTIONS_PER_STEP = 4;
const RAG_ROW = "Red/Amber/Green";
const ACTIONS_ROW = "Actions";

/** Collapse every whitespace run (spaces, tabs, newlines) to one space and trim the ends. */
function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Remove markdown emphasis markers (*italic*, **bold**) that the seed uses for formatting. */
function stripEmphasis(text: string): string {
  return text.replace(/\*/g, "");
}

type SeedGrid = {
  titles: string[];
  /** questions[stepIndex][questionIndex], whitespace-normalised */
  questions: string[][];
  /** fragments[stepIndex][questionIndex]: the cell's pieces, one per physical seed line */
  fragments: string[][][];
};

type Seed = {
  lines: string[];
  /** The whole seed, whitespace-normalised. */
  text: string;
  /** The whole seed, whitespace-normalised, without markdown emphasis markers. */
  plainText: string;
  grid: SeedGrid;
};

function loadSeed(): Seed {
  if (!existsSync(SEED_PATH)) {
    throw new Error(
      `Seed 001 not found at ${SEED_PATH}. The seeds must sit beside the project ` +
        "(../shared/seeds relative to the project root); the framework text cannot be verified.",
    );
  }
  const raw = readFileSync(SEED_PATH, "utf8");
  const lines = raw.split(/\r?\n/);
  const text = normaliseWhitespace(raw);
  return { lines, text, plainText: stripEmphasis(text), grid: parseGrid(lines) };
}

/** `items[index]`, failing clearly instead of yielding undefined (noUncheckedIndexedAccess). */
function at<T>(items: readonly T[], index: number, what: string): T {
  const item = items[index];
  if (item === undefined) {
    throw new Error(`Missing ${what} at index ${index}`);
  }
  return item;
}

/** Index of the one line matching `pattern`; fails clearly if there is not exactly one. */
function findLine(lines: string[], pattern: RegExp): number {
  const matches = lines.flatMap((line, index) => (pattern.test(line) ? [index] : []));
  if (matches.length !== 1) {
    throw new Error(`Expected exactly one seed line matching ${pattern}, found ${matches.length}`);
  }
  return at(matches, 0, `line matching ${pattern}`);
}

/** The non-blank lines strictly between the lines matching `start` and `end`. */
function linesBetween(lines: string[], start: RegExp, end: RegExp): string[] {
  const from = findLine(lines, start);
  const to = findLine(lines, end);
  return lines.slice(from + 1, to).filter((line) => line.trim() !== "");
}

function parseGrid(lines: string[]): SeedGrid {
  const rows = linesBetween(lines, /^Section 4: Six Steps/, /^Section Five: /).map((line) =>
    line.split("\t").map((cell) => cell.trim()),
  );
  for (const row of rows) {
    if (row.length !== STEP_COUNT) {
      throw new Error(`Section 4 grid row has ${row.length} cells, expected ${STEP_COUNT}`);
    }
  }
  const [titles = [], ...body] = rows;
  const bands: string[][][] = [];
  let current: string[][] = [];
  let sawActions = false;
  for (const row of body) {
    if (row.every((cell) => cell === RAG_ROW)) {
      bands.push(current);
      current = [];
    } else if (row.every((cell) => cell === ACTIONS_ROW)) {
      sawActions = true;
    } else {
      current.push(row);
    }
  }
  if (current.length > 0 || !sawActions) {
    throw new Error("Section 4 grid does not end with a Red/Amber/Green row and an Actions row");
  }
  const questions = titles.map((_, column) =>
    bands.map((band) =>
      normaliseWhitespace(band.map((row) => at(row, column, "grid cell")).join(" ")),
    ),
  );
  const fragments = titles.map((_, column) =>
    bands.map((band) => band.map((row) => normaliseWhitespace(at(row, column, "grid cell")))),
  );
  return { titles, questions, fragments };
}

/** The text after `label` on the single seed line that starts with it. */
function lineAfterLabel(lines: string[], label: string): string {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const line = at(lines, findLine(lines, new RegExp(`^${escaped}`)), "seed line");
  return normaliseWhitespace(line.slice(label.length));
}

const allQuestions = SIX_STEPS_FRAMEWORK.steps.flatMap((step, stepIndex) =>
  step.questions.map((question, questionIndex) => ({ question, stepIndex, questionIndex })),
);

describe("Six Steps framework structure", () => {
  it("can find seed 001 beside the project", () => {
    expect(existsSync(SEED_PATH), `Seed 001 not found at ${SEED_PATH}`).toBe(true);
  });

  it("has the expected key and title", () => {
    expect(SIX_STEPS_FRAMEWORK.key).toBe("six-steps-2019");
    expect(SIX_STEPS_FRAMEWORK.title).toBe("Six Steps for Independent Scrutiny");
    expect(SIX_STEPS_FRAMEWORK.citation).toBe(FRAMEWORK_CITATION);
  });

  it("has 6 steps numbered 1..6 with 4 questions each", () => {
    expect(SIX_STEPS_FRAMEWORK.steps).toHaveLength(STEP_COUNT);
    SIX_STEPS_FRAMEWORK.steps.forEach((step, index) => {
      expect(step.number).toBe(index + 1);
      expect(step.questions).toHaveLength(QUESTIONS_PER_STEP);
    });
  });

  it('has question codes "1.1".."6.4" in order and matching lineage keys', () => {
    const expectedCodes = Array.from({ length: STEP_COUNT }, (_, s) =>
      Array.from({ length: QUESTIONS_PER_STEP }, (_, q) => `${s + 1}.${q + 1}`),
    ).flat();
    expect(allQuestions.map(({ question }) => question.code)).toEqual(expectedCodes);
    for (const { question } of allQuestions) {
      expect(question.lineageKey).toBe(`six-steps:${question.code}`);
    }
  });

  it("has unique lineage keys", () => {
    const keys = allQuestions.map(({ question }) => question.lineageKey);
    expect(new Set(keys).size).toBe(STEP_COUNT * QUESTIONS_PER_STEP);
  });

  it("has 18 Section 6 questions numbered 1..18 and 3 uses", () => {
    expect(SECTION_SIX_QUESTIONS.map((q) => q.number)).toEqual(
      Array.from({ length: 18 }, (_, i) => i + 1),
    );
    expect(THREE_USES).toHaveLength(3);
  });
});

describe("Six Steps framework text matches seed 001 verbatim", () => {
  let seed: Seed;

  beforeAll(() => {
    seed = loadSeed();
  });

  it("parses the seed's Section 4 grid as 6 steps x 4 questions", () => {
    expect(seed.grid.titles).toHaveLength(STEP_COUNT);
    for (const column of seed.grid.questions) {
      expect(column).toHaveLength(QUESTIONS_PER_STEP);
    }
  });

  describe.each(SIX_STEPS_FRAMEWORK.steps.map((step, index) => ({ step, index })))(
    "step $step.number title",
    ({ step, index }) => {
      it("is verbatim", () => {
        expect(step.title).toBe(at(seed.grid.titles, index, "step title"));
        expect(seed.text).toContain(step.title);
      });
    },
  );

  describe.each(allQuestions.map((entry) => ({ ...entry, code: entry.question.code })))(
    "question $code",
    ({ question, stepIndex, questionIndex }) => {
      it("is verbatim (equals its rebuilt grid cell)", () => {
        const column = at(seed.grid.questions, stepIndex, "grid column");
        expect(question.text).toBe(at(column, questionIndex, "grid question"));
        expect(question.text).not.toMatch(/Red\/Amber\/Green/);
      });

      it("appears in the seed (as one substring, or as its line fragments if split)", () => {
        const column = at(seed.grid.fragments, stepIndex, "grid column");
        const fragments = at(column, questionIndex, "grid question");
        if (fragments.length === 1) {
          expect(seed.text).toContain(question.text);
        } else {
          // Split across grid lines: a whole-text substring check is impossible (see top comment),
          // so the text must be exactly its fragments joined by spaces, each found in the seed.
          expect(question.text).toBe(fragments.join(" "));
          for (const fragment of fragments) {
            expect(seed.text).toContain(fragment);
          }
        }
      });
    },
  );

  it("has the RAG definitions verbatim (seed 001 §5)", () => {
    expect(RAG_DEFINITIONS.GREEN).toBe(lineAfterLabel(seed.lines, "Green: "));
    expect(RAG_DEFINITIONS.AMBER).toBe(lineAfterLabel(seed.lines, "Amber: "));
    expect(RAG_DEFINITIONS.RED).toBe(lineAfterLabel(seed.lines, "Red: "));
    expect(seed.text).toContain(`Green: ${RAG_DEFINITIONS.GREEN}`);
    expect(seed.text).toContain(`Amber: ${RAG_DEFINITIONS.AMBER}`);
    expect(seed.text).toContain(`Red: ${RAG_DEFINITIONS.RED}`);
  });

  it("has the action-plan rule verbatim (seed 001 §5)", () => {
    const ruleIndex = findLine(seed.lines, /^Any response \(green, amber or red\)/);
    const ruleLine = at(seed.lines, ruleIndex, "seed line");
    expect(ACTION_PLAN_RULE).toBe(normaliseWhitespace(ruleLine));
    expect(seed.text).toContain(ACTION_PLAN_RULE);
  });

  it("has the three uses verbatim, in order (seed 001 §5)", () => {
    const useLines = linesBetween(seed.lines, / as a model for$/, /^Each question in each/);
    expect(useLines.every((line) => line.startsWith("- "))).toBe(true);
    const uses = useLines.map((line) => normaliseWhitespace(line.slice(2)));
    expect(THREE_USES).toEqual(uses);
    for (const use of THREE_USES) {
      expect(seed.text).toContain(use);
    }
  });

  it("has the adaptation attribution verbatim wherever the seed gives it (§1 and §5)", () => {
    // The quote marks around the reference, and the full stop after the closing quote, are not
    // part of the text.
    const quoted = [...seed.plainText.matchAll(/'(Adapted from [^']*)'/g)].map((m) => m[1] ?? "");
    expect(quoted.length).toBeGreaterThanOrEqual(1);
    for (const attribution of quoted) {
      expect(ADAPTATION_ATTRIBUTION).toBe(attribution);
    }
    expect(ADAPTATION_ATTRIBUTION.endsWith(".")).toBe(false);
  });

  it("builds the citation only from seed 001 text (front-matter title + reference parts)", () => {
    // Seed 001 never prints a full citation of itself, so the citation cannot be a substring of the
    // seed. It is assembled from: the author/year form of the seed's own reference ("Pearce, J
    // (2019)"), the paper's full title exactly as in the seed's front matter (its first line), and
    // the publisher as given in the seed's adaptation reference.
    const frontMatterTitle = seed.lines.find((line) => line.trim() !== "")?.trim() ?? "";
    expect(frontMatterTitle.startsWith(`${SIX_STEPS_FRAMEWORK.title}: `)).toBe(true);
    const titleInReference = "Safeguarding children arrangements. ";
    const publisher = ADAPTATION_ATTRIBUTION.slice(
      ADAPTATION_ATTRIBUTION.indexOf(titleInReference) + titleInReference.length,
    );
    expect(seed.plainText).toContain(`Pearce, J (2019) `);
    expect(seed.plainText).toContain(`. ${publisher}'`);
    expect(FRAMEWORK_CITATION).toBe(`Pearce, J (2019) ${frontMatterTitle}. ${publisher}`);
  });

  it("has the 18 Section 6 context questions verbatim, in order", () => {
    const seedQuestions = linesBetween(
      seed.lines,
      /^Questions for three safeguarding children partner leads/,
      /^Section Seven: References$/,
    ).map((line) => normaliseWhitespace(at(line.split("\t"), 0, "question cell")));
    expect(seedQuestions).toHaveLength(18);
    expect(SECTION_SIX_QUESTIONS.map((q) => q.text)).toEqual(seedQuestions);
    for (const { text } of SECTION_SIX_QUESTIONS) {
      expect(seed.text).toContain(text);
    }
  });
});
