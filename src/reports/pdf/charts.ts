// Charts drawn with pdfkit's vector primitives: findings per clause and Annex A group as stacked bars, evidence
// coverage as 100% bars, and the certification cycle as a Gantt-like bar per event.
import type { CycleEvent } from '../../domain/certification/index.ts';
import { COLOUR, FONT, printable, type Doc } from './pdf-style.ts';
import type { GroupCount, GroupCoverage } from './report-figures.ts';

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

function legend(doc: Doc, x: number, y: number, items: readonly [string, string][]): void {
  let at = x;
  doc.font(FONT.regular).fontSize(8);
  for (const [label, colour] of items) {
    doc.rect(at, y, 8, 8).fill(colour);
    doc.fillColor(COLOUR.ink).text(label, at + 11, y, { lineBreak: false });
    at += 11 + doc.widthOfString(label) + 14;
  }
}

/** Findings per group as vertical bars stacked major, minor, observation; an integer axis; a legend on top. */
export function findingsChart(doc: Doc, groups: readonly GroupCount[], box: Box): void {
  // Room above the highest bar for its total and the legend.
  const top = box.y + 30;
  const bottom = box.y + box.height - 16;
  const left = box.x + 22;
  const total = (g: GroupCount) => g.bySeverity.major + g.bySeverity.minor + g.bySeverity.observation;
  const max = Math.max(1, ...groups.map(total));
  const step = Math.max(1, Math.ceil(max / 5));
  const axisMax = Math.ceil(max / step) * step;
  const scale = (bottom - top) / axisMax;
  legend(doc, left, box.y, [['Major', COLOUR.major], ['Minor', COLOUR.minor], ['Observation', COLOUR.observation]]);
  doc.font(FONT.regular).fontSize(7).fillColor(COLOUR.muted);
  for (let v = 0; v <= axisMax; v += step) {
    const y = bottom - v * scale;
    doc.moveTo(left, y).lineTo(box.x + box.width, y).lineWidth(0.4).strokeColor(COLOUR.rule).stroke();
    doc.fillColor(COLOUR.muted).text(String(v), box.x, y - 3, { width: 18, align: 'right', lineBreak: false });
  }
  const slot = (box.x + box.width - left) / groups.length;
  const barWidth = Math.min(24, slot * 0.6);
  groups.forEach((g, i) => {
    const cx = left + slot * i + slot / 2;
    let y = bottom;
    for (const [severity, colour] of [['major', COLOUR.major], ['minor', COLOUR.minor], ['observation', COLOUR.observation]] as const) {
      const h = g.bySeverity[severity] * scale;
      if (h > 0) {
        doc.rect(cx - barWidth / 2, y - h, barWidth, h).fill(colour);
        y -= h;
      }
    }
    if (total(g) > 0) doc.font(FONT.bold).fontSize(7).fillColor(COLOUR.ink).text(String(total(g)), cx - 10, y - 10, { width: 20, align: 'center', lineBreak: false });
    doc.font(FONT.regular).fontSize(7).fillColor(COLOUR.ink).text(g.group, cx - slot / 2, bottom + 4, { width: slot, align: 'center', lineBreak: false });
  });
  doc.moveTo(left, bottom).lineTo(box.x + box.width, bottom).lineWidth(0.8).strokeColor(COLOUR.ink).stroke();
}

