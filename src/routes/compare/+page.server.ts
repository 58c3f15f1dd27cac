import { compareData } from './compare-data.server';

export const load = () => compareData();
