// The door board reads room labels through this path; they live in @linli/web-shared, shared with the phone app.
export { accessLabel, floorMessage, kindLabel } from '@linli/web-shared'
