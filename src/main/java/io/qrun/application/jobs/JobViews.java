package io.qrun.application.jobs;

import io.qrun.domain.job.Job;
import io.qrun.application.json.JsonTrees;
import java.util.Map;

/** Maps a job row to what the API shows. Private jobs never show their params. */
public final class JobViews {

    private JobViews() {
    }

    public static JobView of(Job job, boolean withParams) {
        Map<String, Object> params = withParams && !job.privateJob() ? JsonTrees.parseObject(job.params()) : null;
        return new JobView(job.id(), job.backend(), job.status().label(), job.reason(), job.reasonCode(),
                job.reasonSolution(), job.programId(), job.created(), job.cost(), job.tags(), job.sessionId(),
                job.userId(), job.privateJob(), params, job.qpuChargeSeconds(), job.usageStatus().label(),
                job.estimatedQpuSeconds(), job.running(), job.finished(), job.calibrationId());
    }
}
