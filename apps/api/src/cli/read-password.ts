import { CliFailure } from './command'

/** Reads one line typed at the terminal without echoing it; Ctrl-C gives up. */
function readHidden(prompt: string, input: NodeJS.ReadStream, output: NodeJS.WriteStream): Promise<string> {
  output.write(prompt)
  return new Promise((resolve, reject) => {
    let typed = ''
    const done = (error?: Error) => {
      input.setRawMode(false)
      input.pause()
      input.off('data', onData)
      output.write('\n')
      if (error) reject(error)
      else resolve(typed)
    }
    const onData = (chunk: Buffer) => {
      for (const ch of chunk.toString('utf8')) {
        if (ch === '\r' || ch === '\n') return done()
        if (ch === '\u0003' || ch === '\u0004') return done(new CliFailure('Cancelled; nothing was changed.'))
        if (ch === '\u007f' || ch === '\b') typed = [...typed].slice(0, -1).join('')
        else if (ch >= ' ') typed += ch
      }
    }
    input.setRawMode(true)
    input.resume()
    input.on('data', onData)
  })
}

/** The first line of everything piped in (`echo "$PASSWORD" | npm run linli -- create-admin …`). */
async function readPiped(input: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of input) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? ''
}

/**
 * A new password, never from the command line (where `ps` and the shell history would keep it):
 * typed twice at a terminal with no echo, or the first line of standard input when it is piped.
 */
export async function readNewPassword(input = process.stdin, output = process.stderr): Promise<string> {
  if (!input.isTTY) {
    const piped = await readPiped(input)
    if (!piped) throw new CliFailure('No password on standard input. Type it at the prompt, or pipe it in: printf "%s\\n" "$PASSWORD" | npm run linli -- create-admin …')
    return piped
  }
  const first = await readHidden('Password (at least 10 characters, not shown): ', input, output)
  const again = await readHidden('The same password again: ', input, output)
  if (first !== again) throw new CliFailure('The two passwords differ; nothing was changed. Run the command again.')
  return first
}
