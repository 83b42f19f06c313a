/**
 * The documentation site as a reader gets it: TypeDoc builds it (into a temporary folder, so
 * `docs/site/` is never touched) without a single warning, and headless Chromium opens the
 * getting-started guide and finds the timeline and the map drawn; the API reference leads with
 * what a user calls (the typed overload first, record types linked, not expanded) and the index
 * page has one title. The pictures, the committed ones and the same renderers' at four times the
 * events, are laid out by Chromium with its own fonts and no two texts may overlap. Screenshots are
 * saved to `.tmp/docs-*screenshot.png` for a human to look at.
 *
 * The browser comes from the npm registry: `@sparticuz/chromium` ships a headless Chromium that
 * needs no system libraries, unpacked on first use into the system temporary folder, and
 * `playwright-core` drives it. `npm ci` is all the set-up.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import headlessChromium from '@sparticuz/chromium'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { naturalEarthBasemap } from '../../scripts/lib/natural-earth-basemap.js'
import { ROOT } from '../../scripts/lib/paths.js'
import { dataset } from '../../src/data/index.js'
import { grownDataset } from '../../src/render/grown-dataset.test-support.js'
import { renderMapSvg } from '../../src/render/render-map-svg.js'
import { renderTimelineSvg } from '../../src/render/render-timeline-svg.js'

const SCREENSHOT = join(ROOT, '.tmp', 'docs-screenshot.png')

let out = ''
let build: { status: number | null; output: string }
let browser: Browser | undefined

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'syria-counter-isis-docs-'))
  const typedoc = spawnSync(join(ROOT, 'node_modules', '.bin', 'typedoc'), ['--out', out], { cwd: ROOT, encoding: 'utf8' })
  // TypeDoc colours its log on a terminal only, but strip colours in case FORCE_COLOR is set.
  build = { status: typedoc.status, output: `${typedoc.stdout}${typedoc.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') }
}, 240_000)

afterAll(async () => {
  await browser?.close()
  if (out) rmSync(out, { recursive: true, force: true })
})

// The little of the DOM the page checks use (the project's TypeScript has no DOM library).
interface PageElement {
  readonly textContent: string
  getBBox(): { readonly x: number; readonly y: number; readonly width: number; readonly height: number }
  querySelectorAll(selector: string): ArrayLike<PageElement>
  readonly complete: boolean
  readonly naturalWidth: number
  readonly naturalHeight: number
  readonly alt: string
  getAttribute(name: string): string | null
  getBoundingClientRect(): { readonly width: number }
}
interface PageDocument {
  readonly images: ArrayLike<PageElement>
  readonly body: { readonly style: { readonly display: string } }
  querySelectorAll(selector: string): ArrayLike<PageElement>
}
type PageGlobal = { readonly document: PageDocument }

async function launch(): Promise<Browser> {
  browser ??= await chromium.launch({
    executablePath: await headlessChromium.executablePath(),
    // The package's own flags, plus those that keep Chromium off a closed network.
    args: [...headlessChromium.args, '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  return browser
}

/** Opens a page of the built site in headless Chromium, once TypeDoc's script has set it up. */
async function openPage(path: string) {
  const page = await (await launch()).newPage({ viewport: { width: 1280, height: 900 } })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(pathToFileURL(join(out, path)).href, { waitUntil: 'load' })
  // TypeDoc hides the body until its script has set the page up.
  await page.waitForFunction(() => (globalThis as unknown as PageGlobal).document.body.style.display !== 'none', undefined, { timeout: 10_000 })
  return { page, errors }
}

function countOf(svg: string, attribute: string): number {
  return svg.split(`${attribute}="`).length - 1
}

