import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    ignores: [
      ".next/**",
      ".data/**",
      "lib/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Input from outside goes through parseInput, which turns zod's rare throws into a message.
    files: ["app/**", "components/**", "lib/**", "scripts/**"],
    ignores: ["lib/validation.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector: "CallExpression[callee.property.name=/^safeParse(Async)?$/]",
          message: "Use parseInput(schema, input) from lib/validation.ts: it never throws.",
        },
      ],
    },
  },
];

export default config;
