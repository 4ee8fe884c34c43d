package io.qrun.batch;

import io.qrun.infrastructure.transactions.LeftoverTransactions;
import io.qrun.application.jobs.JobSettings;
import io.qrun.domain.job.Job;
import io.qrun.engine.primitives.JobSpec;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.StringJoiner;

/**
 * Splits preprocessing into partitions: min(PUBs, the operator's partition cap), PUBs dealt
 * round-robin so that big and small PUBs mix. Each partition runs on its own batch thread; the
 * cap is part of the thread budget (wildfly-config/configure-batch-pools.cli).
 */
@Named("pubPartitionMapper")
@Dependent
public class PubPartitionMapper implements PartitionMapper {

    @Inject
    @BatchProperty(name = "jobId")
    String jobId;

    @Inject
    JobRun run;

    @Inject
    JobSettings settings;

    @Override
    public PartitionPlan mapPartitions() {
        return LeftoverTransactions.around("The partition mapper of job " + jobId, this::map);
    }

    private PartitionPlan map() {
        return run.recordingFailure(jobId, "preprocessing", () -> {
            Job job = run.job(jobId);
            JobSpec spec = run.spec(job, run.backend(job));
            return plan(jobId, spec.numPubs(), settings.maxPreprocessPartitions());
        });
    }

    static PartitionPlan plan(String jobId, int numPubs, int maxPartitions) {
        int partitions = Math.max(1, Math.min(numPubs, maxPartitions));
        List<StringJoiner> groups = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            groups.add(new StringJoiner(","));
        }
        for (int i = 0; i < numPubs; i++) {
            groups.get(i % partitions).add(Integer.toString(i));
        }
        Properties[] props = new Properties[partitions];
        for (int p = 0; p < partitions; p++) {
            props[p] = new Properties();
            props[p].setProperty("jobId", jobId);
            props[p].setProperty("pubIndices", groups.get(p).toString());
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions);
        plan.setThreads(partitions);
        plan.setPartitionProperties(props);
        return plan;
    }
}
