/**
 * A progress line for long CLI work: on a terminal it shows the current step on one line of
 * stderr, rewritten in place, and ends with the counts and the time taken. In a pipe, a file or
 * a CI log (`CI` set) it writes nothing at all, so captured output stays what it was.
 */
export interface Progress {
  /** Shows what is being done now, replacing the step before. */
  step(text: string): void
  /** Replaces the line with the summary (counts), followed by the time since the start. */
  done(summary: string): void
}

/** The stream a progress line writes to: `process.stderr`, or a stand-in in tests. */
export interface ProgressStream {
  readonly isTTY?: boolean | undefined
  write(text: string): unknown
}

const SILENT: Progress = Object.freeze({ step: () => {}, done: () => {} })

// Carriage return, then erase the line: the next text replaces the step shown.
const REWRITE = '\r\u001b[2K'

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms / 1000)} s`
}

/**
 * The progress line of this run: live on a terminal stderr, silent in pipes and in CI.
 * `now` is a clock in milliseconds (a stand-in in tests).
 */
export function progressLine(stream: ProgressStream = process.stderr, env: NodeJS.ProcessEnv = process.env, now: () => number = () => performance.now()): Progress {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0'
  if (stream.isTTY !== true || ci) return SILENT
  const start = now()
  // stderr may be closed under us; progress is a courtesy, never a reason to fail.
  const write = (text: string): void => {
    try {
      stream.write(text)
    } catch {
      // nothing to do
    }
  }
  return {
    step: (text) => write(`${REWRITE}${text}…`),
    done: (summary) => write(`${REWRITE}${summary} in ${seconds(now() - start)}\n`),
  }
}

/** A progress line that shows nothing: the default when commands run inside a program or a test. */
export const silentProgress: Progress = SILENT
