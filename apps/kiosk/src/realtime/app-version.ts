import pkg from '../../package.json'

/** Sent with every heartbeat so staff can see which build each screen runs. */
export const APP_VERSION = `kiosk ${pkg.version}${import.meta.env.DEV ? '-dev' : ''}`
