import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ROOT } from '../../scripts/lib/paths.js'

/** Packs the built package (npm test builds first) into a fresh temporary folder. */
export function packTarball(): { tarball: string; files: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'sci-pack-'))
  // --ignore-scripts: the build already ran; prepack would rebuild and print into the JSON.
  const out = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8' })
  const [info] = JSON.parse(out) as [{ filename: string; files: { path: string }[] }]
  return { tarball: join(dir, info.filename), files: info.files.map((f) => f.path) }
}

/** Installs the tarball into a new consumer project, as a user would, and returns its folder. */
export function installIntoConsumer(tarball: string, files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'sci-consumer-'))
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], { cwd: dir, stdio: 'pipe' })
  return dir
}
