// Astro builds the course site. Sources live in site/ (not Astro's default src/) because the
// top-level layout is content/, site/, sandbox-engine/, graders/ (see the design notes).
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './site',
  outDir: './dist',
  // A static site: no server, works offline once loaded.
  output: 'static',
});
