import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import components from 'unplugin-vue-components/vite'
import { ElementPlusResolver } from 'unplugin-vue-components/resolvers'
import { precompress } from '../../packages/web-shared/vite/precompress'

const api = 'http://127.0.0.1:3000'

export default defineConfig({
  // The API serves the built app under /admin/, so every asset URL carries that prefix.
  base: '/admin/',
  plugins: [
    vue(),
    // Element Plus components and directives (v-loading) imported where a template uses them, with
    // their CSS, instead of all of them in main.ts. Only Element Plus: our own components stay explicit imports.
    components({ resolvers: [ElementPlusResolver({ importStyle: 'css' })], dirs: [], dts: false }),
    precompress(),
  ],
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
  },
})
