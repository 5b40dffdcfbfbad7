import { DIVERGENCES, NOT_RUN } from "./divergences.js";
import { type BackendName, SCENARIOS } from "./scenarios.js";

/** The backends CI runs the contract suite against, in the README table's column order. */
const TABLE_BACKENDS: BackendName[] = ["moto", "cognito-local", "FakeCognito"];

const cell = (text: string) => text.replaceAll("|", "\\|");

/**
 * The README's per-backend table (`npm run docs`): each scenario, what Cognito documents, and for each
 * backend whether it matches or how it differs, from the declarations the suite asserts.
 */
export function renderContractTable(): string {
  const header = [
    `| Scenario | Cognito (documented) | ${TABLE_BACKENDS.join(" | ")} |`,
    `| --- | --- | ${TABLE_BACKENDS.map(() => "---").join(" | ")} |`,
  ];
  const rows = SCENARIOS.map((scenario) => {
    const verdicts = TABLE_BACKENDS.map((backend) => {
      const notRun = NOT_RUN[backend][scenario.id];
      if (notRun) return `not run: ${notRun.why}`;
      const divergence = DIVERGENCES[backend][scenario.id];
      return divergence ? `**differs**: ${divergence.says}` : "matches";
    });
    return `| \`${scenario.id}\` | ${[scenario.cognito, ...verdicts].map(cell).join(" | ")} |`;
  });
  const notOnCognito = Object.entries(NOT_RUN.Cognito).map(([id, { why }]) => `\`${id}\` (${why})`);
  const footer = notOnCognito.length
    ? [
        "",
        `Against real Cognito (\`npm run test:aws\`) every scenario runs except ${notOnCognito.join(", ")}.`,
      ]
    : [];
  return [...header, ...rows, ...footer].join("\n");
}
