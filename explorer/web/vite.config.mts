// The dashboard's build: React and recharts through Vite (the pages take only the SDK's dependency-free units module).
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";
import * as path from "path";

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // React and recharts: about 740 kB minified, 214 kB gzipped, in one chunk.
  build: { outDir: path.join(import.meta.dirname, "dist"), emptyOutDir: true, chunkSizeWarningLimit: 1_000 },
  logLevel: "warn",
});
