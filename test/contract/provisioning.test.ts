import {
  DescribeUserPoolCommand,
  ListUserPoolsCommand,
  ResourceNotFoundException,
} from "@aws-sdk/client-cognito-identity-provider";
import { describe, expect, it } from "vitest";
import { CONTRACT_ADMIN_GROUP, provisionPool, withProvisionedPool } from "../helpers/cognito-pool.js";
import { useStarted } from "../helpers/lifecycle.js";
import { type MotoServer, startMoto } from "../helpers/moto.js";

// The provisioning `npm run test:aws` runs against real Cognito, exercised here against moto: what it
// creates works, and it leaves nothing behind in the account, also when a step or the run fails.

describe("contract pool provisioning (against moto)", () => {
  let moto: MotoServer;
  useStarted(startMoto, (started) => (moto = started));

  async function poolNames(): Promise<string[]> {
    const pools = await moto.cognito.send(new ListUserPoolsCommand({ MaxResults: 60 }));
    return (pools.UserPools ?? []).map((pool) => pool.Name ?? "");
  }

  it("creates a pool whose users sign in, with admins in the admin group", async () => {
    await withProvisionedPool(moto.cognito, async (pool) => {
      const admin = await pool.createUser({ admin: true });
      const claims = JSON.parse(
        Buffer.from(admin.accessToken.split(".")[1] ?? "", "base64url").toString(),
      ) as {
        iss: string;
        sub: string;
        client_id: string;
        "cognito:groups"?: string[];
      };
      expect(claims).toMatchObject({
        iss: moto.issuer(pool.userPoolId),
        sub: admin.sub,
        client_id: pool.clientId,
        "cognito:groups": [CONTRACT_ADMIN_GROUP],
      });
    });
  });

  it("deletes the pool when the run fails", async () => {
    let userPoolId = "";
    const run = withProvisionedPool(moto.cognito, async (pool) => {
      userPoolId = pool.userPoolId;
      await pool.createUser();
      throw new Error("a scenario failed");
    });

    await expect(run).rejects.toThrow("a scenario failed");
    await expect(
      moto.cognito.send(new DescribeUserPoolCommand({ UserPoolId: userPoolId })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  it.each(["pool", "client", "group"] as const)(
    "deletes the pool when provisioning fails after the %s step",
    async (failingStep) => {
      const namePrefix = `cag-cleanup-${failingStep}`;
      const provisioning = provisionPool(moto.cognito, {
        namePrefix,
        afterStep: (step) => {
          if (step === failingStep) throw new Error(`failed after ${step}`);
        },
      });

      await expect(provisioning).rejects.toThrow(`failed after ${failingStep}`);
      expect((await poolNames()).filter((name) => name.startsWith(namePrefix))).toEqual([]);
    },
  );
});
