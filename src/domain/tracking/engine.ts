/**
 * Tracking mode's engine as one object (DOMAIN.md §9): the computation, its diagnostics and the
 * 绩效运行监控表. The pane loads it as a chunk of its own, so a self-evaluation never downloads it
 * (src/app/trackingEngine.ts); the scoring and the write plan take it as a parameter.
 */
import { evaluateTracking } from './evaluateTracking';
import { trackingDiagnostics } from './trackingDiagnostics';
import { buildMonitorSheet } from '../output/monitorSheet';
import { TRACKING_MESSAGES } from './trackingMessages';

export const TRACKING_ENGINE = { evaluateTracking, trackingDiagnostics, buildMonitorSheet, messages: TRACKING_MESSAGES } as const;

export type TrackingEngine = typeof TRACKING_ENGINE;
