import { createApp } from 'vue'
import { createPinia } from 'pinia'
import ElementPlus from 'element-plus'
import 'element-plus/dist/index.css'
// After Element Plus's own variables, so the accessible theme wins.
import './theme/theme.css'
import App from './App.vue'
import { router } from './router'
import { i18n, currentLocale } from './i18n'
import './styles.css'

document.documentElement.lang = currentLocale()

createApp(App).use(createPinia()).use(i18n).use(router).use(ElementPlus).mount('#app')
