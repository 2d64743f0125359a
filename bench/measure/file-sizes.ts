import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

export interface ByteSize {
  raw: number
  gzip: number
}

/** A file's size as stored and as a static host would send it gzipped. */
export function fileSize(path: string): ByteSize {
  const content = readFileSync(path)
  return { raw: content.length, gzip: gzipSync(content).length }
}

/** Every file under `dir`, recursively, with its size in bytes. */
export function filesUnder(dir: string): { path: string; bytes: number }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((relative) => join(dir, relative))
    .filter((path) => statSync(path).isFile())
    .map((path) => ({ path, bytes: statSync(path).size }))
}
