/**
 * Progress of a batch on stderr: a bar (cli-progress) when stderr is a terminal, else one plain line
 * per file (logs and pipes get something readable, never control sequences).
 */
import { SingleBar } from 'cli-progress';
import type { TextOutput } from '../main';

export interface BatchProgress {
  /** One more file done. */
  tick(file: string, result: string): void;
  stop(): void;
}

/** A terminal stream as cli-progress needs one. */
function terminal(out: TextOutput): NodeJS.WriteStream | undefined {
  const stream = out as Partial<NodeJS.WriteStream>;
  return stream.isTTY === true && typeof stream.cursorTo === 'function' ? (stream as NodeJS.WriteStream) : undefined;
}

export function batchProgress(out: TextOutput, total: number, line: (done: number, total: number, file: string, result: string) => string): BatchProgress {
  let done = 0;
  const stream = terminal(out);
  if (!stream) {
    return {
      tick: (file, result) => {
        done++;
        out.write(`${line(done, total, file, result)}\n`);
      },
      stop: () => undefined,
    };
  }
  const bar = new SingleBar({
    stream,
    format: '{bar} {value}/{total} {percentage}% | {eta_formatted} | {file}',
    barsize: 30,
    hideCursor: true,
    clearOnComplete: true,
    etaBuffer: 50,
    fps: 10,
  });
  bar.start(total, 0, { file: '' });
  return {
    tick: (file) => {
      done++;
      bar.update(done, { file: file.length > 40 ? `…${file.slice(-39)}` : file });
    },
    stop: () => bar.stop(),
  };
}
