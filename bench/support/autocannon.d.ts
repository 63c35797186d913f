// The part of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  type THistogram = {
    average: number;
    mean: number;
    stddev: number;
    min: number;
    max: number;
    total: number;
    p50: number;
    p90: number;
    p97_5: number;
    p99: number;
    p99_9: number;
  };
  export type TAutocannonResult = {
    url: string;
    duration: number;
    connections: number;
    pipelining: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    '2xx': number;
    latency: THistogram;
    requests: THistogram & { sent: number };
    throughput: THistogram;
  };
  export type TAutocannonOptions = {
    url: string;
    connections?: number;
    duration?: number;
    pipelining?: number;
    headers?: Record<string, string>;
    timeout?: number;
  };
  export type TAutocannonInstance = Promise<TAutocannonResult> & { stop(): void };
  function autocannon(options: TAutocannonOptions): TAutocannonInstance;
  export default autocannon;
}
