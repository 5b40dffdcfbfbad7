/**
 * The floor: the least a gateway could do. A bare node:http handler that parses the same JSON body
 * and sends the same SDK command to the same Cognito, with no GraphQL, no token verification and no
 * permissions. The gateway's throughput is reported as a ratio of this.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import {
  AdminUpdateUserAttributesCommand,
  UpdateUserAttributesCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { type AttributeInput, floorClient, floorUserPoolId, toCognitoAttributes } from "./floor-client.js";

interface Body {
  query: string;
  variables: { input: { username?: string; userAttributes: AttributeInput[] } };
}

const server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", async () => {
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Body;
      const attributes = toCognitoAttributes(body.variables.input.userAttributes);
      if (body.query.includes("adminUpdateUserAttributes")) {
        await floorClient.send(
          new AdminUpdateUserAttributesCommand({
            UserPoolId: floorUserPoolId,
            Username: body.variables.input.username,
            UserAttributes: attributes,
          }),
        );
        response.end(JSON.stringify({ data: { adminUpdateUserAttributes: { __typename: "Success" } } }));
      } else {
        const token = (request.headers.authorization ?? "").replace(/^Bearer /, "");
        await floorClient.send(
          new UpdateUserAttributesCommand({ AccessToken: token, UserAttributes: attributes }),
        );
        response.end(JSON.stringify({ data: { updateMyAttributes: { __typename: "Success" } } }));
      }
    } catch (error) {
      response.statusCode = 500;
      response.end(JSON.stringify({ errors: [{ message: (error as Error).name }] }));
    }
  });
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  process.stdout.write(`${JSON.stringify({ port: (server.address() as AddressInfo).port })}\n`);
});
process.once("SIGTERM", () => server.close(() => process.exit(0)));
