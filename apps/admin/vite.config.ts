import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

const api = 'http://127.0.0.1:3000'

export default defineConfig({
  // The API serves the built app under /admin/, so every asset URL carries that prefix.
  base: '/admin/',
  plugins: [vue()],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: {
      // Keep the browser's Host: the API refuses writes whose Origin is another site.
      '/api': { target: api, changeOrigin: false },
      '/socket.io': { target: api, ws: true, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Element Plus is imported whole on purpose; the admin runs on office desktops.
    chunkSizeWarningLimit: 1500,
  },
})
