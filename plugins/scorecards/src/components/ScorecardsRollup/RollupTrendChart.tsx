import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
import {
  LevelSummary,
  RollupHistoryPoint,
} from '@cairn/plugin-scorecards-common';
import { useTheme } from '@material-ui/core/styles';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { levelColor } from './levelColors';

/** Props of {@link RollupTrendChart}. */
export interface RollupTrendChartProps {
  levels: LevelSummary[];
  points: RollupHistoryPoint[];
  height?: number;
}

const NONE_KEY = '__none';

/**
 * The level distribution (stacked areas, left axis) and the average score
 * (line, right axis) over time. Loaded lazily: it pulls in recharts.
 */
export function RollupTrendChart(props: RollupTrendChartProps) {
  const { levels, points, height = 280 } = props;
  const theme = useTheme();
  const { t } = useTranslationRef(scorecardsTranslationRef);
  const data = points.map(p => {
    const row: Record<string, string | number> = {
      date: p.date,
      averageScore: Math.round(p.averageScore * 10) / 10,
    };
    for (const d of p.levelDistribution) {
      row[d.levelId ?? NONE_KEY] = d.count;
    }
    return row;
  });
  const series = [
    { key: NONE_KEY, title: t('level.none'), index: -1 },
    ...levels.map((l, index) => ({ key: l.id, title: l.title, index })),
  ];

  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={data}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="date" />
        <YAxis
          yAxisId="count"
          allowDecimals={false}
          label={{
            value: t('trend.entitiesAxis'),
            angle: -90,
            position: 'insideLeft',
          }}
        />
        <YAxis
          yAxisId="score"
          orientation="right"
          domain={[0, 100]}
          label={{
            value: t('trend.averageAxis'),
            angle: 90,
            position: 'insideRight',
          }}
        />
        <Tooltip />
        <Legend />
        {series.map(s => (
          <Area
            key={s.key}
            yAxisId="count"
            type="monotone"
            dataKey={s.key}
            name={s.title}
            stackId="levels"
            stroke={levelColor(s.index, levels.length)}
            fill={levelColor(s.index, levels.length)}
            fillOpacity={0.6}
            isAnimationActive={false}
          />
        ))}
        <Line
          yAxisId="score"
          type="monotone"
          dataKey="averageScore"
          name={t('trend.averageAxis')}
          stroke={theme.palette.text.primary}
          strokeWidth={2}
          dot={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
