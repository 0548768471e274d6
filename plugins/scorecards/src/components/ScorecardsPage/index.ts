export { ScorecardsPage } from './ScorecardsPage';
export type { ScorecardsPageProps } from './ScorecardsPage';
