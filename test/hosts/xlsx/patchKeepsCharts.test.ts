/**
 * What the command line promises (README, "How the output file is made"): a chart in the input reaches
 * the output exactly as it was. The seed gets a chart on its indicator sheet — drawing, chart part, the
 * relationships and content types Excel writes for one — and is recomputed. The patching writer copies
 * every one of those parts byte for byte; ExcelJS, which does not understand charts, drops them.
 */
import { rebuildZip, recomputeWith, seedBytes, entryMap } from './patchKit';

const SHEET = 'xl/worksheets/sheet3.xml';
const DRAWING = 'xl/drawings/drawing1.xml';
const CHART = 'xl/charts/chart1.xml';
const CHART_PARTS = [DRAWING, CHART, 'xl/worksheets/_rels/sheet3.xml.rels', 'xl/drawings/_rels/drawing1.xml.rels'];

const drawingXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
  '<xdr:twoCellAnchor><xdr:from><xdr:col>7</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
  '<xdr:to><xdr:col>14</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
  '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
  '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">' +
  '<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>' +
  '</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>';
const chartXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart><c:plotArea><c:layout/>' +
  '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:ser><c:idx val="0"/><c:order val="0"/>' +
  "<c:val><c:numRef><c:f>'绩效指标（调整后）'!$F$3:$F$8</c:f></c:numRef></c:val></c:ser><c:axId val=\"1\"/><c:axId val=\"2\"/></c:barChart>" +
  '</c:plotArea></c:chart></c:chartSpace>';
const rel = (type: string, target: string): string =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"/></Relationships>`;

async function seedWithChart(): Promise<Buffer> {
  return rebuildZip(
    await seedBytes(),
    (name, text) => {
      if (name === SHEET) return text.replace('</worksheet>', '<drawing r:id="rId1"/></worksheet>');
      if (name === '[Content_Types].xml')
        return text.replace(
          '</Types>',
          '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
            '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
        );
      return undefined;
    },
    [
      { name: DRAWING, content: drawingXml },
      { name: CHART, content: chartXml },
      { name: 'xl/worksheets/_rels/sheet3.xml.rels', content: rel('drawing', '../drawings/drawing1.xml') },
      { name: 'xl/drawings/_rels/drawing1.xml.rels', content: rel('chart', '../charts/chart1.xml') },
    ],
  );
}

describe('a chart on an input sheet', () => {
  it('reaches the patched output byte for byte, with the sheet that shows it', async () => {
    const input = await seedWithChart();
    const saved = await recomputeWith(input);
    expect(saved.mode).toBe('patch');
    const before = entryMap(input);
    const after = entryMap(saved.bytes);
    for (const name of [...CHART_PARTS, SHEET]) {
      const original = before.get(name);
      expect(original).toBeDefined();
      expect(after.get(name)?.data.equals(original?.data ?? Buffer.alloc(0))).toBe(true);
    }
  });

  it('is lost by the ExcelJS writer, which is why the patching writer is the default', async () => {
    const saved = await recomputeWith(await seedWithChart(), true);
    expect(saved.mode).toBe('exceljs');
    expect(entryMap(saved.bytes).has(CHART)).toBe(false);
  });
});
