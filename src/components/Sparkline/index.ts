export * from './Sparkline';
