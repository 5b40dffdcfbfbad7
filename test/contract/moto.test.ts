import { startMotoBackend } from "./backends.js";
import { describeContract } from "./suite.js";

describeContract("moto", startMotoBackend);
