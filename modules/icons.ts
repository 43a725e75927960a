import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { defineWxtModule } from 'wxt/modules';

/** Manifest icon sizes (the Chrome Web Store needs 128; the toolbar uses 16 and 32). */
export const ICON_SIZES = [16, 32, 48, 128] as const;
/** Toolbar sizes of the grey icon lib/background/badge.ts shows on pages LeadFit does not read. */
export const GREY_ICON_SIZES = [16, 32] as const;

const ACCENT = '#0a66c2';
const CHECK = '#1a7f37';

/**
 * The icons are generated from one SVG (assets/icon.svg) at every build, so the repository holds
 * no binary that can drift from its source. `icon-N.png` at the output root is the name WXT
 * looks for to fill the manifest's `icons` and `action.default_icon`; `icon-grey-N.png` is the
 * grey twin for `action.setIcon` (a name WXT does not pick up as a manifest icon).
 * resvg renders SVG without a browser or system libraries (a prebuilt binary from npm).
 */
export function renderIcons(svg: string): Array<{ relativeDest: string; contents: Buffer }> {
  const grey = svg.replaceAll(ACCENT, '#8c959f').replaceAll(CHECK, '#57606a');
  const render = (source: string, size: number) => Buffer.from(new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng());
  return [
    ...ICON_SIZES.map((size) => ({ relativeDest: `icon-${size}.png`, contents: render(svg, size) })),
    ...GREY_ICON_SIZES.map((size) => ({ relativeDest: `icon-grey-${size}.png`, contents: render(grey, size) })),
  ];
}

export default defineWxtModule({
  name: 'leadfit-icons',
  setup(wxt) {
    wxt.hook('build:publicAssets', (_wxt, files) => {
      const svg = readFileSync(resolve(wxt.config.root, 'assets/icon.svg'), 'utf8');
      // WXT types `contents` as a string but writes it with fs.writeFile, which takes a Buffer as is.
      files.push(...renderIcons(svg).map((f) => ({ relativeDest: f.relativeDest, contents: f.contents as unknown as string })));
    });
  },
});
