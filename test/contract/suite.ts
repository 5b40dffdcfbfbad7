import { describe, expect, it } from "vitest";
import { CONFIGURATION_VARIABLES } from "../../src/config.js";
import type { PoolUser } from "../helpers/cognito-pool.js";
import { useStarted } from "../helpers/lifecycle.js";
import { freePort, type GatewayProcess, spawnGateway } from "../helpers/process.js";
import type { ContractBackend } from "./backends.js";
import { DIVERGENCES, NOT_RUN } from "./divergences.js";
import { type BackendName, type ContractWorld, SCENARIOS } from "./scenarios.js";

interface RunningContract {
  backend: ContractBackend;
  gateway: GatewayProcess;
  admin: PoolUser;
  close(): Promise<void>;
}

/** Starts the backend, then the real gateway process with the backend's documented configuration. */
async function startContract(start: () => Promise<ContractBackend>): Promise<RunningContract> {
  const backend = await start();
  let gateway: GatewayProcess | undefined;
  try {
    gateway = spawnGateway({
      ...backend.gatewayEnvironment,
      HOST: "127.0.0.1",
      PORT: String(await freePort()),
      LOG_FORMAT: "json",
    });
    await gateway.waitUntilReady(60_000);
    const admin = await backend.newUser({ admin: true });
    const running = gateway;
    return {
      backend,
      gateway,
      admin,
      async close() {
        await running.kill();
        await backend.close();
      },
    };
  } catch (error) {
    await gateway?.kill();
    await backend.close();
    throw error;
  }
}

/**
 * Runs every scenario against one backend: Cognito's expected outcome, or the divergence declared for
 * this backend. One backend per test file, so each file starts its backend once.
 */
export function describeContract(name: BackendName, start: () => Promise<ContractBackend>): void {
  describe(`contract: ${name}`, () => {
    let world: ContractWorld;
    let environment: Record<string, string>;
    useStarted(
      () => startContract(start),
      ({ backend, gateway, admin }) => {
        world = { ...backend, graphqlUrl: `${gateway.url}/graphql`, admin };
        environment = backend.gatewayEnvironment;
      },
      undefined,
      // moto or cognito-local, a pool, and the gateway process: slow on a loaded two-core machine.
      { startTimeoutMs: 120_000 },
    );

    it("runs the gateway with documented configuration only (and the AWS SDK's credential chain)", () => {
      const undocumented = Object.keys(environment).filter(
        (name) => !CONFIGURATION_VARIABLES.includes(name) && !/^AWS_/.test(name),
      );
      expect(undocumented).toEqual([]);
    });

    for (const scenario of SCENARIOS) {
      if (NOT_RUN[name][scenario.id]) continue;
      const divergence = DIVERGENCES[name][scenario.id];
      const title = divergence
        ? `${scenario.id}: diverges as declared (${divergence.says})`
        : `${scenario.id}: ${scenario.cognito}`;
      it(title, async () => {
        const outcome = await scenario.run(world);
        // `CONTRACT_PRINT=1` shows every outcome, for writing a new scenario's or divergence's outcome.
        if (process.env.CONTRACT_PRINT)
          process.stdout.write(`${name} ${scenario.id} ${JSON.stringify(outcome)}\n`);
        expect(outcome).toEqual(divergence ? divergence.observed : scenario.expected);
      });
    }
  });
}
