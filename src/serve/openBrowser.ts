// Opens a URL in the desktop's browser, only where there is a desktop to open it on.
import { spawn } from 'node:child_process';

/** Returns false (and opens nothing) when no display is available. */
export function openBrowser(url: string, env: NodeJS.ProcessEnv = process.env, platform = process.platform): boolean {
  let command: [string, string[]] | null = null;
  if (platform === 'darwin') command = ['open', [url]];
  else if (platform === 'win32') command = ['cmd', ['/c', 'start', '', url]];
  else if (env.DISPLAY || env.WAYLAND_DISPLAY) command = ['xdg-open', [url]];
  if (!command) return false;
  const child = spawn(command[0], command[1], { detached: true, stdio: 'ignore' });
  child.on('error', () => undefined);
  child.unref();
  return true;
}
