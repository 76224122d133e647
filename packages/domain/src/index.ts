export * from './errors';
export * from './i18n-text';
export * from './programme';
export * from './partnership';
export * from './access';
export * from './api-types';
