/**
 * manifest.xml, checked offline: well-formed, OfficeApp element order, resources, https URLs on the
 * agreed placeholder base, permissions, shared runtime, ribbon commands wired to
 * `Office.actions.associate`, icons present with their stated sizes, an en-US override for every string.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { registerRibbon } from '../../src/commands/ribbonQueue';
import { MESSAGES } from '../../src/taskpane/messages';

const ROOT = path.resolve(__dirname, '../..');
const XML = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
const PLACEHOLDER_BASE = 'https://localhost:3000/';

/** A parsed element: its name, attributes (without prefix) and children in document order. */
interface El {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: readonly El[];
  readonly text: string;
}

function toEl(raw: Record<string, unknown>): El | undefined {
  const name = Object.keys(raw).find((k) => k !== ':@');
  if (name === undefined || name === '#text' || name === '#comment' || name === '?xml') return undefined;
  const rawAttrs = (raw[':@'] ?? {}) as Record<string, unknown>;
  const attrs = Object.fromEntries(Object.entries(rawAttrs).map(([k, v]) => [k.replace(/^@_/, ''), String(v)]));
  const kids = (raw[name] ?? []) as Record<string, unknown>[];
  const text = kids
    .map((k) => k['#text'])
    .filter((t) => t !== undefined)
    .join('');
  return { name, attrs, children: kids.map(toEl).filter((e): e is El => e !== undefined), text: String(text).trim() };
}

function parse(): El {
  const parser = new XMLParser({ ignoreAttributes: false, preserveOrder: true, attributeNamePrefix: '@_', parseTagValue: false, parseAttributeValue: false, commentPropName: '#comment' });
  const doc = parser.parse(XML) as Record<string, unknown>[];
  const root = doc.map(toEl).find((e) => e?.name === 'OfficeApp');
  if (!root) throw new Error('no OfficeApp element');
  return root;
}

function all(el: El, out: El[] = []): El[] {
  out.push(el);
  for (const c of el.children) all(c, out);
  return out;
}

function child(el: El, name: string): El | undefined {
  return el.children.find((c) => c.name === name);
}

const root = parse();
const elements = all(root);

