export * from './rollen';
export * from './datum';
