// The load generator of the API benchmarks, as a process of its own (a real client is never in the server's process):
// reads autocannon's options as JSON from its argument, prints autocannon's result as JSON on standard output.
// Only localhost: anything else is refused, so a benchmark can never load someone else's server.
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2] ?? '{}') as autocannon.Options;
if (!/^http:\/\/127\.0\.0\.1:\d+$/.test(String(options.url))) {
  console.error(`load-client: only http://127.0.0.1:<port> is loaded, not ${String(options.url)}`);
  process.exit(2);
}
const result = await autocannon(options);
process.stdout.write(`${JSON.stringify(result)}\n`);