function resources(kind: 'bt:Image' | 'bt:Url' | 'bt:String'): El[] {
  return elements.filter((e) => e.name === kind && e.attrs['id'] !== undefined);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  expect(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe(true);
  expect(bytes.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(XMLValidator.validate(XML)).toBe(true);
  });

  it('orders the top-level elements as the OfficeApp schema requires', () => {
    const schemaOrder = [
      'Id',
      'AlternateId',
      'Version',
      'ProviderName',
      'DefaultLocale',
      'DisplayName',
      'Description',
      'IconUrl',
      'HighResolutionIconUrl',
      'SupportUrl',
      'AppDomains',
      'Hosts',
      'Requirements',
      'DefaultSettings',
      'Permissions',
      'VersionOverrides',
    ];
    const names = root.children.map((c) => c.name);
    for (const name of names) expect(schemaOrder).toContain(name);
    const positions = names.map((n) => schemaOrder.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides']) {
      expect(names).toContain(required);
    }
    expect(root.attrs['xsi:type']).toBe('TaskPaneApp');
  });

  it('has a fixed GUID, zh-CN as default locale, the Workbook host and ReadWriteDocument', () => {
    expect(child(root, 'Id')?.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(child(root, 'Version')?.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(root, 'DefaultLocale')?.text).toBe('zh-CN');
    expect(child(root, 'Hosts')?.children.map((h) => h.attrs['Name'])).toEqual(['Workbook']);
    expect(child(root, 'Permissions')?.text).toBe('ReadWriteDocument');
  });

  it('requires the shared runtime and the ExcelApi minimum the office host relies on', () => {
    const sets = elements.filter((e) => e.name === 'Set');
    expect(sets.find((s) => s.attrs['Name'] === 'SharedRuntime')?.attrs['MinVersion']).toBe('1.1');
    expect(sets.find((s) => s.attrs['Name'] === 'ExcelApi')?.attrs['MinVersion']).toBe('1.7');
    const runtime = elements.find((e) => e.name === 'Runtime');
    expect(runtime?.attrs).toMatchObject({ resid: 'Taskpane.Url', lifetime: 'long' });
    // Shared runtime: the function file and the task pane are the same page.
    expect(elements.find((e) => e.name === 'FunctionFile')?.attrs['resid']).toBe('Taskpane.Url');
    const showTaskpane = elements.find((e) => e.name === 'Action' && e.attrs['xsi:type'] === 'ShowTaskpane');
    expect(showTaskpane && child(showTaskpane, 'SourceLocation')?.attrs['resid']).toBe('Taskpane.Url');
  });

  it('resolves every resid to a resource and keeps resource ids within 32 characters', () => {
    const ids = new Set([...resources('bt:Image'), ...resources('bt:Url'), ...resources('bt:String')].map((e) => e.attrs['id']));
    const resids = elements.map((e) => e.attrs['resid']).filter((r): r is string => r !== undefined);
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of resids) expect(ids).toContain(resid);
    for (const id of ids) expect((id ?? '').length).toBeLessThanOrEqual(32);
    const list = [...resources('bt:Image'), ...resources('bt:Url'), ...resources('bt:String')].map((e) => e.attrs['id']);
    expect(new Set(list).size).toBe(list.length);
  });

  it('puts the ribbon group 绩效评价 on the Home tab with 打开助手, 计算并写入 (the pane’s name for the same action) and 校验', () => {
    const label = (resid: string | undefined): string | undefined => resources('bt:String').find((s) => s.attrs['id'] === resid)?.attrs['DefaultValue'];
    const tab = elements.find((e) => e.name === 'OfficeTab');
    expect(tab?.attrs['id']).toBe('TabHome');
    const group = tab && child(tab, 'Group');
    expect(label(group && child(group, 'Label')?.attrs['resid'])).toBe('绩效评价');
    const controls = (group?.children ?? []).filter((c) => c.name === 'Control');
    const summary = controls.map((c) => {
      const action = child(c, 'Action');
      return [label(child(c, 'Label')?.attrs['resid']), action?.attrs['xsi:type'], action && child(action, 'FunctionName')?.text];
    });
    expect(summary).toEqual([
      ['打开助手', 'ShowTaskpane', undefined],
      ['计算并写入', 'ExecuteFunction', 'recompute'],
      ['校验', 'ExecuteFunction', 'validate'],
    ]);
  });

  it('gives the ribbon’s buttons the pane’s names for the same actions, in both languages (one name for one action)', () => {
    const string = (id: string) => resources('bt:String').find((s) => s.attrs['id'] === id);
    const override = (id: string) => string(id)?.children.find((c) => c.name === 'bt:Override' && c.attrs['Locale'] === 'en-US')?.attrs['Value'];
    for (const [id, action] of [
      ['Recompute.Label', 'recompute'],
      ['Validate.Label', 'validate'],
    ] as const) {
      expect(string(id)?.attrs['DefaultValue']).toBe(MESSAGES['zh-CN'][action]);
      expect(override(id)).toBe(MESSAGES['en-US'][action]);
    }
  });

  it('names its AppDomain as an origin: no path, no trailing slash (the manifest reference)', () => {
    const domains = child(root, 'AppDomains')?.children.map((d) => d.text) ?? [];
    expect(domains).toEqual([new URL(PLACEHOLDER_BASE).origin]);
  });

  it('uses https on the agreed placeholder base for every URL', () => {
    const withoutDomains = XML.replace(/<AppDomain>[^<]*<\/AppDomain>/g, '');
    const urls = [...withoutDomains.matchAll(/\b[a-z]+:\/\/[^"<\s]+/gi)].map((m) => m[0]).filter((u) => !u.startsWith('http://schemas.microsoft.com/') && !u.startsWith('http://www.w3.org/'));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(url.startsWith('https://')).toBe(true);
      expect(url.startsWith(PLACEHOLDER_BASE)).toBe(true);
    }
    expect(child(root, 'DefaultSettings') && child(child(root, 'DefaultSettings') as El, 'SourceLocation')?.attrs['DefaultValue']).toBe(`${PLACEHOLDER_BASE}taskpane.html`);
  });

  it('wires every FunctionName to an Office.actions.associate call of the ribbon\'s first script', () => {
    const names = elements.filter((e) => e.name === 'FunctionName').map((e) => e.text);
    expect(names).toEqual(['recompute', 'validate']);
    const associated: string[] = [];
    Object.assign(globalThis, { Office: { actions: { associate: (name: string) => associated.push(name) } } });
    try {
      expect(registerRibbon()).toBe(true);
    } finally {
      Reflect.deleteProperty(globalThis, 'Office');
    }
    expect(associated).toEqual(names);
  });

  it('points at icon files that exist with the stated sizes', () => {
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    const iconUrls = [...XML.matchAll(/assets\/icon-(\d+)\.png/g)];
    expect(iconUrls.length).toBeGreaterThan(0);
    for (const m of iconUrls) {
      const size = Number(m[1]);
      expect(pngSize(path.join(ROOT, 'assets', `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
    for (const image of resources('bt:Image')) {
      const size = /icon-(\d+)\.png$/.exec(image.attrs['DefaultValue'] ?? '')?.[1];
      expect(image.attrs['id']).toBe(`Icon.${size}x${size}`);
    }
    for (const ref of elements.filter((e) => e.name === 'bt:Image' && e.attrs['resid'] !== undefined)) {
      expect(ref.attrs['resid']).toBe(`Icon.${ref.attrs['size']}x${ref.attrs['size']}`);
    }
    expect(pngSize(path.join(ROOT, 'assets', 'icon-32.png')).width).toBe(Number(/icon-(\d+)/.exec(child(root, 'IconUrl')?.attrs['DefaultValue'] ?? '')?.[1]));
    expect(pngSize(path.join(ROOT, 'assets', 'icon-64.png')).width).toBe(Number(/icon-(\d+)/.exec(child(root, 'HighResolutionIconUrl')?.attrs['DefaultValue'] ?? '')?.[1]));
  });

  it('has an en-US override for every string', () => {
    const localizable = [child(root, 'DisplayName'), child(root, 'Description'), ...resources('bt:String')];
    expect(localizable.length).toBeGreaterThan(5);
    for (const el of localizable) {
      expect(el).toBeDefined();
      const override = el?.children.find((c) => (c.name === 'Override' || c.name === 'bt:Override') && c.attrs['Locale'] === 'en-US');
      expect(override?.attrs['Value']).toBeTruthy();
      expect(el?.attrs['DefaultValue']).toBeTruthy();
    }
    for (const s of resources('bt:String')) {
      const inShort = elements.find((e) => e.name === 'bt:ShortStrings')?.children.includes(s) ?? false;
      const limit = inShort ? 125 : 250;
      expect((s.attrs['DefaultValue'] ?? '').length).toBeLessThanOrEqual(limit);
      for (const o of s.children) expect((o.attrs['Value'] ?? '').length).toBeLessThanOrEqual(limit);
    }
  });
});
