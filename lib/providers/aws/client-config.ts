// Shared settings for every AWS SDK v3 client: region, FIPS endpoints and a request timeout, all
// from lib/env. Credentials are never set here; the SDK's default chain reads them from the
// environment (or the instance role), except S3, whose cloud.gov binding brings its own keys.
import { getEnv } from "../../env";

export type AwsClientConfig = {
  region: string;
  useFipsEndpoint: boolean;
  /** The worker retries with back-off itself, so the SDK makes at most one extra attempt. */
  maxAttempts: number;
  /** throwOnRequestTimeout: without it, newer SDKs only log a warning when requestTimeout passes. */
  requestHandler: { requestTimeout: number; connectionTimeout: number; throwOnRequestTimeout: true };
};

export function awsClientConfig(overrides: { region?: string } = {}): AwsClientConfig {
  const env = getEnv();
  return {
    region: overrides.region ?? env.AWS_REGION,
    useFipsEndpoint: env.AWS_USE_FIPS_ENDPOINT,
    maxAttempts: 2,
    requestHandler: { requestTimeout: env.AWS_TIMEOUT_MS, connectionTimeout: env.AWS_TIMEOUT_MS, throwOnRequestTimeout: true },
  };
}
