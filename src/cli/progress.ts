// Progress bars on stderr for long exports and imports, drawn only when stderr is a terminal (never in pipes or CI logs).
import cliProgress from 'cli-progress';

export interface Progress {
  update(done: number, total: number, what: string): void;
  stop(): void;
}

const silent: Progress = { update: () => undefined, stop: () => undefined };

/** A bar titled `title` when stderr is a terminal, else a progress that draws nothing. */
export function progressBar(title: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY) return silent;
  const bar = new cliProgress.SingleBar({
    format: `${title} {bar} {value}/{total} {what}`,
    stream,
    clearOnComplete: true,
    hideCursor: true,
  }, cliProgress.Presets.shades_classic);
  let started = false;
  return {
    update(done, total, what) {
      if (!started) {
        bar.start(total, 0, { what });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { what });
    },
    // Safe to call more than once: the command stops the bar before it prints, and again on the way out.
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
