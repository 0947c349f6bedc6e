/** A token lasts one working day: log in in the morning, work until the evening. */
export const SESSIE_DUUR_SECONDEN = 9 * 60 * 60;

/** The web app keeps the token in an httpOnly cookie; integrators use the Authorization header. */
export const SESSIE_COOKIE = 'kib_sessie';
