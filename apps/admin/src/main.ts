import { createApp } from 'vue'
import { createPinia } from 'pinia'
// Components are imported where templates use them, each with its own style (unplugin-vue-components
// in vite.config.ts). Here: Element Plus's variables, the styles the accessible theme overrides and
// those of the message boxes scripts open (the resolver only sees templates), all before the theme,
// so the theme wins wherever a page's chunk brings them again.
import 'element-plus/theme-chalk/base.css'
import 'element-plus/es/components/button/style/css'
import 'element-plus/es/components/link/style/css'
import 'element-plus/es/components/message/style/css'
import 'element-plus/es/components/message-box/style/css'
import './theme/theme.css'
import App from './App.vue'
import { router } from './router'
import { i18n, currentLocale } from './i18n'
import './styles.css'

document.documentElement.lang = currentLocale()

createApp(App).use(createPinia()).use(i18n).use(router).mount('#app')
