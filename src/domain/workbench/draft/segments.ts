/**
 * Writing draft paragraphs: a small builder whose every number goes through `num` (with its source)
 * and every copied text through `cell`, so the rule "no invented fact" is kept by construction.
 */
import type { CellRef } from '../../model';
import { roundHalfUp } from '../../scoring/rounding';
import { groupedFixed2 } from '../coverage';
import { amountText } from '../../output/amounts';
import { BLANK, type NameKind, type DraftParagraph, type DraftSegment, type FactPath, type NumberSource, type NumberStyle } from './draftTypes';
import { resolveSource, type DraftFacts } from './facts';


export function formatNumber(value: number, style: NumberStyle): string {
  switch (style) {
    case 'fixed2':
      return roundHalfUp(value, 2).toFixed(2);
    case 'points':
      return String(roundHalfUp(value, 2));
    case 'wan':
      // `120`, `75.6441`, `0.5`: as the forms print it (exact to the 元).
      return amountText(value);
    case 'yuan':
      return groupedFixed2(value);
    case 'percent2':
      return `${roundHalfUp(value * 100, 2).toFixed(2)}%`;
    case 'share1':
      return `${roundHalfUp(value * 100, 1).toFixed(1)}%`;
    case 'integer':
      return String(Math.round(value));
    case 'gap': {
      const points = roundHalfUp(value, 2);
      return `${points > 0 ? '+' : ''}${points.toFixed(2)}`;
    }
  }
}

/** `2021-07-31` → `2021年7月31日`. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

const DIGIT = /[0-9０-９]/u;

export class Para {
  private readonly segments: DraftSegment[] = [];

  constructor(private readonly facts: DraftFacts) {}

  /** The draft's own words; a digit here is a programming error (numbers go through num). */
  t(text: string): this {
    if (DIGIT.test(text)) throw new Error(`Draft wording with a digit: ${text}`);
    if (text !== '') this.segments.push({ kind: 'text', text });
    return this;
  }

  /** Text copied from a cell; a blank (with `what` to fill) when the text is empty or the cell unknown. */
  cell(text: string | undefined, cell: CellRef | undefined, what?: string): this {
    const clean = text?.trim() ?? '';
    if (clean === '' || !cell) return this.blank(what);
    this.segments.push({ kind: 'cell', text: clean, cell });
    return this;
  }

  /** A number from the facts; a blank when the source gives none. */
  num(source: NumberSource, style: NumberStyle, cells: readonly (CellRef | undefined)[] = [], what?: string): this {
    const value = resolveSource(this.facts, source);
    if (value === undefined) return this.blank(what);
    const refs = cells.filter((c): c is CellRef => c !== undefined);
    this.segments.push({ kind: 'number', text: formatNumber(value, style), value, style, source, cells: refs });
    return this;
  }

  /** Shorthand: the value at a path. */
  val(path: FactPath, style: NumberStyle, cells: readonly (CellRef | undefined)[] = [], what?: string): this {
    return this.num({ kind: 'value', path }, style, cells, what);
  }

  date(iso: string | undefined, path: FactPath, cells: readonly (CellRef | undefined)[] = [], what?: string): this {
    if (!iso) return this.blank(what);
    const refs = cells.filter((c): c is CellRef => c !== undefined);
    this.segments.push({ kind: 'date', text: chineseDate(iso), iso, path, cells: refs });
    return this;
  }

  /** A sheet name, a 一级/二级 label or a unit word of the workbook. */
  name(text: string, of: NameKind): this {
    if (text !== '') this.segments.push({ kind: 'name', text, of });
    return this;
  }

  /** `【请补充】` or `【请补充：偏差原因】`. */
  blank(what?: string): this {
    if (what !== undefined && DIGIT.test(what)) throw new Error(`Draft wording with a digit: ${what}`);
    this.segments.push({ kind: 'blank', text: what ? `【请补充：${what}】` : BLANK });
    return this;
  }

  /** Appends another paragraph's segments (lists built item by item). */
  add(other: DraftParagraph): this {
    this.segments.push(...other);
    return this;
  }

  get isEmpty(): boolean {
    return this.segments.length === 0;
  }

  done(): DraftParagraph {
    return [...this.segments];
  }
}

/** Joins item paragraphs with `、` (or another separator). */
export function joined(facts: DraftFacts, items: readonly DraftParagraph[], separator = '、'): DraftParagraph {
  const p = new Para(facts);
  items.forEach((item, i) => {
    if (i > 0) p.t(separator);
    p.add(item);
  });
  return p.done();
}

/** Up to `max` items joined with `、`, then `等` when some were left out. */
export function listed(facts: DraftFacts, items: readonly DraftParagraph[], max: number): DraftParagraph {
  const shown = joined(facts, items.slice(0, max));
  return items.length > max ? new Para(facts).add(shown).t('等').done() : shown;
}

/** The plain text of segments. */
export function segmentText(paragraph: DraftParagraph): string {
  return paragraph.map((s) => s.text).join('');
}
