/**
 * A formatting thread of the citations (./cite-cache.ts starts them): answers each CSL
 * item with its text in every style. Node runs this file as it is (type stripping),
 * outside the build's bundle; ../lib/cite/format.ts imports only npm packages.
 */
import { formatCitation } from '../lib/cite/format.ts';
import { serveJobs } from './pool-worker.ts';

serveJobs(formatCitation);
