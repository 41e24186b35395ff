// A Bolt handshake with our own socket and deadline, before the driver gets
// involved: the driver times out only the TCP connect, so a peer that accepts
// and then stays silent would leave its socket open and the CLI hanging.
import { connect as tcpConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';

const MAGIC = [0x60, 0x60, 0xb0, 0x17];
// Four version proposals, newest first: 5.8 down to 5.0 (range 8), 4.4 down to 4.2, 4.1, 3.
const VERSIONS = [0x00, 0x08, 0x08, 0x05, 0x00, 0x02, 0x04, 0x04, 0x00, 0x00, 0x01, 0x04, 0x00, 0x00, 0x00, 0x03];

/** Resolves when the server at `uri` answers a Bolt handshake; rejects with a one-line reason otherwise. */
export function probeBolt(uri: string, timeoutMs: number): Promise<void> {
  const url = new URL(uri);
  const secure = /\+s{1,2}c?$/.test(url.protocol.replace(/:$/, ''));
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = Number(url.port || 7687);
  return new Promise((resolve, reject) => {
    let settled = false;
    const socket: Socket = secure
      ? tlsConnect({ host, port, servername: host, rejectUnauthorized: false }) // reachability only: the driver verifies
      : tcpConnect({ host, port });
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => finish(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
    socket.once(secure ? 'secureConnect' : 'connect', () => socket.write(Buffer.from([...MAGIC, ...VERSIONS])));
    let received = Buffer.alloc(0);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4) return;
      if (received.subarray(0, 4).toString('latin1') === 'HTTP') finish(new Error('it answers HTTP, not Bolt (the Bolt port is usually 7687)'));
      else if (received.readUInt32BE(0) === 0) finish(new Error('it speaks no Bolt version this driver knows'));
      else finish();
    });
    socket.on('error', (error: NodeJS.ErrnoException) => finish(new Error(error.code ? `${error.code} ${host}:${port}` : error.message)));
    socket.on('close', () => finish(new Error('it closed the connection during the Bolt handshake')));
  });
}
