/** Worker-thread entry for the pool (piscina): one job per call. */
import { runJob, type Job, type JobResult } from './job.js';

export default function work(job: Job): Promise<JobResult> {
  return runJob(job);
}
