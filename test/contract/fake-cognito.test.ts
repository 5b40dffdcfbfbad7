import { startFakeCognitoBackend } from "./backends.js";
import { describeContract } from "./suite.js";

describeContract("FakeCognito", startFakeCognitoBackend);