describe('the documentation site', () => {
  it('builds without warnings or errors', () => {
    expect(build.output).not.toMatch(/\[(warning|error)\]/)
    expect(build.status, build.output).toBe(0)
  })

  it('has every guide as a page, and the pictures the guides link to', () => {
    expect(build.status, 'the docs build failed: see the test above').toBe(0)
    const pages = readdirSync(join(out, 'documents'))
    expect(pages).toEqual(expect.arrayContaining(['Getting_started.html', 'The_data_model.html', 'Querying_and_timelines.html', 'Contributing.html']))
    // CONTRIBUTING is a page of the site, not a raw file copied into media/.
    expect(readdirSync(join(out, 'media')).filter((f) => /contributing/i.test(f))).toEqual([])
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/href="documents\/Contributing\.html"/)
    // The map is drawn over Natural Earth outlines, credited in the picture.
    const map = readFileSync(join(out, 'media', 'map.svg'), 'utf8')
    expect(map).toContain('data-country="LB"')
    expect(map).toContain('Natural Earth 1:50m (public domain)')
    // TypeDoc copies linked media byte for byte: the site shows the committed pictures.
    expect(readFileSync(join(out, 'media', 'timeline.svg'), 'utf8')).toBe(readFileSync(join(ROOT, 'docs', 'assets', 'timeline.svg'), 'utf8'))
    expect(readFileSync(join(out, 'media', 'map.svg'), 'utf8')).toBe(readFileSync(join(ROOT, 'docs', 'assets', 'map.svg'), 'utf8'))
    expect(countOf(readFileSync(join(out, 'media', 'timeline.svg'), 'utf8'), 'data-operation')).toBe(dataset.operations.length)
    // Every place with coordinates is plotted, or listed as outside the map's extent.
    const mapSvg = readFileSync(join(out, 'media', 'map.svg'), 'utf8')
    expect(countOf(mapSvg, 'data-location') + countOf(mapSvg, 'data-outside')).toBe(dataset.locations.filter((l) => l.coordinates).length)
  })

  it('shows the timeline and the map rendered in the getting-started page, in Chromium', async () => {
    expect(build.status, 'the docs build failed: see the first test').toBe(0)
    const { page, errors } = await openPage('documents/Getting_started.html')
    await page.waitForFunction(() => Array.from((globalThis as unknown as PageGlobal).document.images).every((img) => img.complete), undefined, { timeout: 10_000 })

    const images = await page.evaluate(() =>
      Array.from((globalThis as unknown as PageGlobal).document.querySelectorAll('.col-content img')).map((img) => {
        const box = img.getBoundingClientRect()
        return { src: img.getAttribute('src'), alt: img.alt, naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight, shownWidth: box.width }
      }),
    )
    const timeline = images.find((img) => img.src?.endsWith('/timeline.svg'))
    const map = images.find((img) => img.src?.endsWith('/map.svg'))
    expect(timeline, JSON.stringify(images)).toBeDefined()
    expect(map, JSON.stringify(images)).toBeDefined()
    for (const img of [timeline!, map!]) {
      // The picture's own size, as its <svg> element declares it: the image was decoded.
      const declared = /<svg [^>]*width="(\d+)"/.exec(readFileSync(join(out, 'media', img.src!.split('/').pop()!), 'utf8'))?.[1]
      expect(img.naturalWidth, img.src!).toBe(Number(declared))
      expect(img.naturalHeight, img.src!).toBeGreaterThan(300)
      expect(img.shownWidth, img.src!).toBeGreaterThan(0)
      expect(img.alt, img.src!).not.toBe('')
    }
    expect(await page.title()).toContain('Getting started')
    expect(errors).toEqual([])

    mkdirSync(join(ROOT, '.tmp'), { recursive: true })
    await page.screenshot({ path: SCREENSHOT, fullPage: true })
    expect(existsSync(SCREENSHOT)).toBe(true)
  }, 60_000)

  it('lays the pictures out without two texts overlapping, in Chromium, as committed and at four times the events', async () => {
    const grown = grownDataset()
    const pictures: [string, string][] = [
      ['timeline', readFileSync(join(ROOT, 'docs', 'assets', 'timeline.svg'), 'utf8')],
      ['map', readFileSync(join(ROOT, 'docs', 'assets', 'map.svg'), 'utf8')],
      ['timeline-3x', renderTimelineSvg(grown)],
      ['map-3x', renderMapSvg(grown, { basemap: naturalEarthBasemap(grown) })],
    ]
    mkdirSync(join(ROOT, '.tmp'), { recursive: true })
    for (const [name, svg] of pictures) {
      const page = await (await launch()).newPage({ viewport: { width: 800, height: 600 } })
      await page.setContent(`<!doctype html><body style="margin:0">${svg}</body>`)
      // Chromium's own boxes, with the fonts it has: the renderers' width estimates are only estimates.
      const boxes = await page.evaluate(() =>
        Array.from((globalThis as unknown as PageGlobal).document.querySelectorAll('svg text'))
          .filter((text) => text.textContent.trim() !== '')
          .map((text) => {
            const box = text.getBBox()
            return { text: text.textContent, left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height }
          }),
      )
      const overlaps = boxes.flatMap((a, i) =>
        boxes.slice(i + 1).filter((b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5).map((b) => `${a.text} / ${b.text}`),
      )
      expect(boxes.length, name).toBeGreaterThan(40)
      expect(overlaps, name).toEqual([])
      const width = Number(/<svg [^>]*width="(\d+)"/.exec(svg)?.[1])
      expect(boxes.filter((b) => b.left < 0 || b.right > width).map((b) => b.text), name).toEqual([])
      // No page.close(): the packaged Chromium runs as one process, and closing a page can end it.
      await page.screenshot({ path: join(ROOT, '.tmp', `docs-${name}-screenshot.png`), fullPage: true })
    }
  }, 60_000)

  it('leads the API reference with what a user calls: the typed overload first, record types linked, in Chromium', async () => {
    expect(build.status, 'the docs build failed: see the first test').toBe(0)
    const { page, errors } = await openPage('functions/syria-counter-isis.getActor.html')
    const signatures = await page.evaluate(() =>
      Array.from((globalThis as unknown as PageGlobal).document.querySelectorAll('.col-content .tsd-signature')).map((sig) => ({
        text: sig.textContent.replace(/\s+/g, ' ').trim(),
        links: Array.from(sig.querySelectorAll('a.tsd-signature-type')).map((a) => a.textContent),
      })),
    )
    // The form with the shipped dataset and a typed id comes first; the explicit-dataset form after.
    expect(signatures.map((s) => s.text)).toEqual([
      'getActor(id: ActorId, dataset?: IndexedDataset): ShippedActor | undefined',
      'getActor(id: string, dataset: IndexedDataset): Actor | undefined',
    ])
    // The record types are links to their own pages, not their properties spelled out in the signature.
    expect(signatures[0]?.links).toEqual(['ActorId', 'IndexedDataset', 'ShippedActor'])
    expect(signatures[1]?.links).toEqual(['IndexedDataset', 'Actor'])
    expect(errors).toEqual([])
    mkdirSync(join(ROOT, '.tmp'), { recursive: true })
    await page.screenshot({ path: join(ROOT, '.tmp', 'docs-getActor-screenshot.png'), fullPage: true })
  }, 60_000)

  it('shows no record type expanded in any signature or property of the API reference', () => {
    expect(build.status, 'the docs build failed: see the first test').toBe(0)
    // Every record carries evidence, whose span has a `utf16` pair: an expanded record shows it
    // nested in an object literal (`{ source: string; ...; utf16: { start: number; ... } }`).
    const pages = ['functions', 'interfaces'].flatMap((dir) => readdirSync(join(out, dir)).map((f) => join(dir, f)))
    expect(pages.length).toBeGreaterThan(50)
    const expanded = pages.filter((path) => {
      const html = readFileSync(join(out, path), 'utf8')
      const signatures = html.match(/<div class="tsd-signature[\s\S]*?<\/div>/g) ?? []
      // An interface page opens with the interface's own declaration: its members, rightly spelled out.
      const texts = signatures.map((sig) => sig.replace(/<[^>]+>/g, '')).filter((text) => !text.startsWith('interface '))
      return texts.some((text) => /\{[^{}]*\butf16: \{/.test(text))
    })
    expect(expanded).toEqual([])
    // The overloaded helpers all open with the form a user calls: the one with the example.
    for (const name of ['getLocation', 'getOperation', 'getQuote', 'getSource', 'filterOperations', 'buildTimeline', 'locate']) {
      const html = readFileSync(join(out, 'functions', `syria-counter-isis.${name}.html`), 'utf8')
      const first = /<div class="tsd-signature[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? ''
      expect(first.replace(/<[^>]+>/g, ''), name).not.toMatch(/dataset: IndexedDataset/)
    }
  })

  it('titles the index page once, in Chromium', async () => {
    expect(build.status, 'the docs build failed: see the first test').toBe(0)
    const { page, errors } = await openPage('index.html')
    const headings = await page.evaluate(() =>
      Array.from((globalThis as unknown as PageGlobal).document.querySelectorAll('h1')).map((h) => h.textContent.trim()),
    )
    expect(headings).toEqual(['syria-counter-isis'])
    expect(errors).toEqual([])
    mkdirSync(join(ROOT, '.tmp'), { recursive: true })
    await page.screenshot({ path: join(ROOT, '.tmp', 'docs-index-screenshot.png') })
  }, 60_000)
})
