import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { graphql } from "../generated/index.js";
import { startFakeBackend } from "../helpers/fake-backend.js";
import { aUser, type FakeCognito, type FakeUser } from "../helpers/fake-cognito.js";
import {
  type FederationRouter,
  startFederationRouter,
  startIntrospectingRouter,
} from "../helpers/federation-gateway.js";
import { startGateway, type TestGateway } from "../helpers/gateway.js";
import { errorCodes, execute, expectNoErrors } from "../helpers/graphql.js";
import { type OrdersSubgraph, startOrdersSubgraph } from "../helpers/orders-subgraph.js";
import type { TokenIssuer } from "../helpers/tokens.js";

/*
 * This gateway as a subgraph behind a real Apollo Gateway, composed with an orders subgraph whose
 * `Order.buyer` references `User` by `sub`. The router forwards the caller's `Authorization` header,
 * as the README tells operators to configure.
 *
 * Router queries use the supergraph (`Order`), which codegen's schema does not have: plain strings.
 * Mutations are this subgraph's own fields, so they are typed documents.
 */

interface RouterUser {
  sub: string;
  username: string;
  attributes?: { name: string; value: string }[];
}

interface RouterOrder {
  id: string;
  total: number;
  buyer: RouterUser;
}

const ORDERS_WITH_BUYERS = `
  query Federation_OrdersWithBuyers($first: Int) {
    orders(first: $first) {
      id
      total
      buyer {
        sub
        username
        attributes {
          name
          value
        }
      }
    }
  }
`;

const TWO_ORDERS = `
  query Federation_TwoOrders($mine: ID!, $theirs: ID!) {
    mine: order(id: $mine) {
      id
      buyer {
        sub
        username
        attributes {
          name
          value
        }
      }
    }
    theirs: order(id: $theirs) {
      id
      buyer {
        sub
        username
        attributes {
          name
          value
        }
      }
    }
  }
`;

