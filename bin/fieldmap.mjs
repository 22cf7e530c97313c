#!/usr/bin/env node
// The CLI is TypeScript like the rest of the app; tsx (a dependency) runs it without a build step.
import { tsImport } from 'tsx/esm/api';

await tsImport(new URL('../cli/main.ts', import.meta.url).href, import.meta.url);
