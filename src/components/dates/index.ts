export { formatDay, formatTime } from './formatDay';
