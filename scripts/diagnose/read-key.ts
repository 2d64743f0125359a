import type { ReadStream } from 'node:tty'

/** Ctrl-C at the prompt: the command exits 130, as an interrupted command does. */
export class KeyPromptInterrupted extends Error {
  constructor() {
    super('interrupted at the key prompt')
  }
}

/**
 * Asks for the key on a terminal without echoing it, the way `ssh` asks for a password: raw
 * mode, characters collected by hand, nothing written back but a newline.
 */
export function readKeyWithoutEcho(
  prompt: string,
  input: Pick<ReadStream, 'setRawMode' | 'resume' | 'pause' | 'setEncoding' | 'on' | 'off'>,
  output: Pick<NodeJS.WriteStream, 'write'>,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let key = ''
    output.write(prompt)
    input.setRawMode(true)
    input.resume()
    input.setEncoding('utf8')
    const finish = (error?: Error) => {
      input.setRawMode(false)
      input.pause()
      input.off('data', onData)
      output.write('\n')
      if (error) reject(error)
      else resolve(key)
    }
    const onData = (text: string) => {
      for (const char of text) {
        if (char === '\r' || char === '\n') return finish()
        if (char === '\u0003') return finish(new KeyPromptInterrupted())
        if (char === '\u007f' || char === '\b') key = key.slice(0, -1)
        else key += char
      }
    }
    input.on('data', onData)
  })
}
