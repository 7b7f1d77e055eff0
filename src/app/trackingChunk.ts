/**
 * Tracking mode's engine with its part of the report: the pane's `tracking` chunk (loaded by
 * src/app/trackingEngine.ts), so a self-evaluation never downloads any of it.
 */
import { TRACKING_ENGINE } from '../domain/tracking/engine';
import { toReportTracking } from './trackingReport';
import { withTrackingInputs } from './trackingInputs';

export const TRACKING = { ...TRACKING_ENGINE, toReportTracking, withTrackingInputs } as const;

export type AppTrackingEngine = typeof TRACKING;
