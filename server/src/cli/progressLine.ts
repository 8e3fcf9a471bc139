/**
 * A single self-overwriting progress line on stderr for long runs, shown only
 * when stderr is a terminal so that logs and pipes stay clean.
 */
const MIN_FILES_FOR_PROGRESS = 20;
const REDRAW_INTERVAL_MS = 100;

export class ProgressLine {
  private done = 0;
  private lastDrawn = 0;
  private readonly enabled: boolean;

  constructor(private readonly io: { stderr: (text: string) => void; stderrIsTerminal: boolean }, private readonly total: number) {
    this.enabled = io.stderrIsTerminal && total >= MIN_FILES_FOR_PROGRESS;
  }

  advance(): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDrawn < REDRAW_INTERVAL_MS && this.done < this.total) return;
    this.lastDrawn = now;
    this.io.stderr(`\rsource-lens: checked ${this.done}/${this.total} files`);
  }

  clear(): void {
    if (this.enabled) this.io.stderr('\r\x1b[K');
  }
}
