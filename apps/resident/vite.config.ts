import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { precompress } from '../../packages/web-shared/vite/precompress'
import { VitePWA } from 'vite-plugin-pwa'

const api = 'http://127.0.0.1:3000'

export default defineConfig({
  // The API serves the residents' app at /m/, the address every QR code and notification links to.
  base: '/m/',
  plugins: [
    vue(),
    // Installable: a web manifest and our own service worker (src/sw/sw.ts, which also shows Web
    // Push), into which Workbox writes the list of built files to keep. Registered by src/register-sw.ts.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      scope: '/m/',
      injectRegister: false,
      injectManifest: { globPatterns: ['**/*.{js,css,html,png,svg,woff2}'] },
      manifest: {
        id: '/m/',
        name: '邻里',
        short_name: '邻里',
        description: '预约活动室、报名活动、签到和通知：社区党群服务中心的居民端',
        lang: 'zh-CN',
        start_url: '/m/',
        scope: '/m/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#b5121b',
        background_color: '#f4f5f7',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
    }),
    precompress(),
  ],
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
  },
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    port: 5175,
    strictPort: true,
    proxy: {
      '/api': { target: api, changeOrigin: false },
      '/socket.io': { target: api, ws: true, changeOrigin: false },
    },
  },
})
