// Runs the lettergraph CLI from source, so the viewer tests exercise the real commands.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(process.argv);