/** One 100% bar per group: evidenced, by interview or observation, only stale, only expired, none; label on the left, the count on the right. */
export function coverageChart(doc: Doc, groups: readonly GroupCoverage[], box: Box): void {
  const labelWidth = 150;
  const countWidth = 40;
  const barLeft = box.x + labelWidth;
  const barWidth = box.width - labelWidth - countWidth;
  legend(doc, barLeft, box.y, [['Current', COLOUR.evidenced], ['By interview', COLOUR.rule], ['Only stale', COLOUR.stale], ['Only expired', COLOUR.expired], ['None', COLOUR.none]]);
  const rowHeight = Math.min(16, (box.height - 16) / Math.max(1, groups.length));
  groups.forEach((g, i) => {
    const y = box.y + 16 + i * rowHeight;
    const total = g.evidenced + g.interview + g.onlyStale + g.onlyExpired + g.noEvidence;
    const label = printable(`${g.group} ${g.title}`.trim());
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLOUR.ink).text(label, box.x, y + 2, { width: labelWidth - 6, height: rowHeight, ellipsis: true, lineBreak: false });
    let x = barLeft;
    for (const [n, colour] of [[g.evidenced, COLOUR.evidenced], [g.interview, COLOUR.rule], [g.onlyStale, COLOUR.stale], [g.onlyExpired, COLOUR.expired], [g.noEvidence, COLOUR.none]] as const) {
      if (total === 0 || n === 0) continue;
      const w = (n / total) * barWidth;
      doc.rect(x, y + 1, w, rowHeight - 4).fill(colour);
      x += w;
    }
    if (total === 0) doc.rect(barLeft, y + 1, barWidth, rowHeight - 4).lineWidth(0.5).strokeColor(COLOUR.rule).stroke();
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLOUR.ink).text(`${g.evidenced + g.interview}/${total}`, barLeft + barWidth + 4, y + 2, { width: countWidth - 4, lineBreak: false });
  });
}

const statusColour: Readonly<Record<CycleEvent['status'], string>> = {
  done: COLOUR.done, planned: COLOUR.planned, proposed: COLOUR.proposed, 'at-risk': COLOUR.atRisk, overdue: COLOUR.overdue,
};

const day = (iso: string): number => Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;

/** The cycle's events on one time axis with a tick per year quarter, a marker for the report's date, and a legend. */
export function timelineChart(doc: Doc, events: readonly CycleEvent[], asOf: string, box: Box): void {
  if (events.length === 0) return;
  const labelWidth = 170;
  const left = box.x + labelWidth;
  const width = box.width - labelWidth;
  const from = Math.min(...events.map((e) => day(e.start)), day(asOf));
  const to = Math.max(...events.map((e) => day(e.end)), day(asOf)) + 1;
  const xOf = (d: number) => left + ((d - from) / (to - from)) * width;
  legend(doc, left, box.y, [['Done', COLOUR.done], ['Planned', COLOUR.planned], ['Proposed', COLOUR.proposed], ['At risk', COLOUR.atRisk], ['Overdue', COLOUR.overdue], ['Window', COLOUR.window]]);
  const top = box.y + 30;
  const rowHeight = Math.min(16, (box.height - 44) / events.length);
  const bottom = top + rowHeight * events.length;
  const first = new Date(from * 86_400_000);
  for (let y = first.getUTCFullYear(), m = Math.floor(first.getUTCMonth() / 3) * 3; ; m += 3) {
    const tick = Date.UTC(y + Math.floor(m / 12), m % 12, 1) / 86_400_000;
    if (tick > to) break;
    if (tick < from) continue;
    const x = xOf(tick);
    const january = m % 12 === 0;
    doc.moveTo(x, top).lineTo(x, bottom).lineWidth(january ? 0.8 : 0.3).strokeColor(january ? COLOUR.muted : COLOUR.rule).stroke();
    if (january) doc.font(FONT.bold).fontSize(7).fillColor(COLOUR.muted).text(String(y + Math.floor(m / 12)), x - 15, bottom + 3, { width: 30, align: 'center', lineBreak: false });
  }
  events.forEach((e, i) => {
    const y = top + i * rowHeight;
    doc.font(FONT.regular).fontSize(7.5).fillColor(COLOUR.ink)
      .text(printable(e.title), box.x, y + 2, { width: labelWidth - 6, height: rowHeight, ellipsis: true, lineBreak: false });
    if (e.window) {
      const wx = xOf(day(e.window.from));
      doc.rect(wx, y + 3, Math.max(1, xOf(day(e.window.to) + 1) - wx), rowHeight - 6).fill(COLOUR.window);
    }
    const x = xOf(day(e.start));
    const w = Math.max(3, xOf(day(e.end) + 1) - x);
    doc.rect(x, y + 2, w, rowHeight - 4).fill(statusColour[e.status]);
  });
  const now = xOf(day(asOf));
  doc.moveTo(now, top - 2).lineTo(now, bottom).lineWidth(1).dash(2, { space: 2 }).strokeColor(COLOUR.ink).stroke().undash();
  doc.font(FONT.italic).fontSize(7).fillColor(COLOUR.ink).text(`as of ${asOf}`, now + 3, top - 11, { lineBreak: false });
}
