import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { UNLIMITED_GOVERNOR } from "../../src/quota/governor.js";
import { graphql } from "../generated/index.js";
import { useFakeGateway } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import { startGateway, type TestBackend, type TestGateway } from "../helpers/gateway.js";
import { errorCodes, execute, expectNoErrors } from "../helpers/graphql.js";
import type { TokenIssuer } from "../helpers/tokens.js";

/*
 * Federation's `_entities` is bounded per request (issue 17): any valid token could send 28,000
 * representations in one 1 MB body and hold the event loop for seconds. Too many representations,
 * or a cost over the limit once the variables' lists are counted, are refused before anything is
 * resolved; what is accepted logs one bounded line however many of its fields fail.
 */

const Entities = graphql(`
  query EntityLimits_Entities($representations: [_Any!]!) {
    _entities(representations: $representations) {
      ... on User {
        sub
      }
    }
  }
`);

const TwoBatches = graphql(`
  query EntityLimits_TwoBatches($first: [_Any!]!, $second: [_Any!]!) {
    first: _entities(representations: $first) {
      ... on User {
        sub
      }
    }
    ...SecondBatch
  }

  fragment SecondBatch on Query {
    second: _entities(representations: $second) {
      ... on User {
        sub
      }
    }
  }
`);

const reference = (sub: string) => ({ __typename: "User", sub });
const strangers = (count: number) => Array.from({ length: count }, () => reference(randomUUID()));

describe("bounded _entities requests", () => {
  let fake: FakeCognito;
  let tokens: TokenIssuer;
  let backend: TestBackend;
  let gateway: TestGateway;
  let alice: FakeUser;
  let aliceToken: string;
  const extraGateways: TestGateway[] = [];

  useFakeGateway(async (world) => {
    ({ fake, tokens, backend, gateway } = world);
    alice = fake.addUser(aUser());
    aliceToken = await tokens.accessToken(alice);
  });

  afterEach(async () => {
    await Promise.all(extraGateways.splice(0).map((extra) => extra.close()));
  });

  async function gatewayWith(overrides: Parameters<typeof startGateway>[1]): Promise<TestGateway> {
    const extra = await startGateway(backend, overrides);
    extraGateways.push(extra);
    fake.clearRequests(); // its start-up reads of the pool's contract
    return extra;
  }

  it("refuses 501 representations (one over MAX_ENTITY_REPRESENTATIONS' default) before reading anyone", async () => {
    const response = await execute(gateway.graphqlUrl, Entities, {
      token: aliceToken,
      variables: { representations: Array.from({ length: 501 }, () => reference(alice.sub)) },
    });

    expect(response.data ?? null).toBeNull();
    expect(errorCodes(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(response.errors?.[0]).toMatchObject({
      message: expect.stringContaining("at most 500 representations per request, this one has 501"),
      extensions: { limit: "MAX_ENTITY_REPRESENTATIONS", max: 500 },
    });
    expect(fake.requests).toHaveLength(0);
    expect(gateway.logs.lines.at(-1)).toMatchObject({
      msg: "request refused",
      reason: "validation",
      errorCodes: ["GRAPHQL_VALIDATION_FAILED"],
    });
  });

  it("accepts exactly 500 representations and reads a user named 500 times once", async () => {
    const response = await execute(gateway.graphqlUrl, Entities, {
      token: aliceToken,
      variables: { representations: Array.from({ length: 500 }, () => reference(alice.sub)) },
    });

    const data = expectNoErrors(response);
    expect(data._entities).toHaveLength(500);
    expect(new Set(data._entities.map((entity) => entity && "sub" in entity && entity.sub))).toEqual(
      new Set([alice.sub]),
    );
    expect(fake.requestsFor("GetUser")).toHaveLength(1);
  });

  it("refuses the 1 MB flood of 28,000 representations before reading anyone", async () => {
    // Short subs, as an attacker would pick, fit 28,000 in one body under the 1 MiB limit.
    const representations = Array.from({ length: 28_000 }, (_, index) => reference(String(index)));
    const body = JSON.stringify({ query: Entities.toString(), variables: { representations } });
    expect(body.length).toBeLessThan(1_048_576);

    const response = await execute(gateway.graphqlUrl, Entities, {
      token: aliceToken,
      variables: { representations },
    });

    expect(errorCodes(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(response.errors?.[0]?.message).toContain("this one has 28000");
    expect(fake.requests).toHaveLength(0);
  });

  it("counts every _entities field of the request together, aliased or spread from a fragment", async () => {
    const response = await execute(gateway.graphqlUrl, TwoBatches, {
      token: aliceToken,
      variables: { first: strangers(300), second: strangers(201) },
    });

    expect(errorCodes(response)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(response.errors?.[0]?.message).toContain("this one has 501");
    expect(fake.requests).toHaveLength(0);
  });

  it("counts representations written inline in the document", async () => {
    const capped = await gatewayWith({ env: { MAX_ENTITY_REPRESENTATIONS: "3" } });
    const inline = (count: number) =>
      `{ _entities(representations: [${strangers(count)
        .map(({ sub }) => `{ __typename: "User", sub: "${sub}" }`)
        .join(", ")}]) { ... on User { sub } } }`;

    const refused = await execute(capped.graphqlUrl, inline(4), { token: aliceToken });
    const accepted = await execute(capped.graphqlUrl, inline(3), { token: aliceToken });

    expect(errorCodes(refused)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(refused.errors?.[0]?.message).toContain("at most 3 representations per request, this one has 4");
    // Inside the cap the request runs: alice may not read strangers, so each is FORBIDDEN.
    expect(errorCodes(accepted)).toEqual(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"]);
  });

  it("counts the list items in the variables in the cost limit (GRAPHQL_MAX_COST)", async () => {
    // Without the representation cap, the variables alone must still be priced.
    const uncapped = await gatewayWith({
      env: { MAX_ENTITY_REPRESENTATIONS: "100000" },
      quotaGovernor: UNLIMITED_GOVERNOR,
    });

    const refused = await execute(uncapped.graphqlUrl, Entities, {
      token: aliceToken,
      variables: { representations: strangers(5_000) },
    });

    expect(errorCodes(refused)).toEqual(["GRAPHQL_VALIDATION_FAILED"]);
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringMatching(
        /^Query cost limit of 5000 exceeded, found 50\d\d \(the document and 5000 list items/,
      ),
      extensions: { limit: "GRAPHQL_MAX_COST", max: 5_000 },
    });
    expect(fake.requests).toHaveLength(0);

    // The same document with fewer items is within the limit and runs.
    const accepted = await execute(uncapped.graphqlUrl, Entities, {
      token: aliceToken,
      variables: { representations: strangers(4_900) },
    });
    expect(accepted.errors).toHaveLength(4_900);
  });

  it("logs one bounded line for a request whose 500 fields all fail, counting them", async () => {
    const response = await execute(gateway.graphqlUrl, Entities, {
      token: aliceToken,
      variables: { representations: strangers(500) },
    });
    expect(response.errors).toHaveLength(500);

    const line = gateway.logs.raw.find((raw) => raw.includes('"request completed with errors"'));
    expect(line).toBeDefined();
    expect(JSON.parse(line as string)).toMatchObject({ errorCodes: ["FORBIDDEN"], errorCount: 500 });
    expect((line as string).length).toBeLessThan(1_000);
  });
});
