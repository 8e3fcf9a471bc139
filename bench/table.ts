/**
 * The results as a Markdown table (printed, and pasted into the README): each
 * figure at every size, with its ratio to the floor measured in the same run.
 * Times compare with the floor's time (for one request: its time per article),
 * memory with the floor's peak RSS.
 */
import type { BenchResults, SizeResult } from './run';
import { DETECTORS } from './detectors';
import { REQUEST_KINDS } from './protocol';

interface Row {
  readonly label: string;
  readonly value: (size: SizeResult) => string;
  readonly ratio: (size: SizeResult) => number | undefined;
  readonly target?: string;
}

const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);
const perArticleFloor = (size: SizeResult) => size.floor.ms / size.articles;
const TARGETS: Record<string, string> = { hover: 'p99 < 10 ms', definition: 'p99 < 20 ms' };

const ROWS: Row[] = [
  { label: 'corpus', value: (s) => `${s.articles.toLocaleString('en')} articles, ${s.megabytes.toFixed(1)} MB`, ratio: () => undefined },
  { label: 'floor: read files + split into words', value: (s) => `${ms(s.floor.ms)}, ${s.floor.peakRssMb.toFixed(0)} MB`, ratio: () => 1 },
  { label: 'initialize → all diagnostics', value: (s) => ms(s.server.diagnosticsMs), ratio: (s) => s.server.diagnosticsMs / s.floor.ms, target: '< 15 s' },
  { label: 'server peak RSS', value: (s) => `${s.server.peakRssMb.toFixed(0)} MB`, ratio: (s) => s.server.peakRssMb / s.floor.peakRssMb, target: '< 1 GB' },
  {
    label: 'request while indexing: p99 / max wait',
    value: (s) => `${ms(s.server.duringIndexing.p99)} / ${ms(s.server.duringIndexing.max)}`,
    ratio: (s) => s.server.duringIndexing.max / perArticleFloor(s),
    target: 'max < 50 ms',
  },
  ...REQUEST_KINDS.map((kind): Row => ({
    label: `${kind} p50 / p99 (${kind === 'documentSymbol' ? 'answered' : 'found'})`,
    value: (s) => `${ms(s.server.requests[kind].p50)} / ${ms(s.server.requests[kind].p99)} (${Math.round((100 * s.server.requests[kind].answered) / s.server.requests[kind].count)}%)`,
    ratio: (s) => s.server.requests[kind].p99 / perArticleFloor(s),
    target: TARGETS[kind],
  })),
  {
    label: 'edit → diagnostics p50 / p99',
    value: (s) => `${ms(s.server.edit.p50)} / ${ms(s.server.edit.p99)}`,
    ratio: (s) => s.server.edit.p99 / perArticleFloor(s),
    target: 'p99 < 50 ms',
  },
  {
    label: 'CLI check --format json',
    value: (s) => (s.cli ? `${ms(s.cli.ms)}, ${s.cli.mbPerSecond.toFixed(2)} MB/s, ${s.cli.peakRssMb.toFixed(0)} MB` : 'not run'),
    ratio: (s) => (s.cli ? s.cli.ms / s.floor.ms : undefined),
  },
  ...DETECTORS.map((name): Row => ({
    label: `core: ${name} per 10 KB`,
    value: (s) => ms(s.detectors.msPer10KB[name]),
    ratio: (s) => s.detectors.msPer10KB[name] / ((s.floor.ms / (s.megabytes * 1e6)) * 10_240),
  })),
];

const ratio = (value: number | undefined) => (value === undefined ? '' : value >= 100 ? `${value.toFixed(0)}×` : `${value.toFixed(1)}×`);

export function formatTable(results: BenchResults): string {
  const { machine } = results;
  const header = ['figure', ...results.sizes.flatMap((s) => [`${s.articles.toLocaleString('en')}`, '× floor']), 'target (10,000)'];
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.date.slice(0, 10)} (generator v${results.generator.version}, seed ${results.generator.seed}).`,
    '',
    `| ${header.join(' | ')} |`,
    `|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`,
    ...ROWS.map((row) => `| ${[row.label, ...results.sizes.flatMap((s) => [row.value(s), ratio(row.ratio(s))]), row.target ?? ''].join(' | ')} |`),
  ];
  for (const size of results.sizes) {
    if (size.server.eventLoop) lines.push('', `${size.articles.toLocaleString('en')} articles, ${size.server.eventLoop}.`);
  }
  if (results.scaling) {
    const { from, to, diagnostics, floor } = results.scaling;
    lines.push('', `Scaling ${from.toLocaleString('en')} → ${to.toLocaleString('en')} articles: initialize → all diagnostics ×${diagnostics.toFixed(1)} (floor ×${floor.toFixed(1)}; target ≤ 12).`);
  }
  return lines.join('\n');
}
