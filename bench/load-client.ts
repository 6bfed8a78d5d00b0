// The load generator of the API benchmarks, as a process of its own (a real client is never in the server's process):
// reads autocannon's options as JSON from its argument, prints autocannon's result as JSON on standard output.
// A request's body may hold `{n}`: each request sends it with a number of its own (new records never collide).
// Only localhost: anything else is refused, so a benchmark can never load someone else's server.
import autocannon from 'autocannon';

type Request = { method: 'GET' | 'POST'; path: string; body?: string };
const options = JSON.parse(process.argv[2] ?? '{}') as Omit<autocannon.Options, 'requests'> & { requests?: Request[] };
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(String(options.url))) {
  console.error(`load-client: only http://127.0.0.1:<port> is loaded, not ${String(options.url)}`);
  process.exit(2);
}
let n = 0;
const requests = options.requests?.map((r) => {
  const template = r.body;
  if (template === undefined || !template.includes('{n}')) return r;
  return { ...r, setupRequest: (req: autocannon.Request) => ({ ...req, body: template.replaceAll('{n}', String(++n)) }) };
});
const result = await autocannon({ ...options, ...(requests ? { requests } : {}) });
process.stdout.write(`${JSON.stringify(result)}\n`);
