import { axeEveryPageType } from './a11y-pages';

axeEveryPageType('dark');
