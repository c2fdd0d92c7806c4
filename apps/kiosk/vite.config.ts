import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { precompress } from '../../packages/web-shared/vite/precompress'

const api = 'http://127.0.0.1:3000'

export default defineConfig({
  // The API serves the built screen at /kiosk/, next to the admin app.
  base: '/kiosk/',
  plugins: [vue(), precompress()],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    port: 5174,
    strictPort: true,
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/socket.io': { target: api, ws: true, changeOrigin: false },
    },
  },
})
