export * from './TrendArrow';
