/** Injection token for the AppConfig the application was started with. */
export const APP_CONFIG = Symbol('APP_CONFIG');
