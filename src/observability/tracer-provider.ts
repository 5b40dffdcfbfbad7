import type { Tracer } from "@opentelemetry/api";
import type { Config } from "../config.js";

/**
 * Builds the tracer the app uses when tracing is configured (`OTEL_*` variables); none otherwise.
 * The SDK and exporter load only then: an untraced gateway neither pays for them per request nor
 * carries them in memory.
 */
export async function createTracerProvider(
  tracing: Config["tracing"],
): Promise<{ tracer: Tracer; shutdown(): Promise<void> } | undefined> {
  if (!tracing.exporter) return undefined;
  const [
    { BatchSpanProcessor, ConsoleSpanExporter, NodeTracerProvider },
    { resourceFromAttributes },
    semconv,
  ] = await Promise.all([
    import("@opentelemetry/sdk-trace-node"),
    import("@opentelemetry/resources"),
    import("@opentelemetry/semantic-conventions"),
  ]);
  const exporter =
    tracing.exporter === "console"
      ? new ConsoleSpanExporter()
      : new (await import("@opentelemetry/exporter-trace-otlp-http")).OTLPTraceExporter({
          url: tracing.otlpUrl,
        });
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [semconv.ATTR_SERVICE_NAME]: tracing.serviceName }),
    spanProcessors: [new BatchSpanProcessor(exporter)],
  });
  return { tracer: provider.getTracer("cognito-attributes-gateway"), shutdown: () => provider.shutdown() };
}
