/**
 * A real XML parser's verdict on a part: saxes with namespaces on (what ExcelJS itself parses with),
 * so an unbound prefix such as `r:id` with no `xmlns:r` in scope is an error, as it is for
 * LibreOffice, openpyxl (lxml) and Excel. Never a pattern match.
 */
import { SaxesParser } from 'saxes';

/** The first namespace or well-formedness error of `text`, or undefined when there is none. */
export function xmlProblem(text: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let problem: string | undefined;
  parser.on('error', (error) => {
    problem ??= error.message;
  });
  try {
    parser.write(text).close();
  } catch (error) {
    problem ??= error instanceof Error ? error.message : String(error);
  }
  return problem;
}

/** Every element's namespace URI and local name, with its attributes' namespace URIs and local names (for assertions). */
export function elementsOf(text: string): { uri: string; local: string; attributes: Record<string, { uri: string; value: string }> }[] {
  const parser = new SaxesParser({ xmlns: true });
  const out: { uri: string; local: string; attributes: Record<string, { uri: string; value: string }> }[] = [];
  parser.on('opentag', (tag) => {
    const attributes: Record<string, { uri: string; value: string }> = {};
    for (const a of Object.values(tag.attributes)) attributes[a.local] = { uri: a.uri, value: a.value };
    out.push({ uri: tag.uri, local: tag.local, attributes });
  });
  parser.write(text).close();
  return out;
}