const AdminUpdateDocument = graphql(`
  mutation Federation_AdminUpdateUserAttributes($input: AdminUpdateUserAttributesInput!) {
    adminUpdateUserAttributes(input: $input) {
      __typename
      ... on AdminUpdateUserAttributesSuccess {
        user {
          sub
          username
          givenName: attribute(name: "given_name")
        }
      }
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

const UpdateMyDocument = graphql(`
  mutation Federation_UpdateMyAttributes($input: UpdateMyAttributesInput!) {
    updateMyAttributes(input: $input) {
      __typename
      ... on UpdateMyAttributesSuccess {
        user {
          sub
          givenName: attribute(name: "given_name")
        }
        codeDeliveryDetails {
          attributeName
        }
      }
      ... on CognitoError {
        code
        message
      }
    }
  }
`);

let fake: FakeCognito;
let tokens: TokenIssuer;
let users: FakeUser[];
let gateway: TestGateway;
let orders: OrdersSubgraph;
let router: FederationRouter;
let adminToken: string;

beforeAll(async () => {
  const started = await startFakeBackend();
  ({ fake, tokens } = started);
  gateway = await startGateway(started.backend);
  users = Array.from({ length: 5 }, (_, index) => fake.addUser(aUser({ username: `buyer-${index + 1}` })));
  // 50 orders, round-robin: order-1 is buyer-1's, order-2 is buyer-2's, and so on.
  orders = await startOrdersSubgraph({ buyers: users.map((user) => user.sub), count: 50 });
  router = await startFederationRouter([
    { name: "users", url: gateway.graphqlUrl },
    { name: "orders", url: orders.graphqlUrl },
  ]);
  adminToken = await tokens.adminAccessToken(aUser({ username: "router-admin" }));
});

afterEach(() => {
  fake.reset();
});

afterAll(async () => {
  await router?.close();
  await orders?.close();
  await gateway?.close();
  await fake?.close();
});

function userBySub(sub: string): FakeUser {
  const user = users.find((candidate) => candidate.sub === sub);
  if (user === undefined) throw new Error(`no buyer with sub ${sub}`);
  return user;
}

describe("Orders with their buyers through the router", () => {
  it("reads each of the 5 buyers of 50 orders from Cognito exactly once for an admin", async () => {
    const response = await execute<{ orders: RouterOrder[] }>(router.url, ORDERS_WITH_BUYERS, {
      token: adminToken,
    });

    const data = expectNoErrors(response);
    expect(data.orders).toHaveLength(50);
    data.orders.forEach((order, index) => {
      const stored = orders.orders[index];
      const buyer = userBySub(stored?.buyerSub ?? "");
      expect(order.id).toBe(stored?.id);
      expect(order.buyer.sub).toBe(buyer.sub);
      expect(order.buyer.username).toBe(buyer.username);
      expect(order.buyer.attributes).toContainEqual({ name: "email", value: buyer.attributes.email });
    });
    const reads = fake.requestsFor("AdminGetUser").map((request) => request.body.Username);
    expect(reads).toHaveLength(5);
    expect(new Set(reads)).toEqual(new Set(users.map((user) => user.sub)));
    expect(fake.requestsFor("GetUser")).toHaveLength(0);
  });

  it("lets a user read their own buyer entity but answers null and FORBIDDEN for another user's", async () => {
    const [me, other] = users as [FakeUser, FakeUser];
    const myToken = await tokens.accessToken(me);

    const response = await execute<{ mine: RouterOrder | null; theirs: RouterOrder | null }>(
      router.url,
      TWO_ORDERS,
      { token: myToken, variables: { mine: "order-1", theirs: "order-2" } },
    );

    expect(response.data?.mine?.buyer).toMatchObject({ sub: me.sub, username: me.username });
    // `buyer` is non-null in the orders subgraph, so the refused entity nulls its whole order.
    expect(response.data?.theirs).toBeNull();
    expect(response.errors).toEqual([
      expect.objectContaining({
        path: ["theirs", "buyer"],
        extensions: expect.objectContaining({ code: "FORBIDDEN", serviceName: "users" }),
      }),
    ]);
    expect(JSON.stringify(response)).not.toContain(other.attributes.email);
    // The user's own entity is their GetUser; nobody else's user was read with the gateway's credentials.
    expect(fake.requestsFor("AdminGetUser")).toHaveLength(0);
    expect(fake.requestsFor("GetUser").map((request) => request.body.AccessToken)).toEqual([myToken]);
  });

  it("never shows a user another buyer's attributes in an order list", async () => {
    const [me, other] = users as [FakeUser, FakeUser];
    const myToken = await tokens.accessToken(me);

    const response = await execute<{ orders: RouterOrder[] }>(router.url, ORDERS_WITH_BUYERS, {
      token: myToken,
      variables: { first: 2 },
    });

    // The non-null list cannot hold a null order, so the refusal nulls `orders` and with it `data`.
    expect(response.data ?? null).toBeNull();
    expect(errorCodes(response)).toEqual(["FORBIDDEN"]);
    expect(response.errors?.[0]?.path).toEqual(["orders", 1, "buyer"]);
    expect(JSON.stringify(response)).not.toContain(other.attributes.email);
    expect(fake.requestsFor("AdminGetUser")).toHaveLength(0);
  });

  it("answers UNAUTHENTICATED for buyer attributes without a token, without calling Cognito", async () => {
    const response = await execute(router.url, ORDERS_WITH_BUYERS, { variables: { first: 2 } });

    expect(response.data ?? null).toBeNull();
    expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
    expect(fake.requests).toHaveLength(0);
  });
});

describe("Mutations through the router", () => {
  it("updates any user's attributes for an admin and returns the user as Cognito now holds it", async () => {
    const target = users[2] as FakeUser;

    const response = await execute(router.url, AdminUpdateDocument, {
      token: adminToken,
      variables: {
        input: { username: target.username, userAttributes: [{ name: "given_name", value: "Routed" }] },
      },
    });

    const data = expectNoErrors(response);
    expect(data.adminUpdateUserAttributes).toEqual({
      __typename: "AdminUpdateUserAttributesSuccess",
      user: { sub: target.sub, username: target.username, givenName: "Routed" },
    });
    expect(fake.findUser(target.username)?.attributes.given_name).toBe("Routed");
  });

  it("updates the caller's own attributes with the access token the router forwarded", async () => {
    const me = users[3] as FakeUser;
    const myToken = await tokens.accessToken(me);

    const response = await execute(router.url, UpdateMyDocument, {
      token: myToken,
      variables: { input: { userAttributes: [{ name: "given_name", value: "Myself" }] } },
    });

    const data = expectNoErrors(response);
    expect(data.updateMyAttributes).toEqual({
      __typename: "UpdateMyAttributesSuccess",
      user: { sub: me.sub, givenName: "Myself" },
      codeDeliveryDetails: [],
    });
    expect(fake.requestsFor("UpdateUserAttributes").map((request) => request.body.AccessToken)).toEqual([
      myToken,
    ]);
    expect(fake.findUser(me.username)?.attributes.given_name).toBe("Myself");
  });
});

describe("The users subgraph on its own", () => {
  it("serves its SDL with the User entity key at _service without a token", async () => {
    const response = await execute<{ _service: { sdl: string } }>(gateway.graphqlUrl, "{ _service { sdl } }");

    const data = expectNoErrors(response);
    expect(data._service.sdl).toContain('@key(fields: "sub")');
    expect(data._service.sdl).toMatch(/type User\s+@key\(fields: "sub"\)/);
  });
});

describe("The SDL behind a token (FEDERATION_SDL=token, the production default)", () => {
  const routerSecret = "router-secret-0123456789abcdef-0123456789";
  let production: TestGateway;

  beforeAll(async () => {
    production = await startGateway(
      {
        endpoint: fake.endpoint,
        region: fake.region,
        userPoolId: fake.userPoolId,
        issuer: fake.issuer,
        clientIds: [tokens.defaultClientId],
      },
      { env: { NODE_ENV: "production", FEDERATION_ROUTER_SECRET: routerSecret } },
    );
  });
  afterAll(async () => {
    await production?.close();
  });

  const SDL = "{ _service { sdl } }";

  it("refuses the SDL to an anonymous caller with UNAUTHENTICATED, and to a wrong router secret", async () => {
    const anonymous = await execute(production.graphqlUrl, SDL);
    const wrongSecret = await execute(production.graphqlUrl, SDL, {
      headers: { "x-router-secret": `${routerSecret}x` },
    });

    for (const response of [anonymous, wrongSecret]) {
      expect(errorCodes(response)).toEqual(["UNAUTHENTICATED"]);
      expect(JSON.stringify(response)).not.toContain("@key");
    }
    expect(anonymous.errors?.[0]?.message).toContain("FEDERATION_SDL=token");
  });

  it("serves the SDL to a caller with a valid access token, or with the router secret", async () => {
    const [user] = users as [FakeUser];
    const withToken = await execute<{ _service: { sdl: string } }>(production.graphqlUrl, SDL, {
      token: await tokens.accessToken(user),
    });
    const withSecret = await execute<{ _service: { sdl: string } }>(production.graphqlUrl, SDL, {
      headers: { "x-router-secret": routerSecret },
    });

    expect(expectNoErrors(withToken)._service.sdl).toMatch(/type User\s+@key\(fields: "sub"\)/);
    expect(expectNoErrors(withSecret)._service.sdl).toBe(expectNoErrors(withToken)._service.sdl);
  });

  it("still composes behind a real Apollo Gateway that introspects with the router secret", async () => {
    const introspecting = await startIntrospectingRouter(
      [
        { name: "users", url: production.graphqlUrl },
        { name: "orders", url: orders.graphqlUrl },
      ],
      routerSecret,
    );
    try {
      const response = await execute<{ orders: RouterOrder[] }>(introspecting.url, ORDERS_WITH_BUYERS, {
        token: adminToken,
        variables: { first: 3 },
      });

      const data = expectNoErrors(response);
      expect(data.orders.map((order) => order.buyer.sub)).toEqual(
        orders.orders.slice(0, 3).map((order) => order.buyerSub),
      );
    } finally {
      await introspecting.close();
    }
  });
});
