import type { Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import {
  BatchSpanProcessor,
  ConsoleSpanExporter,
  NodeTracerProvider,
  type SpanExporter,
} from "@opentelemetry/sdk-trace-node";
import { ATTR_SERVICE_NAME } from "@opentelemetry/semantic-conventions";
import type { Config } from "../config.js";

/**
 * Builds the tracer the app uses when tracing is configured (`OTEL_*` variables); none otherwise,
 * so an untraced gateway pays nothing per request.
 */
export function createTracerProvider(
  tracing: Config["tracing"],
): { tracer: Tracer; shutdown(): Promise<void> } | undefined {
  if (!tracing.exporter) return undefined;
  const exporter: SpanExporter =
    tracing.exporter === "console"
      ? new ConsoleSpanExporter()
      : new OTLPTraceExporter({ url: tracing.otlpUrl });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: tracing.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  return { tracer: provider.getTracer("cognito-attributes-gateway"), shutdown: () => provider.shutdown() };
}
