import { use } from 'echarts/core'
import { BarChart, LineChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers'

// Only what the reports draw, so the reports chunk stays small: bars and lines on a grid, with
// tooltips, legends and ARIA descriptions; canvas on screen, SVG for the print page.
use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer, SVGRenderer])

export { default as VChart } from 'vue-echarts'
