// The part of autocannon's API the benchmark uses (the package ships no types).
declare module "autocannon" {
  interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    headers?: Record<string, string>;
    /** Requests in turn; `setupRequest` may change each one (its path, its headers) before it is sent. */
    requests?: { method?: string; path?: string; headers?: Record<string, string>; setupRequest?: (req: { path?: string; headers?: Record<string, string> }) => unknown }[];
  }
  interface Result {
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    "2xx": number;
  }
  interface Instance extends PromiseLike<Result> {
    on(event: "response", listener: (client: unknown, statusCode: number, resBytes: number, responseTime: number) => void): this;
    on(event: string, listener: (...args: any[]) => void): this;
  }
  function autocannon(opts: Options): Instance;
  export default autocannon;
}
