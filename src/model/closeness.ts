/** The DfE's statistical neighbour closeness bands, closest first (sn_may_2025.xlsx, sheet "LA SN Groups"). */
export const CLOSENESS_BANDS = ['extremely close', 'very close', 'close', 'somewhat close', 'not close'] as const;
export type Closeness = (typeof CLOSENESS_BANDS)[number];
