/** Worker-thread entry for the pool (piscina): one job per call; the profile comes once, as workerData. */
import { workerData } from 'node:worker_threads';
import { runJob, setProfile } from './job.js';
import type { Job, JobResult } from './common.js';
import type { Profile } from '../learn/profile.js';

setProfile((workerData as { profile?: Profile } | undefined)?.profile);

export default function work(job: Job): Promise<JobResult> {
  return runJob(job);
}
