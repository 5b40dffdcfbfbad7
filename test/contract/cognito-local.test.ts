import { startCognitoLocalBackend } from "./backends.js";
import { describeContract } from "./suite.js";

describeContract("cognito-local", startCognitoLocalBackend);
